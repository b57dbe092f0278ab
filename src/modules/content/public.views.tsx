import type { SearchResult } from '../../platform/search/search.js';
import { FilterForm, SelectField, TextField, type FormState } from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import type { Link, ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import { formatNumberVi } from '../../shared/money.js';
import type { Article, Attachment } from './articles.repo.js';
import type { CategoryNode } from './categories.service.js';
import { coverUrl } from './media.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

/** A headline with its picture, date and lead: the unit of every list on the portal. */
function ArticleCard({ article, excerpt, level = 3 }: { article: Article; excerpt: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class="article-card">
      {article.coverKey && <img class="article-card__image" src={coverUrl(article.coverKey, 480)} alt="" width={480} height={270} loading="lazy" />}
      <div>
        <Heading class="article-card__title">
          <a href={`/tin-tuc/${article.slug}`}>{article.title}</a>
        </Heading>
        <p class="muted article-card__meta">
          <time dateTime={article.publishedAt ?? ''}>{article.publishedAt ? formatDate(article.publishedAt) : ''}</time>
        </p>
        <p class="article-card__excerpt">{excerpt}</p>
      </div>
    </article>
  );
}

export type CategoryBlock = { category: CategoryNode; articles: Article[] };

export type HomeModel = {
  featured: Article[];
  latest: Article[];
  blocks: CategoryBlock[];
  quickLinks: (Link & { description: string; external?: boolean })[];
  figures: { label: string; value: number }[];
  excerpt: (article: Article) => string;
};

export function HomePage({ ctx, model }: { ctx: ViewContext; model: HomeModel }) {
  const { featured, latest, blocks, quickLinks, figures, excerpt } = model;
  return (
    <PublicLayout title="Trang chủ" ctx={ctx}>
      <h1 class="visually-hidden">Cổng thông tin cải cách hành chính — {ctx.site.name}</h1>
      {featured.length > 0 && (
        <section aria-labelledby="featured-heading" class="home-featured">
          <h2 id="featured-heading">Tin nổi bật</h2>
          <div class="article-grid">
            {featured.map((a) => (
              <ArticleCard key={a.id} article={a} excerpt={excerpt(a)} />
            ))}
          </div>
        </section>
      )}
      <div class="home-columns">
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">Tin mới</h2>
          <div class="article-list">
            {latest.map((a) => (
              <ArticleCard key={a.id} article={a} excerpt={excerpt(a)} />
            ))}
          </div>
        </section>
        <aside aria-labelledby="quick-heading">
          <h2 id="quick-heading">Truy cập nhanh</h2>
          <ul class="quick-links">
            {quickLinks.map((link) => (
              <li key={link.href}>
                <a href={link.href} rel={link.external ? 'noopener' : undefined}>
                  <strong>{link.label}</strong>
                </a>
                <span class="muted">{link.description}</span>
              </li>
            ))}
          </ul>
          <h2>Số liệu</h2>
          <dl class="summary-list">
            {figures.map((f) => (
              <>
                <dt>{f.label}</dt>
                <dd>{formatNumberVi(f.value)}</dd>
              </>
            ))}
          </dl>
        </aside>
      </div>
      {blocks.map(({ category, articles }) => (
        <section key={category.id} aria-labelledby={`block-${category.id}`} class="home-block">
          <h2 id={`block-${category.id}`}>
            <a href={`/danh-muc/${category.slug}`}>{category.name}</a>
          </h2>
          {articles.length === 0 ? (
            <p class="muted">Chưa có bài viết trong danh mục này.</p>
          ) : (
            <div class="article-grid">
              {articles.map((a) => (
                <ArticleCard key={a.id} article={a} excerpt={excerpt(a)} />
              ))}
            </div>
          )}
        </section>
      ))}
    </PublicLayout>
  );
}

/** What a list of articles is: a category, or every published article at `/tin-tuc`. */
export type Listing = { name: string; description?: string; path: string; feed: string; empty: string };

export function ListingPage(props: {
  ctx: ViewContext;
  listing: Listing;
  children: CategoryNode[];
  articles: Article[];
  page: number;
  pageSize: number;
  total: number;
  excerpt: (article: Article) => string;
}) {
  const { ctx, listing } = props;
  return (
    <PublicLayout
      title={props.page > 1 ? `${listing.name} — trang ${props.page}` : listing.name}
      ctx={ctx}
      extras={{ head: <link rel="alternate" type="application/rss+xml" title={listing.name} href={listing.feed} /> }}
    >
      <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }]} current={listing.name} />
      <div class="page-header">
        <h1>{listing.name}</h1>
        <a href={listing.feed}>RSS</a>
      </div>
      {listing.description && <p class="lead">{listing.description}</p>}
      {props.children.length > 0 && (
        <ul class="actions" aria-label="Danh mục con">
          {props.children.map((c) => (
            <li key={c.id}>
              <a href={`/danh-muc/${c.slug}`}>{c.name}</a>
            </li>
          ))}
        </ul>
      )}
      {props.articles.length === 0 ? (
        <p>{listing.empty}</p>
      ) : (
        <div class="article-list">
          {props.articles.map((a) => (
            <ArticleCard key={a.id} article={a} excerpt={props.excerpt(a)} level={2} />
          ))}
        </div>
      )}
      <Pagination page={props.page} pageSize={props.pageSize} total={props.total} href={(p) => withQuery(listing.path, { trang: p > 1 ? p : undefined })} />
    </PublicLayout>
  );
}

export type ArticleModel = {
  article: Article;
  categories: CategoryNode[];
  related: Article[];
  attachments: Attachment[];
  canonical: string;
  imageUrl: string | null;
  description: string;
  print: boolean;
};

export function ArticlePage({ ctx, model }: { ctx: ViewContext; model: ArticleModel }) {
  const { article, categories } = model;
  const head = (
    <>
      <link rel="canonical" href={model.canonical} />
      <meta name="description" content={model.description} />
      <meta property="og:type" content="article" />
      <meta property="og:title" content={article.title} />
      <meta property="og:description" content={model.description} />
      <meta property="og:url" content={model.canonical} />
      {model.imageUrl && <meta property="og:image" content={model.imageUrl} />}
      <meta property="article:published_time" content={article.publishedAt ?? ''} />
      {model.print && <meta name="robots" content="noindex" />}
    </>
  );
  return (
    <PublicLayout title={article.title} ctx={ctx} extras={{ head }}>
      <article class={model.print ? 'article article--print' : 'article'}>
        <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }, ...(categories[0] ? [{ href: `/danh-muc/${categories[0].slug}`, label: categories[0].name }] : [])]} current={article.title} />
        <h1>{article.title}</h1>
        <p class="muted article__meta">
          {article.authorName && <span>{article.authorName} · </span>}
          <time dateTime={article.publishedAt ?? ''}>{article.publishedAt ? formatDateTime(article.publishedAt) : ''}</time>
          {categories.length > 0 && (
            <span>
              {' · '}
              {categories.map((c, i) => (
                <>
                  {i > 0 && ', '}
                  <a href={`/danh-muc/${c.slug}`}>{c.name}</a>
                </>
              ))}
            </span>
          )}
        </p>
        {article.sapo && <p class="lead article__sapo">{article.sapo}</p>}
        {article.coverKey && (
          <figure class="article__cover">
            <img
              src={coverUrl(article.coverKey, 960)}
              srcset={`${coverUrl(article.coverKey, 480)} 480w, ${coverUrl(article.coverKey, 960)} 960w, ${coverUrl(article.coverKey, 1600)} 1600w`}
              sizes="(max-width: 60em) 100vw, 60em"
              alt={article.coverCaption}
              width={960}
              height={540}
            />
            {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
          </figure>
        )}
        {/* Sanitized on save with an allow-list (platform/html/sanitize.ts); nothing else is rendered raw. */}
        <div class="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {model.attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">Tệp đính kèm</h2>
            <ul>
              {model.attachments.map((f) => (
                <li key={f.id}>
                  <a href={`/tep/dinh-kem/${f.id}`} download={f.fileName}>
                    {f.fileName}
                  </a>{' '}
                  <span class="muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {article.tags.length > 0 && (
          <p class="tags">
            <span class="muted">Từ khóa: </span>
            {article.tags.map((tag, i) => (
              <>
                {i > 0 && ', '}
                <a href={withQuery('/tim-kiem', { q: tag })}>{tag}</a>
              </>
            ))}
          </p>
        )}
        {!model.print && (
          <p class="actions">
            <a class="button button--secondary button--small" href={`/tin-tuc/${article.slug}/in`}>
              Bản in
            </a>
          </p>
        )}
      </article>
      {model.related.length > 0 && !model.print && (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Tin liên quan</h2>
          <ul>
            {model.related.map((a) => (
              <li key={a.id}>
                <a href={`/tin-tuc/${a.slug}`}>{a.title}</a> <span class="muted">({a.publishedAt ? formatDate(a.publishedAt) : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PublicLayout>
  );
}

export const SEARCH_TYPES: Record<string, string> = { article: 'Tin, bài', document: 'Văn bản', procedure: 'Thủ tục hành chính', feedback: 'Hỏi đáp, phản ánh' };

export function SearchPage(props: { ctx: ViewContext; form: FormState; result: SearchResult | null; categories: CategoryNode[]; query: Record<string, string> }) {
  const { ctx, form, result } = props;
  const q = String(form.values.q ?? '');
  return (
    <PublicLayout title={q ? `Tìm kiếm: ${q}` : 'Tìm kiếm'} ctx={ctx} extras={{ head: <meta name="robots" content="noindex" /> }}>
      <h1>Tìm kiếm</h1>
      <FilterForm action="/tim-kiem" label="Tìm kiếm nội dung">
        <TextField name="q" label="Từ khóa" type="search" hint="Gõ có dấu hoặc không dấu đều được, ví dụ: dich vu cong truc tuyen" form={form} />
        <SelectField name="type" label="Loại nội dung" options={Object.entries(SEARCH_TYPES).map(([value, label]) => ({ value, label }))} placeholder="Tất cả" form={form} />
        <SelectField name="category" label="Danh mục" options={props.categories.map((c) => ({ value: c.slug, label: c.name }))} placeholder="Tất cả" form={form} />
        <TextField name="from" label="Từ ngày (dd/mm/yyyy)" form={form} />
        <TextField name="to" label="Đến ngày (dd/mm/yyyy)" form={form} />
      </FilterForm>
      {result === null ? (
        <div class="notice notice--info">
          <p>Nhập từ khóa để tìm tin, bài trên cổng thông tin. Mẹo:</p>
          <ul>
            <li>Có thể gõ không dấu: “chinh quyen dien tu” tìm được “chính quyền điện tử”.</li>
            <li>Kết quả chứa nguyên cụm từ được xếp trước kết quả chỉ chứa từng từ riêng lẻ.</li>
            <li>Thu hẹp theo loại nội dung, danh mục hoặc khoảng thời gian bằng các ô ở trên.</li>
          </ul>
        </div>
      ) : (
        <>
          <p role="status">
            {result.total === 0 ? (
              <>Không tìm thấy kết quả nào cho “{q}”. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.</>
            ) : (
              <>
                Tìm thấy {result.totalIsCapped ? 'hơn ' : ''}
                {formatNumberVi(result.total)} kết quả cho “{q}”.{result.totalIsCapped && ' Hãy thêm từ khóa hoặc bộ lọc để thu hẹp kết quả.'}
              </>
            )}
          </p>
          <ol class="search-results" start={(result.page - 1) * result.pageSize + 1}>
            {result.hits.map((hit) => (
              <li key={`${hit.type}-${hit.refId}`}>
                <h2 class="search-results__title">
                  <a href={hit.url}>{hit.title}</a>
                </h2>
                <p class="muted">
                  {SEARCH_TYPES[hit.type] ?? hit.type} · {formatDate(hit.publishedAt)}
                </p>
                <p>
                  {hit.snippet.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/tim-kiem', { ...props.query, page })} />
        </>
      )}
    </PublicLayout>
  );
}
