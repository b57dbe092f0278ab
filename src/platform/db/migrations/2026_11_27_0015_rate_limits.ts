import type { Kysely } from 'kysely';

/**
 * Request counts per bucket and fixed window, shared by every server process on PostgreSQL
 * (issue 7): a bucket is an IP address for the public write limit or an API key for its own rate.
 * `window_start` is in milliseconds since the epoch; rows of windows long past are swept.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_counters')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limit_counters_pk', ['bucket', 'window_start'])
    .execute();
  await db.schema.createIndex('rate_limit_counters_window').on('rate_limit_counters').column('window_start').execute();
}
