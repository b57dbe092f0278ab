import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { Author } from './row-columns.js';
import type { DisseminationForm } from './tasks.schema.js';

/** One record of a unit passing the plan on to its staff (V.1). */
export type Dissemination = {
  id: number;
  unitId: number;
  heldOn: string;
  form: DisseminationForm;
  attendance: number;
  note: string;
  recordedByName: string;
};

export type DisseminationFields = Omit<Dissemination, 'id' | 'recordedByName'>;

export async function listDisseminations(db: Kysely<DB>, planId: number): Promise<Dissemination[]> {
  const rows = await db
    .selectFrom('plan_disseminations')
    .select(['id', 'unit_id', 'held_on', 'form', 'attendance', 'note', 'recorded_by_name'])
    .where('plan_id', '=', planId)
    .orderBy('held_on')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, heldOn: r.held_on, form: r.form as DisseminationForm, attendance: r.attendance, note: r.note, recordedByName: r.recorded_by_name }));
}

export async function insertDissemination(db: Kysely<DB>, planId: number, fields: DisseminationFields, by: Author, now: string) {
  const { id } = await db
    .insertInto('plan_disseminations')
    .values({
      plan_id: planId,
      unit_id: fields.unitId,
      held_on: fields.heldOn,
      form: fields.form,
      attendance: fields.attendance,
      note: fields.note,
      recorded_by: by.id > 0 ? by.id : null,
      recorded_by_name: by.name,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
