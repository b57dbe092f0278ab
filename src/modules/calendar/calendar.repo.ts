import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { CalendarEntry } from '../../shared/working-days.js';

export type CalendarDay = CalendarEntry & { source: 'computed' | 'manual' };

export async function listDays(db: Kysely<DB>, from?: string, to?: string): Promise<CalendarDay[]> {
  const rows = await db
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name', 'source'])
    .$if(from !== undefined, (qb) => qb.where('date', '>=', from!))
    .$if(to !== undefined, (qb) => qb.where('date', '<=', to!))
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ date: r.date, kind: r.kind as CalendarEntry['kind'], name: r.name, source: r.source as CalendarDay['source'] }));
}

export async function prefilledYears(db: Kysely<DB>): Promise<number[]> {
  return (await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year);
}

/** Computed days never overwrite a day an administrator has set by hand. */
export async function insertComputed(db: Kysely<DB>, year: number, days: CalendarEntry[], now: string) {
  for (const day of days) {
    await db
      .insertInto('calendar_days')
      .values({ date: day.date, kind: day.kind, name: day.name, source: 'computed', updated_at: now })
      .onConflict((oc) => oc.column('date').doNothing())
      .execute();
  }
  await db.insertInto('calendar_years').values({ year, prefilled_at: now }).onConflict((oc) => oc.column('year').doNothing()).execute();
}

export async function upsertDay(db: Kysely<DB>, day: CalendarEntry, now: string) {
  const values = { date: day.date, kind: day.kind, name: day.name, source: 'manual', updated_at: now };
  await db
    .insertInto('calendar_days')
    .values(values)
    .onConflict((oc) => oc.column('date').doUpdateSet(values))
    .execute();
}

export async function findDay(db: Kysely<DB>, date: string) {
  return db.selectFrom('calendar_days').select(['date', 'kind', 'name', 'source']).where('date', '=', date).executeTakeFirst();
}

export async function deleteDay(db: Kysely<DB>, date: string) {
  await db.deleteFrom('calendar_days').where('date', '=', date).execute();
}
