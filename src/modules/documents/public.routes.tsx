import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { fileDisposition } from '../../platform/http/uploads.js';
import { idParam } from '../../platform/http/params.js';
import { renderDocument } from '../../platform/views/render.js';
import type { ModuleOptions } from '../module.js';
import type { PublicFilters } from './documents.service.js';
import { DocumentPage, DocumentsPage } from './public.views.js';

type ViewCtx = Awaited<ReturnType<FastifyReply['viewContext']>>;

/** Filters and page, in a fixed order, as the key of a cached list page. */
const cacheKey = (f: PublicFilters) => `documents:${JSON.stringify([f.type, f.status, f.year, f.issuerName, f.field, f.sort, f.page])}`;


/** The public library: /van-ban (list, filters, search) and /van-ban/:slug (one document), cached like the portal. */
export async function publicRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { documents, pageCache, storage, config } = services;

  const page = async (reply: FastifyReply, view: (ctx: ViewCtx) => Promise<Parameters<typeof renderDocument>[0]>) => ({
    body: renderDocument(await view(await reply.viewContext({ shared: true }))),
  });

  app.get<{ Querystring: Record<string, string> }>('/van-ban', async (request, reply) => {
    const query = Object.fromEntries(Object.entries(request.query).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
    let filters: PublicFilters;
    try {
      filters = documents.parsePublicFilters(query);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // A typo in the address still shows the library, with the message beside the filter.
      const result = await documents.publicList(documents.parsePublicFilters({}));
      return reply.render(
        <DocumentsPage ctx={await reply.viewContext({ shared: true })} model={{ form: { values: query, errors: error.fields }, facets: await documents.publicFacets(), result, query: {} }} />,
        422,
      );
    }
    const render = async (ctx: ViewCtx) => (
      <DocumentsPage ctx={ctx} model={{ form: { values: query, errors: {} }, facets: await documents.publicFacets(), result: await documents.publicList(filters), query }} />
    );
    // Searches are not cached (as /tim-kiem): their keys are unbounded and rarely repeat.
    if (filters.q) return reply.render(await render(await reply.viewContext({ shared: true })));
    return pageCache.send(request, reply, cacheKey(filters), () => page(reply, render));
  });

  app.get<{ Params: { slug: string } }>('/van-ban/:slug', async (request, reply) =>
    pageCache.send(request, reply, `document:${request.params.slug}`, () =>
      page(reply, async (ctx) => {
        const found = await documents.publicDocument(request.params.slug);
        if (!found) throw new NotFoundError('Không tìm thấy văn bản hoặc văn bản không được công khai.');
        return <DocumentPage ctx={ctx} model={{ ...found, canonical: `${config.baseUrl}/van-ban/${found.doc.slug}` }} />;
      }),
    ),
  );

  app.get<{ Params: { id: string } }>('/van-ban/tep/:id', async (request, reply) => {
    const { attachment } = await documents.publicAttachment(idParam(request.params.id));
    return reply
      .type(attachment.mime)
      .header('content-disposition', fileDisposition('attachment', `van-ban-${attachment.id}.${attachment.mime === 'application/pdf' ? 'pdf' : 'docx'}`, attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(await storage.read(attachment.storageKey));
  });

  app.get<{ Params: { id: string } }>('/van-ban/tep/:id/xem', async (request, reply) => {
    const { attachment } = await documents.publicAttachment(idParam(request.params.id));
    // Only a PDF is shown inline; anything else is downloaded. The site's headers need no change for the
    // detail page's <iframe>: frame-src falls back to default-src 'self', and X-Frame-Options SAMEORIGIN
    // with frame-ancestors 'self' lets our own pages frame it (checked in Chromium with its PDF viewer).
    if (attachment.mime !== 'application/pdf') return reply.redirect(`/van-ban/tep/${attachment.id}`, 303);
    return reply
      .type('application/pdf')
      .header('content-disposition', fileDisposition('inline', `van-ban-${attachment.id}.pdf`, attachment.fileName))
      .header('x-content-type-options', 'nosniff')
      .send(await storage.read(attachment.storageKey));
  });
}
