import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { planTasksPath, taskPath } from './plan.views.js';
import { taskValues } from './tasks.service.js';
import { NewTaskPage, PlanTasksPage, TaskPage, type TaskForms } from './tasks.views.js';
import { readFileForm, sendStoredFile } from './files.js';

type Body = Record<string, string | string[]>;
type PlanParams = { Params: { planId: string } };
type IdParams = { Params: { id: string } };

/** The plan's tasks, one task with its evidence, and the dissemination records of the units. */
export async function tasksRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { tasks } = services;
  app.addHook('onRequest', requireActor);

  async function planPage(request: FastifyRequest, reply: FastifyReply, planId: number, disseminationForm?: FormState) {
    const model = await tasks.planPage(request.ctx, planId);
    const unitValue = model.disseminationUnits.length === 1 ? { unitId: String(model.disseminationUnits[0]!.id) } : {};
    return <PlanTasksPage ctx={await reply.viewContext()} model={model} disseminationForm={disseminationForm ?? emptyForm(unitValue)} />;
  }

  app.get<PlanParams>('/admin/plans/:planId/nhiem-vu', async (request, reply) => reply.render(await planPage(request, reply, idParam(request.params.planId))));

  app.post<PlanParams>('/admin/plans/:planId/nhiem-vu/tao-tu-ke-hoach', async (request, reply) => {
    const planId = idParam(request.params.planId);
    const created = await tasks.generate(request.ctx, planId);
    return reply
      .flash(created > 0 ? 'success' : 'info', created > 0 ? `Đã tạo ${created} nhiệm vụ từ kế hoạch. Hãy giao đơn vị, thời hạn và chỉ tiêu cho từng nhiệm vụ.` : 'Mọi nội dung và hình thức của kế hoạch đều đã có nhiệm vụ.')
      .redirect(planTasksPath(planId), 303);
  });

  async function newPage(request: FastifyRequest, reply: FastifyReply, planId: number, form: FormState) {
    return <NewTaskPage ctx={await reply.viewContext()} choices={await tasks.formOptions(request.ctx, planId)} form={form} />;
  }

  app.get<PlanParams>('/admin/plans/:planId/nhiem-vu/moi', async (request, reply) =>
    reply.render(await newPage(request, reply, idParam(request.params.planId), emptyForm({ schedule: 'regular', status: 'notStarted' }))),
  );

  app.post<PlanParams & { Body: Body }>('/admin/plans/:planId/nhiem-vu/moi', async (request, reply) => {
    const planId = idParam(request.params.planId);
    return submitForm(request, reply, {
      run: () => tasks.create(request.ctx, planId, request.body),
      invalid: (form) => newPage(request, reply, planId, form),
      done: (id) => reply.flash('success', 'Đã thêm nhiệm vụ.').redirect(taskPath(id), 303),
    });
  });

  app.post<PlanParams & { Body: Body }>('/admin/plans/:planId/nhiem-vu/pho-bien', async (request, reply) => {
    const planId = idParam(request.params.planId);
    return submitForm(request, reply, {
      run: () => tasks.recordDissemination(request.ctx, planId, request.body),
      invalid: (form) => planPage(request, reply, planId, form),
      done: (unit) => reply.flash('success', `Đã ghi nhận việc phổ biến kế hoạch của ${unit.name}.`).redirect(`${planTasksPath(planId)}#dissemination`, 303),
    });
  });

  /** The task page with whichever of its forms came back with errors. */
  async function taskPage(request: FastifyRequest, reply: FastifyReply, id: number, forms: Partial<TaskForms> = {}) {
    const model = await tasks.get(request.ctx, id);
    const values = taskValues(model.task);
    return (
      <TaskPage
        ctx={await reply.viewContext()}
        model={model}
        forms={{
          edit: forms.edit ?? emptyForm(values),
          report: forms.report ?? emptyForm({ status: values.status, notes: values.notes }),
          evidence: forms.evidence ?? emptyForm({ quantity: '1' }),
        }}
      />
    );
  }

  app.get<IdParams>('/admin/nhiem-vu/:id', async (request, reply) => reply.render(await taskPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/nhiem-vu/:id', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => tasks.update(request.ctx, id, request.body),
      invalid: (edit) => taskPage(request, reply, id, { edit }),
      done: () => reply.flash('success', 'Đã lưu thay đổi.').redirect(taskPath(id), 303),
    });
  });

  app.post<IdParams & { Body: Body }>('/admin/nhiem-vu/:id/bao-cao', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => tasks.report(request.ctx, id, request.body),
      invalid: (report) => taskPage(request, reply, id, { report }),
      done: () => reply.flash('success', 'Đã cập nhật tình hình thực hiện.').redirect(taskPath(id), 303),
    });
  });

  app.post<IdParams>('/admin/nhiem-vu/:id/xoa', async (request, reply) => {
    const task = await tasks.remove(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa nhiệm vụ.').redirect(planTasksPath(task.planId), 303);
  });

  app.post<IdParams>('/admin/nhiem-vu/:id/minh-chung', async (request, reply) => {
    const id = idParam(request.params.id);
    const { fields, file } = await readFileForm(request);
    // The form's own input, kept on a 422 like any other form's.
    request.body = fields;
    return submitForm(request, reply, {
      run: () => tasks.addEvidence(request.ctx, id, fields, file),
      invalid: (evidence) => taskPage(request, reply, id, { evidence }),
      done: () => reply.flash('success', 'Đã thêm minh chứng.').redirect(`${taskPath(id)}#evidence`, 303),
    });
  });

  app.post<IdParams>('/admin/minh-chung/:id/xoa', async (request, reply) => {
    const evidence = await tasks.removeEvidence(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa minh chứng.').redirect(`${taskPath(evidence.taskId)}#evidence`, 303);
  });

  app.get<IdParams>('/admin/minh-chung/:id/tep', async (request, reply) => sendStoredFile(reply, await tasks.evidenceFile(request.ctx, idParam(request.params.id)), 'minh-chung'));
}
