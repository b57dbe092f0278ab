import { readFile } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { submitForm } from '../../platform/http/web.js';
import { ImportRejected } from '../../platform/import/spreadsheet.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { ADMIN_PATH, CorrectPage, ImportPage, PreviewPage, SAMPLE_PATH, StatisticsListPage } from './admin.views.js';
import { statisticsPolicy } from './statistics.policy.js';
import { FIGURE_KEYS } from './statistics.schema.js';
import { filterInput } from './statistics.service.js';

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The sample file documented in the README, served as it is shipped. */
const SAMPLE_FILE = new URL('../../../docs/samples/ket-qua-tthc.csv', import.meta.url);

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };
type TokenParams = { Params: { token: string } };

/** The back office of the statistics: the list, a row's correction, and the two-step import. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { statistics } = services;
  app.addHook('onRequest', requireActor);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2, parts: 3 } });

  const mayManage = (request: FastifyRequest) => statisticsPolicy.assert(request.actor, 'manage', request.actor?.organizationId ?? 0);

  app.get<{ Querystring: Record<string, string> }>(ADMIN_PATH, async (request, reply) => {
    const input = filterInput(request.query);
    let status = 200;
    let errors = {};
    let result;
    try {
      result = await statistics.list(request.ctx, input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      [status, errors, result] = [422, error.fields, await statistics.list(request.ctx, {})];
    }
    const values = status === 200 ? { nam: result.period.year === null ? '' : String(result.period.year), 'linh-vuc': result.period.fieldKey ?? '' } : input;
    return reply.render(<StatisticsListPage ctx={await reply.viewContext()} filters={{ values, errors }} years={result.years} fields={result.fields} rows={result.rows} />, status);
  });

  app.get(SAMPLE_PATH, async (request, reply) => {
    mayManage(request);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="ket-qua-tthc-mau.csv"').send(await readFile(SAMPLE_FILE));
  });

  app.get(`${ADMIN_PATH}/import`, async (request, reply) => {
    mayManage(request);
    return reply.render(<ImportPage ctx={await reply.viewContext()} problems={[]} />);
  });

  app.post(`${ADMIN_PATH}/import`, async (request, reply) => {
    mayManage(request);
    const file = await request.file();
    const again = async (problems: ImportRejected['problems'], fileError?: string) =>
      reply.render(<ImportPage ctx={await reply.viewContext()} problems={problems} fileError={fileError} />, 422);
    if (!file || file.fieldname !== 'file') return again([], 'Vui lòng chọn tệp CSV hoặc XLSX để tải lên.');
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch {
      return again([], 'Tệp quá lớn; giới hạn là 5 MB. Hãy chia nhỏ tệp.');
    }
    if (data.length === 0) return again([], 'Tệp rỗng; hãy chọn tệp có số liệu.');
    try {
      const token = await statistics.prepareImport(request.ctx, data, file.filename);
      return reply.redirect(`${ADMIN_PATH}/import/${token}`, 303);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      return again(error.problems);
    }
  });

  app.get<TokenParams>(`${ADMIN_PATH}/import/:token`, async (request, reply) => {
    const pending = await statistics.pending(request.ctx, tokenParam(request.params.token));
    return reply.render(<PreviewPage ctx={await reply.viewContext()} token={pending.token} fileName={pending.fileName} rows={pending.rows} />);
  });

  app.post<TokenParams>(`${ADMIN_PATH}/import/:token`, async (request, reply) => {
    const { imported, inserted, replaced } = await statistics.confirmImport(request.ctx, tokenParam(request.params.token));
    return reply.flash('success', `Đã nhập ${imported} dòng số liệu: ${inserted} dòng mới, ${replaced} dòng thay thế.`).redirect(ADMIN_PATH, 303);
  });

  app.post<TokenParams>(`${ADMIN_PATH}/import/:token/cancel`, async (request, reply) => {
    await statistics.cancelImport(request.ctx, tokenParam(request.params.token));
    return reply.flash('info', 'Đã hủy, không nhập dòng nào.').redirect(`${ADMIN_PATH}/import`, 303);
  });

  async function correctPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) {
    const row = await statistics.get(request.ctx, id);
    const values = Object.fromEntries(FIGURE_KEYS.map((key) => [key, String(row[key])]));
    return <CorrectPage ctx={await reply.viewContext()} row={row} form={form ?? emptyForm(values)} />;
  }

  app.get<IdParams>(`${ADMIN_PATH}/:id`, async (request, reply) => reply.render(await correctPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>(`${ADMIN_PATH}/:id`, async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => statistics.correct(request.ctx, id, request.body),
      invalid: (form) => correctPage(request, reply, id, form),
      done: () => reply.flash('success', 'Đã lưu số liệu đính chính.').redirect(`${ADMIN_PATH}/${id}`, 303),
    });
  });

  app.post<IdParams>(`${ADMIN_PATH}/:id/delete`, async (request, reply) => {
    const row = await statistics.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xóa số liệu ${row.field}, tháng ${row.month}/${row.year}.`).redirect(`${ADMIN_PATH}?nam=${row.year}`, 303);
  });
}

/** Import tokens are 24 url-safe characters; anything else is a page that does not exist. */
function tokenParam(value: string) {
  if (!/^[\w-]{24}$/.test(value)) throw new NotFoundError('Không tìm thấy tệp chờ nhập.');
  return value;
}
