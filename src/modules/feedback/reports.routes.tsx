import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import type { ModuleOptions } from '../module.js';
import { renderReportCharts } from './feedback.charts.js';
import { DIGEST_PATH } from './feedback.digest.js';
import { registerCsv, reportCsv, reportXlsx } from './feedback.export.js';
import { DigestPage, REPORT_PATH, ReportPage, SETTINGS_PATH, SettingsPage, settingsForm } from './reports.views.js';

type Query = { Querystring: Record<string, string> };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (reply: FastifyReply, type: string, name: string) => reply.type(type).header('content-disposition', `attachment; filename="${name}"`);
/** The period's own query (year or range), carried to the download links. */
const periodQuery = (query: Record<string, string>) => ({ nam: query.nam ?? '', tu: query.tu ?? '', den: query.den ?? '' });

/** The desk's reports and downloads, its settings page and the officer's daily digest preference. */
export async function reportsRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedbackReports: reports, feedbackSettings: settings, feedbackDigest: digest } = services;
  app.addHook('onRequest', requireActor);

  app.get<Query>(REPORT_PATH, async (request, reply) => {
    const { filters, result: report, status } = await filteredList(request.query, (input) => reports.report(request.ctx, input));
    const model = { filters, report, charts: renderReportCharts(report), query: status === 200 ? periodQuery(request.query) : {} };
    return reply.render(<ReportPage ctx={await reply.viewContext()} model={model} />, status);
  });

  app.get<Query>(`${REPORT_PATH}.csv`, async (request, reply) => attachment(reply, 'text/csv; charset=utf-8', 'bao-cao-pakn.csv').send(reportCsv(await reports.report(request.ctx, request.query))));

  app.get<Query>(`${REPORT_PATH}.xlsx`, async (request, reply) => attachment(reply, XLSX, 'bao-cao-pakn.xlsx').send(await reportXlsx(await reports.report(request.ctx, request.query))));

  app.get<Query>(`${REPORT_PATH}-danh-sach.csv`, async (request, reply) =>
    attachment(reply, 'text/csv; charset=utf-8', 'danh-sach-pakn.csv').send(registerCsv((await reports.report(request.ctx, request.query)).cases)),
  );

  app.get(SETTINGS_PATH, async (request, reply) => reply.render(<SettingsPage ctx={await reply.viewContext()} form={settingsForm(await settings.get(request.ctx))} />));

  app.post<{ Body: Record<string, string> }>(SETTINGS_PATH, async (request, reply) =>
    submitForm(request, reply, {
      run: () => settings.save(request.ctx, request.body),
      invalid: async (form) => <SettingsPage ctx={await reply.viewContext()} form={form} />,
      done: () => reply.flash('success', 'Đã lưu cài đặt. Thời hạn mới áp dụng cho các thời hạn được tính từ bây giờ.').redirect(SETTINGS_PATH, 303),
    }),
  );

  app.get(DIGEST_PATH, async (request, reply) => reply.render(<DigestPage ctx={await reply.viewContext()} subscribed={await digest.isSubscribed(request.ctx)} />));

  app.post<{ Body: { subscribed?: string } }>(DIGEST_PATH, async (request, reply) => {
    const subscribed = request.body?.subscribed === '1';
    await digest.setSubscribed(request.ctx, subscribed);
    return reply.flash('success', subscribed ? 'Đã đăng ký nhận thư tổng hợp hằng ngày.' : 'Đã hủy nhận thư tổng hợp hằng ngày.').redirect(DIGEST_PATH, 303);
  });
}
