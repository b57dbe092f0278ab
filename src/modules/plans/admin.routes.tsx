import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { NotFoundError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import { idParam } from '../../platform/http/params.js';
import { filteredList, submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { EditPlanPage, ItemPage, NewPlanPage, planValues, PlanPage, PlansPage, ReceivedPage, RecipientPage, SECTIONS } from './admin.views.js';
import { isListSection, PLAN_STATUSES, type ListSection } from './plans.schema.js';

type Body = Record<string, string>;
type IdParams = { Params: { id: string } };
type ItemParams = { Params: { id: string; section: string; itemId: string } };
type RecipientParams = { Params: { id: string; recipientId: string } };

const sectionParam = (value: string): ListSection => {
  if (!isListSection(value)) throw new NotFoundError();
  return value;
};

/** The parser names the text `file` (as the CLI reads one); on the page it is the `text` field. */
const textErrors = ({ file, ...others }: FieldErrors): FieldErrors => (file ? { text: file, ...others } : others);

/** Where the plan page's model keeps each section's items. */
const LISTS = { purpose: 'purposes', requirement: 'requirements', topic: 'topics', channel: 'channels', responsibility: 'responsibilities' } as const satisfies Record<ListSection, string>;

/** 'new' or an id, for pages that add or edit one thing. */
const newOrId = (value: string) => (value === 'new' ? null : idParam(value));

/** The back office of plans: list, import from text, the plan page, each part's form, issue and distribution. */
export async function adminRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { plans } = services;
  app.addHook('onRequest', requireActor);

  app.get<{ Querystring: Record<string, string> }>('/admin/plans', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => plans.list(request.ctx, input));
    return reply.render(<PlansPage ctx={await reply.viewContext()} plans={result.plans} years={result.years} filters={filters} />, status);
  });

  app.get('/admin/plans/new', async (request, reply) => {
    await plans.assertCanCreate(request.ctx);
    return reply.render(<NewPlanPage ctx={await reply.viewContext()} form={emptyForm()} />);
  });

  app.post<{ Body: Body }>('/admin/plans/new', async (request, reply) =>
    submitForm(request, reply, {
      run: () => plans.importText(request.ctx, String(request.body.text ?? ''), { number: request.body.number || undefined, issuedOn: request.body.issuedOn || undefined }),
      invalid: async (form) => <NewPlanPage ctx={await reply.viewContext()} form={{ ...form, errors: textErrors(form.errors) }} />,
      done: (id) => reply.flash('success', 'Đã đọc và lưu kế hoạch dự thảo. Hãy kiểm tra từng phần và chọn người nhận trước khi ban hành.').redirect(`/admin/plans/${id}`, 303),
    }),
  );

  app.get('/admin/plans/received', async (request, reply) => reply.render(<ReceivedPage ctx={await reply.viewContext()} received={await plans.received(request.ctx)} />));

  app.post<IdParams>('/admin/plan-recipients/:id/acknowledge', async (request, reply) => {
    const recipient = await plans.acknowledge(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xác nhận đã nhận kế hoạch (nơi nhận: ${recipient.name}).`).redirect('/admin/plans/received', 303);
  });

  app.get<IdParams>('/admin/plans/:id', async (request, reply) => reply.render(<PlanPage ctx={await reply.viewContext()} view={await plans.get(request.ctx, idParam(request.params.id))} />));

  app.get<IdParams>('/admin/plans/:id/docx', async (request, reply) => {
    const { buffer, fileName } = await plans.docx(request.ctx, idParam(request.params.id));
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .send(buffer);
  });

  async function editPage(request: FastifyRequest, reply: FastifyReply, id: number, form?: FormState) {
    await plans.assertCanManage(request.ctx, id);
    const { plan } = await plans.get(request.ctx, id);
    return <EditPlanPage ctx={await reply.viewContext()} plan={plan} form={form ?? emptyForm(planValues(plan))} />;
  }

  app.get<IdParams>('/admin/plans/:id/edit', async (request, reply) => reply.render(await editPage(request, reply, idParam(request.params.id))));

  app.post<IdParams & { Body: Body }>('/admin/plans/:id/edit', async (request, reply) => {
    const id = idParam(request.params.id);
    return submitForm(request, reply, {
      run: () => plans.updateHeader(request.ctx, id, request.body),
      invalid: (form) => editPage(request, reply, id, form),
      done: () => reply.flash('success', 'Đã lưu thay đổi.').redirect(`/admin/plans/${id}`, 303),
    });
  });

  app.post<IdParams>('/admin/plans/:id/advance', async (request, reply) => {
    const id = idParam(request.params.id);
    let moved;
    try {
      moved = await plans.advance(request.ctx, id);
    } catch (error) {
      // Issuing needs what the header form holds (the number): go there, saying what is missing.
      if (!(error instanceof ValidationError)) throw error;
      return reply.flash('warning', Object.values(error.fields).join(' ')).redirect(`/admin/plans/${id}/edit`, 303);
    }
    const { status, notified } = moved;
    const sentTo = status === 'issued' ? ` Đã gửi đến ${notified} nơi nhận bản điện tử.` : '';
    return reply.flash('success', `Kế hoạch chuyển sang “${PLAN_STATUSES[status]}”.${sentTo}`).redirect(`/admin/plans/${id}`, 303);
  });

  async function itemPage(request: FastifyRequest, reply: FastifyReply, id: number, section: ListSection, itemId: number | null, form?: FormState) {
    await plans.assertCanManage(request.ctx, id);
    const view = await plans.get(request.ctx, id);
    const item = itemId === null ? null : view[LISTS[section]].find((i) => i.id === itemId);
    if (itemId !== null && !item) throw new NotFoundError('Không tìm thấy mục này của kế hoạch.');
    const values = item ? { text: item.text, kind: item.kind ?? '' } : { kind: 'other' };
    return <ItemPage ctx={await reply.viewContext()} plan={view.plan} section={section} itemId={itemId} form={form ?? emptyForm(values)} />;
  }

  app.get<ItemParams>('/admin/plans/:id/items/:section/:itemId', async (request, reply) =>
    reply.render(await itemPage(request, reply, idParam(request.params.id), sectionParam(request.params.section), newOrId(request.params.itemId))),
  );

  app.post<ItemParams & { Body: Body }>('/admin/plans/:id/items/:section/:itemId', async (request, reply) => {
    const id = idParam(request.params.id);
    const section = sectionParam(request.params.section);
    const itemId = newOrId(request.params.itemId);
    return submitForm(request, reply, {
      run: () => plans.saveItem(request.ctx, id, section, itemId, request.body),
      invalid: (form) => itemPage(request, reply, id, section, itemId, form),
      done: () => reply.flash('success', `Đã lưu ${SECTIONS[section].item}.`).redirect(`/admin/plans/${id}`, 303),
    });
  });

  app.post<ItemParams>('/admin/plans/:id/items/:section/:itemId/delete', async (request, reply) => {
    const id = idParam(request.params.id);
    const section = sectionParam(request.params.section);
    await plans.removeItem(request.ctx, id, section, idParam(request.params.itemId));
    return reply.flash('success', `Đã xóa ${SECTIONS[section].item}; các ý sau được đánh số lại.`).redirect(`/admin/plans/${id}`, 303);
  });

  async function recipientPage(request: FastifyRequest, reply: FastifyReply, id: number, recipientId: number | null, form?: FormState) {
    const choices = await plans.targetChoices(request.ctx, id);
    const { plan, recipients } = await plans.get(request.ctx, id);
    const recipient = recipients.find((r) => r.id === recipientId);
    if (recipientId !== null && !recipient) throw new NotFoundError('Không tìm thấy nơi nhận này.');
    const values: Record<string, string> = recipient
      ? { name: recipient.name, delivery: recipient.delivery, purpose: recipient.purpose, target: recipient.target ? `${recipient.target.kind}:${recipient.target.id}` : '' }
      : { delivery: 'electronic', purpose: 'execute' };
    return <RecipientPage ctx={await reply.viewContext()} plan={plan} recipientId={recipientId} choices={choices} form={form ?? emptyForm(values)} />;
  }

  app.get<RecipientParams>('/admin/plans/:id/recipients/:recipientId', async (request, reply) =>
    reply.render(await recipientPage(request, reply, idParam(request.params.id), newOrId(request.params.recipientId))),
  );

  app.post<RecipientParams & { Body: Body }>('/admin/plans/:id/recipients/:recipientId', async (request, reply) => {
    const id = idParam(request.params.id);
    const recipientId = newOrId(request.params.recipientId);
    return submitForm(request, reply, {
      run: () => plans.saveRecipient(request.ctx, id, recipientId, request.body),
      invalid: (form) => recipientPage(request, reply, id, recipientId, form),
      done: () => reply.flash('success', 'Đã lưu nơi nhận.').redirect(`/admin/plans/${id}#recipients-heading`, 303),
    });
  });

  app.post<RecipientParams>('/admin/plans/:id/recipients/:recipientId/delete', async (request, reply) => {
    const id = idParam(request.params.id);
    await plans.removeRecipient(request.ctx, id, idParam(request.params.recipientId));
    return reply.flash('success', 'Đã xóa nơi nhận.').redirect(`/admin/plans/${id}#recipients-heading`, 303);
  });

  app.post<RecipientParams>('/admin/plans/:id/recipients/:recipientId/remind', async (request, reply) => {
    const id = idParam(request.params.id);
    const mailed = await plans.remind(request.ctx, id, idParam(request.params.recipientId));
    return reply.flash('success', `Đã gửi thư nhắc đến ${mailed} người.`).redirect(`/admin/plans/${id}#recipients-heading`, 303);
  });
}
