import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { TasksTable } from '../../platform/db/schema.tasks.js';
import type { Schedule, TaskSource, TaskStatus } from './tasks.schema.js';

/** The plan a task belongs to, as this module needs it (read from the plans tables, never written). */
export type PlanInfo = {
  id: number;
  organizationId: number;
  year: number;
  title: string;
  /** "45/KH-STTTT", or '' before the plan is numbered. */
  code: string;
  fundingText: string;
  fundingAmount: number | null;
  /** 'draft' | 'issued' | 'inProgress' | 'closed' (the plans module's states). */
  status: string;
};

export type PlanTopic = { id: number; code: string; text: string };
export type PlanChannel = { id: number; code: string; kind: string; text: string };
export type UnitRef = { id: number; name: string; code: string; isCoordinating: boolean };
export type Person = { id: number; fullName: string; unitId: number | null };

export type Task = {
  id: number;
  planId: number;
  source: TaskSource;
  topicId: number | null;
  channelId: number | null;
  position: number;
  title: string;
  leadUnitId: number | null;
  cooperatingUnitIds: number[];
  assigneeId: number | null;
  assigneeName: string;
  schedule: Schedule;
  /** 'YYYY-MM-DD' for a deadline; null for a recurrence. */
  dueOn: string | null;
  targetCount: number | null;
  targetUnit: string;
  status: TaskStatus;
  notes: string;
  updatedAt: string;
};

export type TaskFields = Pick<
  Task,
  'source' | 'topicId' | 'channelId' | 'title' | 'leadUnitId' | 'cooperatingUnitIds' | 'assigneeId' | 'schedule' | 'dueOn' | 'targetCount' | 'targetUnit' | 'status' | 'notes'
>;

export async function findPlan(db: Kysely<DB>, id: number): Promise<PlanInfo | null> {
  const r = await db
    .selectFrom('plans')
    .select(['id', 'organization_id', 'year', 'title', 'number', 'symbol', 'funding_text', 'funding_amount', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    organizationId: r.organization_id,
    year: r.year,
    title: r.title,
    code: r.number && r.symbol ? `${r.number}/${r.symbol}` : '',
    fundingText: r.funding_text,
    fundingAmount: r.funding_amount,
    status: r.status,
  };
}

export async function planTopics(db: Kysely<DB>, planId: number): Promise<PlanTopic[]> {
  return db.selectFrom('plan_topics').select(['id', 'code', 'text']).where('plan_id', '=', planId).orderBy('position').execute();
}

export async function planChannels(db: Kysely<DB>, planId: number): Promise<PlanChannel[]> {
  return db.selectFrom('plan_channels').select(['id', 'code', 'kind', 'text']).where('plan_id', '=', planId).orderBy('position').execute();
}

/** The agency's active units in their order; the coordinating one is the Office. */
export async function units(db: Kysely<DB>, organizationId: number): Promise<UnitRef[]> {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name', 'code', 'is_coordinating'])
    .where('organization_id', '=', organizationId)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, code: r.code, isCoordinating: r.is_coordinating === 1 }));
}

/** Active staff of the agency, for "người phụ trách" (read-only: the users module has no such query). */
export async function people(db: Kysely<DB>, organizationId: number): Promise<Person[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'full_name', 'unit_id'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'active')
    .orderBy('full_name')
    .execute();
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, unitId: r.unit_id }));
}

type TaskRow = Selectable<TasksTable> & { assignee_name: string | null };

const toTask = (r: TaskRow, cooperating: number[]): Task => ({
  id: r.id,
  planId: r.plan_id,
  source: r.source as TaskSource,
  topicId: r.topic_id,
  channelId: r.channel_id,
  position: r.position,
  title: r.title,
  leadUnitId: r.lead_unit_id,
  cooperatingUnitIds: cooperating,
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name ?? '',
  schedule: r.schedule as Schedule,
  dueOn: r.due_on,
  targetCount: r.target_count,
  targetUnit: r.target_unit,
  status: r.status as TaskStatus,
  notes: r.notes,
  updatedAt: r.updated_at,
});

const taskQuery = (db: Kysely<DB>) =>
  db.selectFrom('tasks as t').leftJoin('users as u', 'u.id', 't.assignee_id').selectAll('t').select('u.full_name as assignee_name');

async function withCooperating(db: Kysely<DB>, rows: TaskRow[]): Promise<Task[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('task_cooperating_units')
    .select(['task_id', 'unit_id'])
    .where(
      'task_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('unit_id')
    .execute();
  return rows.map((r) => toTask(r, links.filter((l) => l.task_id === r.id).map((l) => l.unit_id)));
}

export async function listTasks(db: Kysely<DB>, planId: number): Promise<Task[]> {
  return withCooperating(db, await taskQuery(db).where('t.plan_id', '=', planId).orderBy('t.position').orderBy('t.id').execute());
}

export async function findTask(db: Kysely<DB>, id: number): Promise<Task | null> {
  const row = await taskQuery(db).where('t.id', '=', id).executeTakeFirst();
  return row ? ((await withCooperating(db, [row]))[0] ?? null) : null;
}

const taskColumns = (f: TaskFields) => ({
  source: f.source,
  topic_id: f.topicId,
  channel_id: f.channelId,
  title: f.title,
  lead_unit_id: f.leadUnitId,
  assignee_id: f.assigneeId,
  schedule: f.schedule,
  due_on: f.dueOn,
  target_count: f.targetCount,
  target_unit: f.targetUnit,
  status: f.status,
  notes: f.notes,
});

async function setCooperating(db: Kysely<DB>, taskId: number, unitIds: readonly number[]) {
  await db.deleteFrom('task_cooperating_units').where('task_id', '=', taskId).execute();
  if (unitIds.length > 0) await db.insertInto('task_cooperating_units').values(unitIds.map((unit_id) => ({ task_id: taskId, unit_id }))).execute();
}

export async function insertTask(db: Kysely<DB>, planId: number, fields: TaskFields, now: string): Promise<number> {
  const last = await db.selectFrom('tasks').select((eb) => eb.fn.max('position').as('p')).where('plan_id', '=', planId).executeTakeFirst();
  const { id } = await db
    .insertInto('tasks')
    .values({ plan_id: planId, position: Number(last?.p ?? 0) + 1, ...taskColumns(fields), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setCooperating(db, id, fields.cooperatingUnitIds);
  return id;
}

export async function updateTask(db: Kysely<DB>, id: number, fields: TaskFields, now: string) {
  await db
    .updateTable('tasks')
    .set({ ...taskColumns(fields), updated_at: now })
    .where('id', '=', id)
    .execute();
  await setCooperating(db, id, fields.cooperatingUnitIds);
}

export async function deleteTask(db: Kysely<DB>, id: number) {
  await db.deleteFrom('tasks').where('id', '=', id).execute();
}
