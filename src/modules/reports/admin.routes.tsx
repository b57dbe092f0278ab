import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { ConflictError } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { PlanReportsPage, ReceivedReportsPage, ReportPage, ReportsPage, reportValues } from './admin.views.js';
import { reportsPolicy } from './reports.policy.js';

type Body = Record<string, string | string[]>;
type IdParams = { Params: { id: string } };
type PlanParams = { Params: { planId: string } };

/** Reports of a plan (list, create), one report (figures, narrative, export, send), and the supervisor's inbox. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { reports } = services;
  app.addHook('onRequest', requireActor);

  async function planPage(request: FastifyRequest, reply: FastifyReply, planId: number, form: FormState = emptyForm()) {
    const model = await reports.forPlan(request.ctx, planId);
    return <PlanReportsPage ctx={await reply.viewContext()} model={{ ...model, form }} />;
  }

  app.get<PlanParams>('/admin/plans/:planId/bao-cao', async (request, reply) => reply.render(await planPage(request, reply, idParam(request.params.planId))));

  app.post<PlanParams & { Body: Body }>('/admin/plans/:planId/bao-cao', async (request, reply) => {
    const planId = idParam(request.params.planId);
    return submitForm(request, reply, {
      run: () => reports.create(request.ctx, planId, request.body),
      invalid: (form) => planPage(request, reply, planId, form),
      done: (id) => reply.flash('success', 'Đã lập báo cáo. Số liệu được lấy từ dữ liệu trên hệ thống. Hãy viết phần nội dung.').redirect(`/admin/bao-cao/${id}`, 303),
    });
  });

  app.get('/admin/bao-cao', async (request, reply) => {
    const actor = request.actor;
    const received = reportsPolicy.can(actor, 'receive', null);
    // A supervisor's own organization may write no reports: their page is then only the way to the inbox.
    const own = reportsPolicy.can(actor, 'read', { organizationId: actor?.organizationId ?? 0, status: 'draft' });
    if (!own && received) return reply.redirect('/admin/bao-cao/nhan', 303);
    return reply.render(<ReportsPage ctx={await reply.viewContext()} reports={await reports.list(request.ctx)} received={received} />);
  });

  app.get('/admin/bao-cao/nhan', async (request, reply) => reply.render(<ReceivedReportsPage ctx={await reply.viewContext()} reports={await reports.received(request.ctx)} />));

  async function reportPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) {
    const view = await reports.get(request.ctx, id);
    return <ReportPage ctx={await reply.viewContext()} view={view} form={form ?? emptyForm(reportValues(view.report))} />;
  }

  app.get<IdParams>('/admin/bao-cao/:id', async (request, reply) => reply.render(await reportPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/bao-cao/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => reports.save(request.ctx, id, request.body),
      invalid: (form) => reportPage(request, reply, id, form),
      done: () => reply.flash('success', 'Đã lưu báo cáo.').redirect(`/admin/bao-cao/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/bao-cao/:id/gui', async (request, reply) => {
    const id = idParam(request.params.id);
    try {
      const { supervisorName } = await reports.send(request.ctx, id);
      return reply.flash('success', `Đã gửi báo cáo đến ${supervisorName}. Báo cáo đã gửi không sửa được nữa.`).redirect(`/admin/bao-cao/${id}`, 303);
    } catch (error) {
      if (error instanceof ConflictError) return reply.flash('warning', error.message).redirect(`/admin/bao-cao/${id}`, 303);
      throw error;
    }
  });

  app.get<IdParams>('/admin/bao-cao/:id/tai-ve', async (request, reply) => {
    const { data, fileName } = await reports.exportDocx(request.ctx, idParam(request.params.id));
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(data);
  });
}
