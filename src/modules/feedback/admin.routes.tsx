import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import type { FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { DetailPage, FieldsPage, InboxPage } from './admin.views.js';
import { registerCsv, registerXlsx } from './feedback.export.js';
import type { FeedbackService } from './feedback.service.js';
import { REPLY_TEMPLATES, type ReplyTemplate } from './feedback.schema.js';

type Body = Record<string, string>;
type IdParams = { Params: { id: string } };

/** Each workflow action: its path segment, the service call, and the flash message after it. */
const ACTIONS: Record<string, { run: (s: FeedbackService, ctx: FastifyRequest['ctx'], id: number, body: Body) => Promise<unknown>; done: string }> = {
  accept: { run: (s, ctx, id) => s.accept(ctx, id), done: 'Đã thụ lý phản ánh, kiến nghị.' },
  reject: { run: (s, ctx, id, b) => s.reject(ctx, id, b), done: 'Đã ghi nhận không tiếp nhận và báo cho người gửi.' },
  forward: { run: (s, ctx, id, b) => s.forward(ctx, id, b), done: 'Đã chuyển cơ quan có thẩm quyền.' },
  assign: { run: (s, ctx, id, b) => s.assign(ctx, id, b), done: 'Đã giao xử lý.' },
  start: { run: (s, ctx, id) => s.start(ctx, id), done: 'Đã chuyển sang đang xử lý.' },
  'request-info': { run: (s, ctx, id, b) => s.requestInfo(ctx, id, b), done: 'Đã đề nghị người gửi bổ sung thông tin; thời hạn tạm dừng.' },
  resume: { run: (s, ctx, id) => s.resume(ctx, id), done: 'Đã tiếp tục xử lý.' },
  draft: { run: (s, ctx, id, b) => s.draft(ctx, id, b), done: 'Đã lưu dự thảo trả lời và trình lãnh đạo.' },
  return: { run: (s, ctx, id, b) => s.returnDraft(ctx, id, b), done: 'Đã trả lại dự thảo.' },
  approve: { run: (s, ctx, id) => s.approve(ctx, id), done: 'Đã duyệt nội dung trả lời.' },
  answer: { run: (s, ctx, id) => s.answer(ctx, id), done: 'Đã gửi trả lời cho người gửi.' },
  publish: { run: (s, ctx, id, b) => s.publish(ctx, id, b), done: 'Đã công khai trên cổng thông tin.' },
  note: { run: (s, ctx, id, b) => s.note(ctx, id, b), done: 'Đã thêm ghi chú.' },
  duplicate: { run: (s, ctx, id, b) => s.links.linkDuplicate(ctx, id, b), done: 'Đã đánh dấu phản ánh trùng; liên kết hiện trên cả hai phản ánh.' },
  'erase-personal': { run: (s, ctx, id, b) => s.erasePersonal(ctx, id, b), done: 'Đã xóa dữ liệu cá nhân của người gửi; nội dung được giữ lại.' },
};

/** The back office: inbox, one case with its personal data (audited), and the workflow's steps. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedback } = services;
  app.addHook('onRequest', requireActor);

  app.get<{ Querystring: Record<string, string> }>('/admin/feedback', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => feedback.inbox(request.ctx, input));
    return reply.render(<InboxPage ctx={await reply.viewContext()} filters={filters} result={result} choices={await feedback.choices(request.ctx)} />, status);
  });

  async function fieldsPage(request: FastifyRequest, reply: FastifyReply, form: FormState) {
    await feedback.assertCanHandle(request.ctx);
    return <FieldsPage ctx={await reply.viewContext()} fields={await feedback.fields()} form={form} />;
  }

  app.get('/admin/feedback/linh-vuc', async (request, reply) => reply.render(await fieldsPage(request, reply, { values: {}, errors: {} })));

  app.post<{ Body: Body }>('/admin/feedback/linh-vuc', async (request, reply) =>
    submitForm(request, reply, {
      run: () => feedback.addField(request.ctx, request.body),
      invalid: (form) => fieldsPage(request, reply, form),
      done: () => reply.flash('success', 'Đã thêm lĩnh vực.').redirect('/admin/feedback/linh-vuc', 303),
    }),
  );

  app.post<{ Params: { id: string; change: string } }>('/admin/feedback/linh-vuc/:id/:change', async (request, reply) => {
    if (request.params.change !== 'an' && request.params.change !== 'hien') return reply.callNotFound();
    await feedback.setFieldActive(request.ctx, idParam(request.params.id), request.params.change === 'hien');
    return reply.flash('success', request.params.change === 'hien' ? 'Đã hiện lại lĩnh vực trên biểu mẫu.' : 'Đã ẩn lĩnh vực khỏi biểu mẫu.').redirect('/admin/feedback/linh-vuc', 303);
  });

  app.get('/admin/feedback/so-tiep-nhan.csv', async (request, reply) => {
    const rows = await feedback.register(request.ctx);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="so-tiep-nhan-pakn.csv"').send(registerCsv(rows));
  });

  app.get('/admin/feedback/so-tiep-nhan.xlsx', async (request, reply) => {
    const rows = await feedback.register(request.ctx);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="so-tiep-nhan-pakn.xlsx"')
      .send(await registerXlsx(rows));
  });

  app.get<IdParams>('/admin/feedback/:id/du-lieu-ca-nhan.json', async (request, reply) => {
    const data = await feedback.exportPersonal(request.ctx, idParam(request.params.id));
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="${data.code.toLowerCase()}-du-lieu-ca-nhan.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2));
  });

  async function detail(request: FastifyRequest, reply: FastifyReply, id: number, failed?: { action: string; form: FormState }, template?: ReplyTemplate) {
    const found = await feedback.get(request.ctx, id);
    return <DetailPage ctx={await reply.viewContext()} model={{ ...found, choices: await feedback.choices(request.ctx), failed, template }} />;
  }

  app.get<IdParams & { Querystring: { mau?: string } }>('/admin/feedback/:id', async (request, reply) => {
    const mau = request.query.mau;
    const template = mau && Object.hasOwn(REPLY_TEMPLATES, mau) ? (mau as ReplyTemplate) : undefined;
    return reply.render(await detail(request, reply, idParam(request.params.id), undefined, template));
  });

  app.post<IdParams & { Params: { action: string }; Body: Body }>('/admin/feedback/:id/:action', async (request, reply) => {
    const id = idParam(request.params.id);
    const action = Object.hasOwn(ACTIONS, request.params.action) ? ACTIONS[request.params.action]! : null;
    if (!action) return reply.callNotFound();
    try {
      await action.run(feedback, request.ctx, id, request.body ?? {});
      return reply.flash('success', action.done).redirect(`/admin/feedback/${id}`, 303);
    } catch (error) {
      if (error instanceof ConflictError) return reply.flash('warning', error.message).redirect(`/admin/feedback/${id}`, 303);
      if (!(error instanceof ValidationError)) throw error;
      const values: Record<string, unknown> = { ...(request.body ?? {}) };
      delete values._csrf;
      return reply.render(await detail(request, reply, id, { action: request.params.action, form: { values, errors: error.fields } }), 422);
    }
  });
}
