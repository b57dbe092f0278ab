import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { StoredFile } from './files.js';
import { authorColumns, fileColumns, fileOf, type Author } from './row-columns.js';

export type BudgetLine = { id: number; planId: number; name: string; amount: number; spent: number };

export type Expense = {
  id: number;
  lineId: number;
  lineName: string;
  planId: number;
  spentOn: string;
  amount: number;
  description: string;
  receipt: Omit<StoredFile, 'storageKey'> | null;
  storageKey: string | null;
  createdByName: string;
};

export async function listLines(db: Kysely<DB>, planId: number): Promise<BudgetLine[]> {
  const rows = await db
    .selectFrom('budget_lines as l')
    .leftJoin('expenses as e', 'e.line_id', 'l.id')
    .select(['l.id', 'l.plan_id', 'l.name', 'l.amount', (eb) => eb.fn.coalesce(eb.fn.sum<number>('e.amount'), eb.lit(0)).as('spent')])
    .where('l.plan_id', '=', planId)
    .groupBy(['l.id', 'l.plan_id', 'l.name', 'l.amount', 'l.position'])
    .orderBy('l.position')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => ({ id: r.id, planId: r.plan_id, name: r.name, amount: Number(r.amount), spent: Number(r.spent) }));
}

const expenseQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('expenses as e')
    .innerJoin('budget_lines as l', 'l.id', 'e.line_id')
    .select(['e.id', 'e.line_id', 'l.name as line_name', 'l.plan_id', 'e.spent_on', 'e.amount', 'e.description', 'e.storage_key', 'e.file_name', 'e.mime', 'e.size', 'e.created_by_name']);

type ExpenseRow = Awaited<ReturnType<ReturnType<typeof expenseQuery>['executeTakeFirstOrThrow']>>;

const toExpense = (r: ExpenseRow): Expense => ({
  id: r.id,
  lineId: r.line_id,
  lineName: r.line_name,
  planId: r.plan_id,
  spentOn: r.spent_on,
  amount: Number(r.amount),
  description: r.description,
  receipt: fileOf(r),
  storageKey: r.storage_key,
  createdByName: r.created_by_name,
});

export async function listExpenses(db: Kysely<DB>, planId: number): Promise<Expense[]> {
  return (await expenseQuery(db).where('l.plan_id', '=', planId).orderBy('e.spent_on', 'desc').orderBy('e.id', 'desc').execute()).map(toExpense);
}

export async function findExpense(db: Kysely<DB>, id: number): Promise<Expense | null> {
  const row = await expenseQuery(db).where('e.id', '=', id).executeTakeFirst();
  return row ? toExpense(row) : null;
}

export async function findLine(db: Kysely<DB>, id: number) {
  return db.selectFrom('budget_lines').select(['id', 'plan_id', 'name', 'amount']).where('id', '=', id).executeTakeFirst();
}

export async function insertLine(db: Kysely<DB>, planId: number, values: { name: string; amount: number }, now: string) {
  const last = await db.selectFrom('budget_lines').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', planId).executeTakeFirst();
  const { id } = await db
    .insertInto('budget_lines')
    .values({ plan_id: planId, position: Number(last?.p ?? 0) + 1, name: values.name, amount: values.amount, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteLine(db: Kysely<DB>, id: number) {
  await db.deleteFrom('budget_lines').where('id', '=', id).execute();
}

export async function insertExpense(
  db: Kysely<DB>,
  values: { lineId: number; spentOn: string; amount: number; description: string },
  receipt: StoredFile | null,
  by: Author,
  now: string,
) {
  const { id } = await db
    .insertInto('expenses')
    .values({
      line_id: values.lineId,
      spent_on: values.spentOn,
      amount: values.amount,
      description: values.description,
      ...fileColumns(receipt),
      ...authorColumns(by),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteExpense(db: Kysely<DB>, id: number) {
  await db.deleteFrom('expenses').where('id', '=', id).execute();
}
