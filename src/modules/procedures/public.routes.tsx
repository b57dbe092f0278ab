import type { FastifyInstance, FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { fileDisposition } from '../../platform/http/uploads.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { ViewContext } from '../../platform/views/context.js';
import { renderDocument } from '../../platform/views/render.js';
import type { ModuleOptions } from '../module.js';
import { ProcedureFilters } from './procedures.schema.js';
import { CataloguePage, GUIDES_CATEGORY, ProcedurePage, type Guides } from './public.views.js';

/**
 * The public catalogue (`/thu-tuc-hanh-chinh`), each procedure's page and its print view, and the
 * form templates. Pages are rendered once per change and cached like the portal's; a catalogue
 * search by name or code is not cached (any text makes a new page), like `/tim-kiem`.
 */
export async function publicRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { procedures, pageCache, portal, articles, config } = services;

  async function portalOrganization() {
    const id = await procedures.portalOrganizationId();
    if (!id) throw new NotFoundError('Cổng thông tin chưa được cấu hình.');
    return id;
  }

  /** The newest guides of the guides category, shown wherever a citizen may want to go online. */
  async function guides(organizationId: number): Promise<Guides> {
    const category = (await portal.visibleCategories(organizationId)).find((c) => c.slug === GUIDES_CATEGORY);
    if (!category) return null;
    const latest = await articles.latest({ organizationId, categoryIds: [category.id], limit: 4 });
    return { href: `/danh-muc/${category.slug}`, name: category.name, articles: latest.map((a) => ({ slug: a.slug, title: a.title })) };
  }

  async function cataloguePage(ctx: ViewContext, query: Record<string, string>): Promise<{ page: VNode; status: number }> {
    const organizationId = await portalOrganization();
    const form = { values: query as Record<string, unknown>, errors: {} as Record<string, string> };
    let filters: Record<string, string | undefined> = {};
    let result;
    try {
      const v = parseCommand(ProcedureFilters, query);
      filters = { q: v.q, field: v.field, level: v.level, online: v.online };
      result = await procedures.catalogue(organizationId, query);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      form.errors = error.fields;
      result = await procedures.catalogue(organizationId, {});
    }
    const page = (
      <CataloguePage
        ctx={ctx}
        model={{
          form,
          filters,
          result,
          fields: await procedures.fields(organizationId),
          counts: await procedures.countByOnlineLevel(organizationId),
          guides: await guides(organizationId),
          nationalPortal: await portal.nationalPortalUrl(),
        }}
      />
    );
    return { page, status: Object.keys(form.errors).length > 0 ? 422 : 200 };
  }

  app.get<{ Querystring: Record<string, string> }>('/thu-tuc-hanh-chinh', async (request, reply) => {
    const query = request.query;
    let key: string | null = null;
    try {
      const v = parseCommand(ProcedureFilters, query);
      // Filters and pages are few and shared by everyone: cached. Free text is not.
      if (!v.q) key = `procedures:${v.field ?? ''}:${v.level ?? ''}:${v.online ?? ''}:${v.page ?? 1}`;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
    if (key === null) {
      const { page, status } = await cataloguePage(await reply.viewContext(), query);
      return reply.render(page, status);
    }
    return pageCache.send(request, reply, key, async () => ({ body: renderDocument((await cataloguePage(await reply.viewContext({ shared: true }), query)).page) }));
  });

  app.get<{ Params: { id: string } }>('/thu-tuc-hanh-chinh/mau-don/:id', async (request, reply) => {
    if (!/^[1-9]\d{0,9}$/.test(request.params.id)) throw new NotFoundError('Không tìm thấy mẫu đơn, tờ khai.');
    const template = await procedures.publicTemplate(Number(request.params.id));
    return reply
      .type(template.mime)
      .header('content-disposition', fileDisposition('attachment', `mau-don-${request.params.id}`, template.fileName))
      .send(template.stream);
  });

  for (const print of [false, true]) {
    app.get<{ Params: { slug: string } }>(print ? '/thu-tuc-hanh-chinh/:slug/in' : '/thu-tuc-hanh-chinh/:slug', async (request, reply) =>
      pageCache.send(request, reply, `procedure:${request.params.slug}:${print ? 'print' : 'web'}`, async () => {
        const organizationId = await portalOrganization();
        const procedure = await procedures.published(organizationId, request.params.slug);
        if (!procedure) throw new NotFoundError('Không tìm thấy thủ tục hành chính hoặc thủ tục đã được bãi bỏ.');
        const ctx = await reply.viewContext({ shared: true });
        return {
          body: renderDocument(
            <ProcedurePage
              ctx={ctx}
              model={{
                procedure,
                guides: await guides(organizationId),
                nationalPortal: await portal.nationalPortalUrl(),
                canonical: `${config.baseUrl}/thu-tuc-hanh-chinh/${procedure.slug}`,
                print,
              }}
            />,
          ),
        };
      }),
    );
  }
}
