import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * Keys of partner systems for the write side of the public APIs (Open311 POST requests): only the
 * key's sha256 is stored, with a short prefix to tell keys apart in lists. Feedback received
 * through a key records which one (`feedback.api_key_id`): the key holder attests the consent.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('api_keys'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('rate_per_minute', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('revoked_at', instant)
    .addColumn('last_used_at', instant)
    .execute();

  await db.schema.alterTable('feedback').addColumn('api_key_id', 'integer', (c) => c.references('api_keys.id').onDelete('set null')).execute();
}
