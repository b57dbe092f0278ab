import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm } from '../../platform/views/components/form.js';
import type { ModuleOptions } from '../module.js';
import { BudgetPage, type BudgetForms } from './budget.views.js';
import { readFileForm, sendStoredFile } from './files.js';
import { planBudgetPath } from './plan.views.js';

type Body = Record<string, string | string[]>;
type PlanParams = { Params: { planId: string } };
type IdParams = { Params: { id: string } };

/** Section IV of a plan: budget lines, expenses with receipts. */
export async function budgetRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { budget } = services;
  app.addHook('onRequest', requireActor);

  async function page(request: FastifyRequest, reply: FastifyReply, planId: number, forms: Partial<BudgetForms> = {}) {
    const model = await budget.page(request.ctx, planId);
    return <BudgetPage ctx={await reply.viewContext()} model={model} forms={{ line: forms.line ?? emptyForm(), expense: forms.expense ?? emptyForm() }} />;
  }

  app.get<PlanParams>('/admin/plans/:planId/kinh-phi', async (request, reply) => reply.render(await page(request, reply, idParam(request.params.planId))));

  app.post<PlanParams & { Body: Body }>('/admin/plans/:planId/kinh-phi/muc', async (request, reply) => {
    const planId = idParam(request.params.planId);
    return submitForm(request, reply, {
      run: () => budget.addLine(request.ctx, planId, request.body),
      invalid: (line) => page(request, reply, planId, { line }),
      done: () => reply.flash('success', 'Đã thêm mục kinh phí.').redirect(planBudgetPath(planId), 303),
    });
  });

  app.post<IdParams>('/admin/muc-kinh-phi/:id/xoa', async (request, reply) => {
    const line = await budget.removeLine(request.ctx, idParam(request.params.id));
    return reply.flash('success', `Đã xóa mục kinh phí “${line.name}”.`).redirect(planBudgetPath(line.planId), 303);
  });

  app.post<PlanParams>('/admin/plans/:planId/kinh-phi/chi', async (request, reply) => {
    const planId = idParam(request.params.planId);
    const { fields, file } = await readFileForm(request);
    // The form's own input, kept on a 422 like any other form's.
    request.body = fields;
    return submitForm(request, reply, {
      run: () => budget.addExpense(request.ctx, planId, fields, file),
      invalid: (expense) => page(request, reply, planId, { expense }),
      done: () => reply.flash('success', 'Đã thêm khoản chi.').redirect(planBudgetPath(planId), 303),
    });
  });

  app.post<IdParams>('/admin/khoan-chi/:id/xoa', async (request, reply) => {
    const expense = await budget.removeExpense(request.ctx, idParam(request.params.id));
    return reply.flash('success', 'Đã xóa khoản chi.').redirect(planBudgetPath(expense.planId), 303);
  });

  app.get<IdParams>('/admin/khoan-chi/:id/chung-tu', async (request, reply) => sendStoredFile(reply, await budget.receipt(request.ctx, idParam(request.params.id)), 'chung-tu'));
}
