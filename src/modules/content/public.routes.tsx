import type { FastifyInstance, FastifyReply } from 'fastify';
import { rss, sitemap } from '../../platform/http/feeds.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { fileDisposition } from '../../platform/http/uploads.js';
import { parseCommand, vnDayBound } from '../../platform/http/validation.js';
import { renderDocument } from '../../platform/views/render.js';
import type { ModuleOptions } from '../module.js';
import type { Article } from './articles.repo.js';
import type { CategoryNode } from './categories.service.js';
import { PublicSearch } from './content.schema.js';
import { coverUrl, PUBLIC_COVER_KEY } from './media.js';
import { ArticlePage, HomePage, ListingPage, SearchPage, type Listing } from './public.views.js';

const CATEGORY_PAGE_SIZE = 12;
const FEED_SIZE = 20;

/** The public portal: home, categories, articles, search, feeds. Pages are rendered once per change and cached. */
export async function publicRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { portal, articles, pageCache, config, storage } = services;
  const absolute = (path: string) => `${config.baseUrl}${path}`;

  async function portalOrganization() {
    const id = await portal.organizationId();
    if (!id) throw new NotFoundError('Cổng thông tin chưa được cấu hình.');
    return id;
  }

  const page = async (reply: FastifyReply, view: (ctx: Awaited<ReturnType<FastifyReply['viewContext']>>) => Promise<Parameters<typeof renderDocument>[0]>) => ({
    body: renderDocument(await view(await reply.viewContext({ shared: true }))),
  });

  app.get('/', async (request, reply) =>
    pageCache.send(request, reply, 'home', () =>
      page(reply, async (ctx) => {
        const model = await portal.home();
        const nationalPortal = await portal.nationalPortalUrl();
        return (
          <HomePage
            ctx={ctx}
            model={{
              featured: model?.featured ?? [],
              latest: model?.latest ?? [],
              blocks: model?.blocks ?? [],
              figures: model?.figures ?? [],
              excerpt: articles.excerptOf,
              quickLinks: [
                { href: nationalPortal, label: 'Dịch vụ công trực tuyến', description: 'Nộp hồ sơ, thanh toán phí, lệ phí và tra cứu kết quả trên Cổng Dịch vụ công quốc gia.', external: true },
                { href: '/thu-tuc-hanh-chinh', label: 'Tra cứu thủ tục hành chính', description: 'Giấy tờ cần chuẩn bị, thời hạn, phí, lệ phí và nộp hồ sơ trực tuyến cho từng thủ tục.' },
                { href: '/phan-anh-kien-nghi/gui', label: 'Gửi phản ánh, kiến nghị', description: 'Phản ánh vướng mắc, kiến nghị về quy định, thủ tục hành chính; theo dõi kết quả bằng mã tra cứu.' },
                { href: '/tim-kiem', label: 'Tìm kiếm', description: 'Tìm tin, bài, văn bản, thủ tục trên cổng thông tin.' },
                { href: '/rss.xml', label: 'Nhận tin qua RSS', description: 'Theo dõi tin mới bằng trình đọc tin.' },
              ],
            }}
          />
        );
      }),
    ),
  );

  const pageNumberOf = (trang: string | undefined) => Math.max(1, Math.min(1000, Number.parseInt(trang ?? '1', 10) || 1));

  /** A page of a listing, newest first; `categoryIds` absent means every published article. */
  const listingPage = (reply: FastifyReply, pageNumber: number, organizationId: number, listing: Listing, categoryIds: number[] | undefined, children: CategoryNode[]) =>
    page(reply, async (ctx) => {
      const query = { organizationId, categoryIds, limit: CATEGORY_PAGE_SIZE, offset: (pageNumber - 1) * CATEGORY_PAGE_SIZE };
      return (
        <ListingPage
          ctx={ctx}
          listing={listing}
          children={children}
          articles={await articles.latest(query)}
          total={await articles.countLatest(query)}
          page={pageNumber}
          pageSize={CATEGORY_PAGE_SIZE}
          excerpt={articles.excerptOf}
        />
      );
    });

  app.get<{ Params: { slug: string }; Querystring: { trang?: string } }>('/danh-muc/:slug', async (request, reply) => {
    const pageNumber = pageNumberOf(request.query.trang);
    return pageCache.send(request, reply, `category:${request.params.slug}:${pageNumber}`, async () => {
      const organizationId = await portalOrganization();
      const visible = await portal.visibleCategories(organizationId);
      const category = visible.find((c) => c.slug === request.params.slug);
      if (!category) throw new NotFoundError('Không tìm thấy danh mục.');
      const children = visible.filter((c) => c.parentId === category.id);
      const listing = { name: category.name, description: category.description, path: `/danh-muc/${category.slug}`, feed: `/danh-muc/${category.slug}/rss.xml`, empty: 'Danh mục này chưa có bài viết.' };
      return listingPage(reply, pageNumber, organizationId, listing, [category.id, ...children.map((c) => c.id)], children);
    });
  });

  // Every published article, whatever its category: where a reader lands who shortens an article's address.
  app.get<{ Querystring: { trang?: string } }>('/tin-tuc', async (request, reply) => {
    const pageNumber = pageNumberOf(request.query.trang);
    return pageCache.send(request, reply, `news:${pageNumber}`, async () => {
      const organizationId = await portalOrganization();
      const topLevel = (await portal.visibleCategories(organizationId)).filter((c) => c.parentId === null);
      return listingPage(reply, pageNumber, organizationId, { name: 'Tin bài', path: '/tin-tuc', feed: '/rss.xml', empty: 'Cổng thông tin chưa có bài viết.' }, undefined, topLevel);
    });
  });

  function feedItems(list: Article[]) {
    return list.map((a) => ({ title: a.title, link: absolute(`/tin-tuc/${a.slug}`), description: articles.excerptOf(a), publishedAt: a.publishedAt!, categories: a.tags }));
  }

  const XML = 'application/rss+xml; charset=utf-8';

  app.get('/rss.xml', async (request, reply) =>
    pageCache.send(request, reply, 'rss', async () => {
      const organizationId = await portalOrganization();
      const site = await services.organizations.site();
      const items = feedItems(await articles.latest({ organizationId, limit: FEED_SIZE }));
      return { type: XML, body: rss({ title: `Tin cải cách hành chính — ${site.name}`, link: absolute('/'), description: `Tin, bài mới nhất về cải cách hành chính của ${site.name}`, selfLink: absolute('/rss.xml'), items }) };
    }),
  );

  app.get<{ Params: { slug: string } }>('/danh-muc/:slug/rss.xml', async (request, reply) =>
    pageCache.send(request, reply, `rss:${request.params.slug}`, async () => {
      const organizationId = await portalOrganization();
      const category = (await portal.visibleCategories(organizationId)).find((c) => c.slug === request.params.slug);
      if (!category) throw new NotFoundError('Không tìm thấy danh mục.');
      const items = feedItems(await articles.latest({ organizationId, categoryIds: [category.id], limit: FEED_SIZE }));
      const link = absolute(`/danh-muc/${category.slug}`);
      return { type: XML, body: rss({ title: category.name, link, description: category.description || category.name, selfLink: `${link}/rss.xml`, items }) };
    }),
  );

  app.get('/sitemap.xml', async (request, reply) =>
    pageCache.send(request, reply, 'sitemap', async () => {
      const organizationId = await portalOrganization();
      const categories = await portal.visibleCategories(organizationId);
      const all = await articles.latest({ organizationId, limit: 50_000 });
      // The other catalogues' pages: their sections from the navigation, their items from the search index.
      const sections = (await reply.viewContext({ shared: true })).site.nav.filter((link) => !link.href.startsWith('/danh-muc/'));
      const others = await services.search.addresses(services.db, { excludeTypes: ['article'], limit: 50_000 - all.length });
      const urls = [
        { loc: absolute('/') },
        { loc: absolute('/tin-tuc') },
        ...categories.map((c) => ({ loc: absolute(`/danh-muc/${c.slug}`) })),
        ...sections.map((link) => ({ loc: absolute(link.href) })),
        ...all.map((a) => ({ loc: absolute(`/tin-tuc/${a.slug}`), lastmod: a.updatedAt })),
        ...others.map((entry) => ({ loc: absolute(entry.url), lastmod: entry.publishedAt })),
      ];
      return { type: 'application/xml; charset=utf-8', body: sitemap(urls) };
    }),
  );

  app.get('/robots.txt', async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').send(`User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\nSitemap: ${absolute('/sitemap.xml')}\n`),
  );

  for (const print of [false, true]) {
    app.get<{ Params: { slug: string } }>(print ? '/tin-tuc/:slug/in' : '/tin-tuc/:slug', async (request, reply) =>
      pageCache.send(request, reply, `article:${request.params.slug}:${print ? 'print' : 'web'}`, () =>
        page(reply, async (ctx) => {
          const organizationId = await portalOrganization();
          const article = await articles.published(organizationId, request.params.slug);
          if (!article) throw new NotFoundError('Không tìm thấy bài viết hoặc bài viết đã được gỡ.');
          const categories = (await portal.visibleCategories(organizationId)).filter((c) => article.categoryIds.includes(c.id));
          return (
            <ArticlePage
              ctx={ctx}
              model={{
                article,
                categories,
                related: await articles.related(article),
                attachments: await articles.attachments(article.id),
                canonical: absolute(`/tin-tuc/${article.slug}`),
                imageUrl: article.coverKey ? absolute(coverUrl(article.coverKey, 1600)) : null,
                description: articles.excerptOf(article),
                print,
              }}
            />
          );
        }),
      ),
    );
  }

  app.get<{ Querystring: Record<string, string> }>('/tim-kiem', async (request, reply) => {
    const ctx = await reply.viewContext();
    const organizationId = await portal.organizationId();
    const categories = organizationId ? await portal.visibleCategories(organizationId) : [];
    const form = { values: request.query as Record<string, unknown>, errors: {} as Record<string, string> };
    let result = null;
    try {
      const v = parseCommand(PublicSearch, request.query);
      if (v.q) {
        result = await services.search.query(services.db, {
          q: v.q,
          types: v.type ? [v.type] : undefined,
          category: v.category,
          from: vnDayBound('from', v.from, false),
          to: vnDayBound('to', v.to, true),
          page: v.page,
          pageSize: 10,
        });
      }
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      form.errors = error.fields;
    }
    const status = Object.keys(form.errors).length > 0 ? 422 : 200;
    return reply.render(<SearchPage ctx={ctx} form={form} result={result} categories={categories} query={request.query} />, status);
  });

  app.get<{ Params: { '*': string } }>('/tep/*', async (request, reply) => {
    const key = request.params['*'];
    const match = PUBLIC_COVER_KEY.exec(key);
    if (!match || !(await storage.exists(key))) throw new NotFoundError('Không tìm thấy tệp.');
    return reply
      .type(match[3] === 'webp' ? 'image/webp' : 'image/jpeg')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(await storage.read(key));
  });

  app.get<{ Params: { id: string } }>('/tep/dinh-kem/:id', async (request, reply) => {
    const id = Number.parseInt(request.params.id, 10);
    if (!Number.isSafeInteger(id) || id < 1) throw new NotFoundError('Không tìm thấy tệp.');
    const attachment = await articles.publicAttachment(id);
    return reply
      .type(attachment.mime)
      .header('content-disposition', fileDisposition('attachment', `tep-${attachment.id}`, attachment.fileName))
      .send(await storage.read(attachment.storageKey));
  });
}
