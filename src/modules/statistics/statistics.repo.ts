import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ResolutionStatisticsTable } from '../../platform/db/schema.statistics.js';
import type { Figures } from './statistics.schema.js';

/** One month of one field: the unit of import, correction and every aggregate. */
export type StatRow = Figures & {
  id: number;
  organizationId: number;
  year: number;
  month: number;
  field: string;
  fieldKey: string;
  updatedAt: string;
};

/** What an import or a correction writes. */
export type StatValues = Figures & { year: number; month: number; field: string; fieldKey: string };

export type StatQuery = { organizationId: number; year?: number; months?: readonly number[]; fieldKey?: string };

const toRow = (r: Selectable<ResolutionStatisticsTable>): StatRow => ({
  id: r.id,
  organizationId: r.organization_id,
  year: r.year,
  month: r.month,
  field: r.field,
  fieldKey: r.field_key,
  receivedOnline: r.received_online,
  receivedInPerson: r.received_in_person,
  resolvedOnTime: r.resolved_on_time,
  resolvedLate: r.resolved_late,
  inProgress: r.in_progress,
  overdue: r.overdue,
  updatedAt: r.updated_at,
});

const figureColumns = (v: Figures) => ({
  received_online: v.receivedOnline,
  received_in_person: v.receivedInPerson,
  resolved_on_time: v.resolvedOnTime,
  resolved_late: v.resolvedLate,
  in_progress: v.inProgress,
  overdue: v.overdue,
});

export async function listRows(db: Kysely<DB>, q: StatQuery): Promise<StatRow[]> {
  const rows = await db
    .selectFrom('resolution_statistics')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .$if(q.year !== undefined, (qb) => qb.where('year', '=', q.year!))
    .$if(q.months !== undefined && q.months.length > 0, (qb) => qb.where('month', 'in', [...q.months!]))
    .$if(q.fieldKey !== undefined, (qb) => qb.where('field_key', '=', q.fieldKey!))
    .orderBy('year')
    .orderBy('month')
    .orderBy('field_key')
    .execute();
  return rows.map(toRow);
}

export async function findRow(db: Kysely<DB>, id: number): Promise<StatRow | null> {
  const r = await db.selectFrom('resolution_statistics').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toRow(r) : null;
}

export async function years(db: Kysely<DB>, organizationId: number): Promise<number[]> {
  const rows = await db.selectFrom('resolution_statistics').select('year').distinct().where('organization_id', '=', organizationId).orderBy('year', 'desc').execute();
  return rows.map((r) => r.year);
}

/** Each field once, with the spelling of its most recent row. */
export async function fields(db: Kysely<DB>, organizationId: number): Promise<{ key: string; name: string }[]> {
  const rows = await db
    .selectFrom('resolution_statistics')
    .select(['field_key', 'field'])
    .where('organization_id', '=', organizationId)
    .orderBy('year', 'desc')
    .orderBy('month', 'desc')
    .execute();
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(r.field_key)) seen.set(r.field_key, r.field);
  return [...seen].map(([key, name]) => ({ key, name }));
}

/** Identity of every row of the organization, for an import to tell new rows from replacements. */
export async function keys(db: Kysely<DB>, organizationId: number): Promise<Map<string, number>> {
  const rows = await db.selectFrom('resolution_statistics').select(['id', 'year', 'month', 'field_key']).where('organization_id', '=', organizationId).execute();
  return new Map(rows.map((r) => [rowKey(r.year, r.month, r.field_key), r.id]));
}

export const rowKey = (year: number, month: number, fieldKey: string) => `${year}-${month}-${fieldKey}`;

export async function insertRows(db: Kysely<DB>, organizationId: number, values: StatValues[], now: string) {
  // 14 parameters a row: 500 rows stay far below either engine's limit on bound parameters.
  for (let i = 0; i < values.length; i += 500) {
    await db
      .insertInto('resolution_statistics')
      .values(
        values.slice(i, i + 500).map((v) => ({
          organization_id: organizationId,
          year: v.year,
          month: v.month,
          field: v.field,
          field_key: v.fieldKey,
          ...figureColumns(v),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
}

export async function replaceRow(db: Kysely<DB>, id: number, v: StatValues, now: string) {
  await db.updateTable('resolution_statistics').set({ field: v.field, ...figureColumns(v), updated_at: now }).where('id', '=', id).execute();
}

export async function updateFigures(db: Kysely<DB>, id: number, v: Figures, now: string) {
  await db.updateTable('resolution_statistics').set({ ...figureColumns(v), updated_at: now }).where('id', '=', id).execute();
}

export async function deleteRow(db: Kysely<DB>, id: number) {
  await db.deleteFrom('resolution_statistics').where('id', '=', id).execute();
}

export type PendingImport = { token: string; organizationId: number; userId: number | null; fileName: string; rows: StatValues[]; createdAt: string };

export async function savePending(db: Kysely<DB>, p: PendingImport) {
  await db
    .insertInto('statistics_imports')
    .values({ token: p.token, organization_id: p.organizationId, user_id: p.userId, file_name: p.fileName, rows: JSON.stringify(p.rows), created_at: p.createdAt })
    .execute();
}

export async function findPending(db: Kysely<DB>, token: string): Promise<PendingImport | null> {
  const r = await db.selectFrom('statistics_imports').selectAll().where('token', '=', token).executeTakeFirst();
  if (!r) return null;
  return { token: r.token, organizationId: r.organization_id, userId: r.user_id, fileName: r.file_name, rows: JSON.parse(r.rows) as StatValues[], createdAt: r.created_at };
}

export async function deletePending(db: Kysely<DB>, token: string) {
  await db.deleteFrom('statistics_imports').where('token', '=', token).execute();
}

/** Uploads nobody confirmed are dropped after a day. */
export async function prunePending(db: Kysely<DB>, before: string) {
  await db.deleteFrom('statistics_imports').where('created_at', '<', before).execute();
}
