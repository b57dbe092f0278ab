import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { Storage } from '../../platform/storage/storage.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { parseVnDate, vnDateKey } from '../../shared/dates.js';
import { formatDong } from '../../shared/money.js';
import { MAX_AMOUNT, parseDong } from './budget.amount.js';
import * as repo from './budget.repo.js';
import { removingOnFailure, storeFile } from './files.js';
import { authorOf } from './row-columns.js';
import { planAccess } from './plan-access.js';
import { tasksPolicy as policy } from './tasks.policy.js';
import { AddExpense, SaveBudgetLine } from './tasks.schema.js';

export type { BudgetLine, Expense } from './budget.repo.js';

export type BudgetTotals = { planned: number; spent: number; remaining: number };

/** The sums of a budget: planned, spent and what remains, over its lines. */
export function totalsOf(lines: readonly repo.BudgetLine[]): BudgetTotals {
  const planned = lines.reduce((sum, l) => sum + l.amount, 0);
  const spent = lines.reduce((sum, l) => sum + l.spent, 0);
  return { planned, spent, remaining: planned - spent };
}

/** An amount field: whole đồng, more than zero, at most MAX_AMOUNT. */
function amountOf(field: string, text: string): number {
  const value = parseDong(text);
  if (value === null) throw new ValidationError({ [field]: 'Số tiền không hợp lệ; nhập số đồng, ví dụ 15.000.000.' });
  if (value <= 0) throw new ValidationError({ [field]: 'Số tiền phải lớn hơn 0 đồng.' });
  if (value > MAX_AMOUNT) throw new ValidationError({ [field]: `Số tiền không được vượt quá ${formatDong(MAX_AMOUNT)}.` });
  return value;
}

export type BudgetService = ReturnType<typeof createBudgetService>;

/**
 * Section IV of a plan: the lines money is planned on, the expenses against them with their
 * receipts, and what remains. Staff who read the plan read its budget; leaders and the Office keep it.
 */
export function createBudgetService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; storage: Storage }) {
  const { db, clock, audit, storage } = deps;

  async function access(ctx: RequestContext, planId: number, action: 'read' | 'manage') {
    const found = await planAccess(db, ctx, planId);
    policy.assert(found.ctx.actor, action, found.subject);
    return found;
  }

  async function mustFindExpense(id: number) {
    const expense = await repo.findExpense(db, id);
    if (!expense) throw new NotFoundError('Không tìm thấy khoản chi.');
    return expense;
  }

  return {
    async page(ctx: RequestContext, planId: number) {
      const found = await access(ctx, planId, 'read');
      const lines = await repo.listLines(db, planId);
      return {
        plan: found.plan,
        lines,
        expenses: await repo.listExpenses(db, planId),
        totals: totalsOf(lines),
        canManage: policy.can(found.ctx.actor, 'manage', found.subject),
      };
    },

    /** The budget's lines and totals for the dashboard. */
    async overview(ctx: RequestContext, planId: number) {
      await access(ctx, planId, 'read');
      const lines = await repo.listLines(db, planId);
      return { lines, ...totalsOf(lines) };
    },

    async addLine(ctx: RequestContext, planId: number, input: unknown) {
      const found = await access(ctx, planId, 'manage');
      const v = parseCommand(SaveBudgetLine, input);
      const values = { name: v.name, amount: amountOf('amount', v.amount) };
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertLine(trx, planId, values, isoNow(clock));
        await audit(trx, found.ctx, { action: 'create', subjectType: 'budget_line', subjectId: id, organizationId: found.plan.organizationId, summary: `${values.name}: ${formatDong(values.amount)}`, changes: { planId, ...values } });
        return id;
      });
    },

    /** A line with expenses stays: removing it would lose what was spent. */
    async removeLine(ctx: RequestContext, lineId: number) {
      const line = await repo.findLine(db, lineId);
      if (!line) throw new NotFoundError('Không tìm thấy mục kinh phí.');
      const found = await access(ctx, line.plan_id, 'manage');
      const current = (await repo.listLines(db, line.plan_id)).find((l) => l.id === lineId);
      if (current && current.spent > 0) throw new ConflictError('Mục kinh phí đã có khoản chi; hãy xóa các khoản chi trước khi xóa mục.');
      await db.transaction().execute(async (trx) => {
        await repo.deleteLine(trx, lineId);
        await audit(trx, found.ctx, { action: 'delete', subjectType: 'budget_line', subjectId: lineId, organizationId: found.plan.organizationId, summary: line.name });
      });
      return { planId: line.plan_id, name: line.name };
    },

    /**
     * An expense against a line, with its receipt (optional: some are paid on a list signed later).
     * It may not exceed what remains on the line: the line is raised first, so the plan's budget stays true.
     */
    async addExpense(ctx: RequestContext, planId: number, input: unknown, file: UploadedFile | null) {
      const found = await access(ctx, planId, 'manage');
      const v = parseCommand(AddExpense, input);
      const line = (await repo.listLines(db, planId)).find((l) => l.id === v.lineId);
      if (!line) throw new ValidationError({ lineId: 'Vui lòng chọn mục kinh phí của kế hoạch này.' });
      const spentOn = parseVnDate(v.spentOn);
      if (!spentOn) throw new ValidationError({ spentOn: 'Ngày chi không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2023.' });
      if (spentOn > vnDateKey(clock.now())) throw new ValidationError({ spentOn: 'Ngày chi không được sau ngày hôm nay.' });
      const amount = amountOf('amount', v.amount);
      const left = line.amount - line.spent;
      if (amount > left) throw new ValidationError({ amount: `Số tiền vượt số còn lại của mục “${line.name}” (${formatDong(left)}).` });
      const receipt = file ? await storeFile(storage, file, 'receipt', `budget/${planId}`) : null;
      const values = { lineId: line.id, spentOn, amount, description: v.description };
      return removingOnFailure(storage, receipt, () =>
        db.transaction().execute(async (trx) => {
          const id = await repo.insertExpense(trx, values, receipt, authorOf(found.ctx), isoNow(clock));
          await audit(trx, found.ctx, { action: 'create', subjectType: 'expense', subjectId: id, organizationId: found.plan.organizationId, summary: `${line.name}: ${formatDong(amount)}`, changes: { planId, ...values, receipt: receipt?.fileName ?? null } });
          return id;
        }),
      );
    },

    async removeExpense(ctx: RequestContext, id: number) {
      const expense = await mustFindExpense(id);
      const found = await access(ctx, expense.planId, 'manage');
      await db.transaction().execute(async (trx) => {
        await repo.deleteExpense(trx, id);
        await audit(trx, found.ctx, { action: 'delete', subjectType: 'expense', subjectId: id, organizationId: found.plan.organizationId, summary: `${expense.lineName}: ${formatDong(expense.amount)}` });
      });
      if (expense.storageKey) await storage.remove(expense.storageKey);
      return expense;
    },

    async receipt(ctx: RequestContext, id: number) {
      const expense = await mustFindExpense(id);
      if (!expense.storageKey || !expense.receipt) throw new NotFoundError('Khoản chi này không có chứng từ.');
      await access(ctx, expense.planId, 'read');
      return { ...expense.receipt, id: expense.id, stream: await storage.read(expense.storageKey) };
    },
  };
}
