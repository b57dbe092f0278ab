import type { ComponentChildren } from 'preact';
import { ActionButton } from './components/form.js';
import type { ViewContext } from './context.js';

const ASSET_VERSION = '1';

function Head({ title, ctx, admin }: { title: string; ctx: ViewContext; admin: boolean }) {
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${title} | ${admin ? 'Quản trị CCHC' : ctx.site.name}`}</title>
      <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
      <link rel="stylesheet" href={`/assets/css/cchc.css?v=${ASSET_VERSION}`} />
      {admin && (
        <>
          {/* htmx 2 leaves 4xx responses unswapped by default; 422 form re-renders must swap. */}
          <meta
            name="htmx-config"
            content='{"includeIndicatorStyles":false,"allowEval":false,"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"422","swap":true},{"code":"[45]..","swap":false,"error":true}]}'
          />
          <script src={`/assets/js/htmx.min.js?v=${ASSET_VERSION}`} defer></script>
        </>
      )}
    </head>
  );
}

/** The document every layout shares: Vietnamese, its head, and a skip link first for keyboard users. */
function Page({ title, ctx, admin, children }: { title: string; ctx: ViewContext; admin: boolean; children: ComponentChildren }) {
  return (
    <html lang="vi">
      <Head title={title} ctx={ctx} admin={admin} />
      <body>
        <a class="skip-link" href="#main">
          Bỏ qua, đến nội dung chính
        </a>
        {children}
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

export function PublicLayout({ title, ctx, children }: { title: string; ctx: ViewContext; children: ComponentChildren }) {
  const { site } = ctx;
  return (
    <Page title={title} ctx={ctx} admin={false}>
        <header class="site-header">
          <div class="container">
            <a class="site-header__brand" href="/">
              {site.parentName && <span class="site-header__parent">{site.parentName}</span>}
              <strong class="site-header__name">{site.name}</strong>
            </a>
          </div>
        </header>
        <nav class="site-nav" aria-label="Điều hướng chính">
          <div class="container">
            <ul>
              <li>
                <a href="/" aria-current={ctx.path === '/' ? 'page' : undefined}>
                  Trang chủ
                </a>
              </li>
            </ul>
          </div>
        </nav>
        <main id="main" class="container">
          <Flash ctx={ctx} />
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              <strong>{site.name}</strong>
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
          </div>
        </footer>
    </Page>
  );
}

export function AdminLayout({ title, ctx, children }: { title: string; ctx: ViewContext; children: ComponentChildren }) {
  const actor = ctx.actor;
  const visible = ctx.nav.filter((item) => actor?.permissions.has(item.permission));
  const groups = [...new Set(visible.map((item) => item.group))];
  return (
    <Page title={title} ctx={ctx} admin={true}>
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
