import type { Kysely } from 'kysely';
import { instantType } from './kit.js';

/**
 * The daily digest of the feedback desk: the officers who asked for it, one row each. The deadline
 * and retention settings need no table: they live in `settings`, one key per organization.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_digest_subscriptions')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('created_at', instantType(db), (c) => c.notNull())
    .execute();
}
