import type { Kysely, Selectable } from 'kysely';
import type { ApiKeysTable } from '../db/schema.api-keys.js';
import type { DB } from '../db/schema.js';

export type ApiKey = { id: number; name: string; prefix: string; ratePerMinute: number; createdAt: string; revokedAt: string | null; lastUsedAt: string | null };

const toKey = (r: Selectable<ApiKeysTable>): ApiKey => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  ratePerMinute: r.rate_per_minute,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export async function insert(trx: Kysely<DB>, values: { name: string; keyHash: string; prefix: string; ratePerMinute: number; at: string }) {
  const row = await trx
    .insertInto('api_keys')
    .values({ name: values.name, key_hash: values.keyHash, prefix: values.prefix, rate_per_minute: values.ratePerMinute, created_at: values.at, revoked_at: null, last_used_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function list(db: Kysely<DB>) {
  return (await db.selectFrom('api_keys').selectAll().orderBy('id').execute()).map(toKey);
}

export async function find(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toKey(row) : null;
}

export async function findByHash(db: Kysely<DB>, keyHash: string) {
  const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();
  return row ? toKey(row) : null;
}

export async function revoke(trx: Kysely<DB>, id: number, at: string) {
  const result = await trx.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touch(db: Kysely<DB>, id: number, at: string) {
  await db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();
}
