import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Installation-wide key/value settings (JSON values), such as which organization the portal shows. */
export async function readSetting<T>(db: Kysely<DB>, key: string): Promise<T | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

export async function writeSetting(db: Kysely<DB>, key: string, value: unknown, now: string) {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: now }))
    .execute();
}
