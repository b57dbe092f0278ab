import type { ComponentChildren } from 'preact';
import { ActionButton } from './components/form.js';
import type { ViewContext } from './context.js';

const ASSET_VERSION = '1';

/** Extra head and script content a page may ask for: meta tags, feeds, scripts and styles of its own. */
export type PageExtras = { head?: ComponentChildren; scripts?: string[]; styles?: string[] };

function Head({ title, ctx, admin, extras }: { title: string; ctx: ViewContext; admin: boolean; extras?: PageExtras }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} | ${admin ? 'Quản trị CCHC' : ctx.site.name}`}</title>
      <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href={`/assets/css/cchc.css?v=${ASSET_VERSION}`} />
      {extras?.styles?.map((href) => <link key={href} rel="stylesheet" href={`${href}?v=${ASSET_VERSION}`} />)}
      {admin ? (
        <>
          {/* htmx 2 leaves 4xx responses unswapped by default; 422 form re-renders must swap. */}
          <meta
            name="htmx-config"
            content='{"includeIndicatorStyles":false,"allowEval":false,"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"422","swap":true},{"code":"[45]..","swap":false,"error":true}]}'
          />
          <script src={`/assets/js/htmx.min.js?v=${ASSET_VERSION}`} defer></script>
        </>
      ) : (
        <>
          <link rel="alternate" type="application/rss+xml" title={`Tin mới — ${ctx.site.name}`} href="/rss.xml" />
          <script src={`/assets/js/font-size.js?v=${ASSET_VERSION}`} defer></script>
        </>
      )}
      {extras?.scripts?.map((src) => <script key={src} src={`${src}?v=${ASSET_VERSION}`} defer></script>)}
      {extras?.head}
    </head>
  );
}

/** The document every layout shares: Vietnamese, its head, and a skip link first for keyboard users. */
function Page(props: { title: string; ctx: ViewContext; admin: boolean; extras?: PageExtras; children: ComponentChildren }) {
  return (
    <html lang="vi">
      <Head title={props.title} ctx={props.ctx} admin={props.admin} extras={props.extras} />
      <body>
        <a class="skip-link" href="#main">
          Bỏ qua, đến nội dung chính
        </a>
        {props.children}
      </body>
    </html>
  );
}

function Flash({ ctx }: { ctx: ViewContext }) {
  if (!ctx.flash) return null;
  return (
    <div class={`notice notice--${ctx.flash.kind}`} role="status">
      {ctx.flash.message}
    </div>
  );
}

const isCurrentPublic = (path: string, href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));

export function PublicLayout(props: { title: string; ctx: ViewContext; extras?: PageExtras; children: ComponentChildren }) {
  const { ctx } = props;
  const { site } = ctx;
  const nav = [{ href: '/', label: 'Trang chủ' }, ...site.nav, { href: '/tim-kiem', label: 'Tìm kiếm' }];
  return (
    <Page title={props.title} ctx={ctx} admin={false} extras={props.extras}>
      <header class="site-header">
        <div class="container">
          <a class="site-header__brand" href="/">
            {site.parentName && <span class="site-header__parent">{site.parentName}</span>}
            <strong class="site-header__name">{site.name}</strong>
          </a>
          <div class="site-header__tools">
            <form method="get" action="/tim-kiem" role="search" aria-label="Tìm kiếm trên cổng thông tin" class="site-search">
              <label class="visually-hidden" for="site-search-q">
                Từ khóa tìm kiếm
              </label>
              <input id="site-search-q" name="q" type="search" placeholder="Tìm tin, văn bản, thủ tục…" />
              <button type="submit" class="button button--secondary button--small">
                Tìm
              </button>
            </form>
            {/* Shown by font-size.js; without JavaScript the browser's own zoom does the same. */}
            <div class="font-size-control" role="group" aria-label="Cỡ chữ" hidden>
              <button type="button" class="button button--secondary button--small" data-font-size="">
                A<span class="visually-hidden"> cỡ chữ thường</span>
              </button>
              <button type="button" class="button button--secondary button--small" data-font-size="fs-large">
                A+<span class="visually-hidden"> cỡ chữ lớn</span>
              </button>
              <button type="button" class="button button--secondary button--small" data-font-size="fs-larger">
                A++<span class="visually-hidden"> cỡ chữ rất lớn</span>
              </button>
            </div>
          </div>
        </div>
      </header>
      <nav class="site-nav" aria-label="Điều hướng chính">
        <div class="container">
          <ul>
            {nav.map((link) => (
              <li key={link.href}>
                <a href={link.href} aria-current={isCurrentPublic(ctx.path, link.href) ? 'page' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <main id="main" class="container">
        <Flash ctx={ctx} />
        {props.children}
      </main>
      <footer class="site-footer">
        <div class="container">
          <p>
            <strong>{site.name}</strong>
            {site.parentName && <span class="muted"> — {site.parentName}</span>}
          </p>
          <address>
            {site.address && <div>Địa chỉ: {site.address}</div>}
            {site.phone && <div>Điện thoại: {site.phone}</div>}
            {site.email && (
              <div>
                Email: <a href={`mailto:${site.email}`}>{site.email}</a>
              </div>
            )}
          </address>
          <p>
            <a href="/rss.xml">Tin mới qua RSS</a>
          </p>
        </div>
      </footer>
    </Page>
  );
}

export function AdminLayout({ title, ctx, extras, children }: { title: string; ctx: ViewContext; extras?: PageExtras; children: ComponentChildren }) {
  const actor = ctx.actor;
  const visible = ctx.nav.filter((item) => actor?.permissions.has(item.permission));
  const groups = [...new Set(visible.map((item) => item.group))];
  return (
    <Page title={title} ctx={ctx} admin={true} extras={extras}>
        <div class="admin-shell">
          <header class="admin-topbar">
            <a href="/admin">Quản trị CCHC — {ctx.site.name}</a>
            {actor && (
              <div class="admin-topbar__user">
                <a href="/admin/profile">{actor.fullName}</a>
                <ActionButton action="/admin/logout" csrf={ctx.csrfToken} label="Đăng xuất" variant="secondary" />
              </div>
            )}
          </header>
          <nav class="admin-nav" aria-label="Điều hướng quản trị">
            {groups.map((group) => (
              <div key={group}>
                <h2 class="admin-nav__group">{group}</h2>
                <ul>
                  {visible
                    .filter((item) => item.group === group)
                    .map((item) => (
                      <li key={item.href}>
                        <a href={item.href} aria-current={isCurrent(ctx.path, item.href) ? 'page' : undefined}>
                          {item.label}
                        </a>
                      </li>
                    ))}
                </ul>
              </div>
            ))}
          </nav>
          <main id="main" class="admin-main">
            <Flash ctx={ctx} />
            {children}
          </main>
        </div>
    </Page>
  );
}

const isCurrent = (path: string, href: string) => (href === '/admin' ? path === href : path === href || path.startsWith(`${href}/`));

/** The bare shell of the login and password pages: no navigation before sign-in. */
export function AuthLayout({ title, ctx, children }: { title: string; ctx: ViewContext; children: ComponentChildren }) {
  return (
    <Page title={title} ctx={ctx} admin={false}>
      <main id="main" class="container">
        <div class="auth-box">
          <p class="muted">{ctx.site.name}</p>
          <Flash ctx={ctx} />
          {children}
        </div>
      </main>
    </Page>
  );
}
