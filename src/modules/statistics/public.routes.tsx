import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import type { ViewContext } from '../../platform/views/context.js';
import { renderDocument } from '../../platform/views/render.js';
import type { ModuleOptions } from '../module.js';
import { PAGE_PATH, StatisticsPage, type StatisticsPageModel } from './public.views.js';
import { renderCharts } from './statistics.charts.js';
import { toCsv, toXlsx } from './statistics.export.js';
import { periodLabel, type Period } from './statistics.report.js';
import { ALL_YEARS, checkFilterShape, filterInput, type FilterInput } from './statistics.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The filter as applied, spelled out: downloads and the form show exactly what the page shows. */
const appliedFilter = (period: Period): FilterInput => ({
  nam: period.year === null ? ALL_YEARS : String(period.year),
  quy: period.quarter ? String(period.quarter) : '',
  'linh-vuc': period.fieldKey ?? '',
});

/** "ket-qua-giai-quyet-tthc-2025-quy-2-bao-chi.csv", from the filter as asked (only slugs and digits pass its shape check). */
const fileName = (applied: FilterInput, extension: string) =>
  ['ket-qua-giai-quyet-tthc', applied.nam, applied.quy ? `quy-${applied.quy}` : '', applied['linh-vuc']].filter(Boolean).join('-') + `.${extension}`;

/** A cache key from the raw filter, once its shape is known to be sound (the values are checked while rendering). */
const cacheKey = (kind: string, input: FilterInput) => `statistics:${kind}:${input.nam}|${input.quy}|${input['linh-vuc']}`;

/**
 * The published resolution statistics: one page with key figures, three server-rendered charts
 * each with its table, and the same rows as CSV and XLSX. Page and CSV are cached per filter and
 * dropped when any figure changes; a filter that does not fit the data shows the errors and the
 * default view with status 422, uncached.
 */
export async function publicRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { statistics, pageCache, clock } = services;

  async function portalOrganization() {
    const id = await statistics.portalOrganizationId();
    if (!id) throw new NotFoundError('Cổng thông tin chưa được cấu hình.');
    return id;
  }

  async function pageModel(input: FilterInput, errors: FieldErrors): Promise<StatisticsPageModel> {
    const { period, years, fields, report } = await statistics.report(await portalOrganization(), input);
    const periodText = periodLabel(period, years);
    const field = fields.find((f) => f.key === period.fieldKey);
    const applied = appliedFilter(period);
    return {
      filters: { values: Object.keys(errors).length > 0 ? input : applied, errors },
      applied,
      period: periodText,
      years,
      fields,
      report,
      charts: report.rows.length > 0 ? renderCharts(report, field ? `${periodText}, lĩnh vực ${field.name}` : periodText) : null,
    };
  }

  const page = (ctx: ViewContext, model: StatisticsPageModel) => <StatisticsPage ctx={ctx} model={model} />;

  app.get(PAGE_PATH, async (request, reply) => {
    const input = filterInput(request.query);
    try {
      checkFilterShape(input);
      return await pageCache.send(request, reply, cacheKey('page', input), async () => ({
        body: renderDocument(page(await reply.viewContext({ shared: true }), await pageModel(input, {}))),
      }));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const fallback = await pageModel({}, error.fields);
      fallback.filters.values = input;
      return reply.render(page(await reply.viewContext({ shared: true }), fallback), 422);
    }
  });

  /** The rows of a download: those the page shows for the same filter. */
  async function downloadRows(input: FilterInput) {
    checkFilterShape(input);
    return (await statistics.report(await portalOrganization(), input)).report.rows;
  }

  const attachment = (reply: FastifyReply, name: string) => reply.header('content-disposition', `attachment; filename="${name}"`);

  app.get(`${PAGE_PATH}.csv`, async (request, reply) => {
    const input = filterInput(request.query);
    checkFilterShape(input);
    attachment(reply, fileName(input, 'csv'));
    return pageCache.send(request, reply, cacheKey('csv', input), async () => ({ type: 'text/csv; charset=utf-8', body: toCsv(await downloadRows(input)) }));
  });

  // Not cached: the page cache keeps text, and a workbook is a zip.
  app.get(`${PAGE_PATH}.xlsx`, async (request, reply) => {
    const input = filterInput(request.query);
    const rows = await downloadRows(input);
    const site = await services.organizations.site();
    const data = await toXlsx(rows, { title: 'Kết quả giải quyết thủ tục hành chính', organization: site.name, now: clock.now() });
    attachment(reply, fileName(input, 'xlsx'));
    return reply.type(XLSX).header('cache-control', 'no-cache').send(data);
  });
}
