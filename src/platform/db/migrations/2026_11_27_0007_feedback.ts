import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * The feedback desk (phản ánh, kiến nghị, NĐ 20/2008): items with the submitter's personal data
 * and consent record, their timeline of events, the fields (lĩnh vực) of the agency, a counter per
 * year for tracking codes, and failed lookups (throttled like logins).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('feedback_fields'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('feedback_fields_slug_unique', ['organization_id', 'slug'])
    .execute();

  await withId(db, db.schema.createTable('feedback'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitter_kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('consent_version', 'text', (c) => c.notNull())
    .addColumn('consent_at', instant, (c) => c.notNull())
    .addColumn('consent_ip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('personal_erased_at', instant)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('field_id', 'integer', (c) => c.references('feedback_fields.id').onDelete('set null'))
    .addColumn('publish_allowed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_at', instant, (c) => c.notNull())
    .addColumn('classify_due_on', 'text', (c) => c.notNull())
    .addColumn('accepted_at', instant)
    .addColumn('answer_due_on', 'text')
    .addColumn('due_on', 'text')
    .addColumn('paused_on', 'text')
    .addColumn('unit_id', 'integer', (c) => c.references('units.id').onDelete('set null'))
    .addColumn('assignee_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('forwarded_to', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answered_at', instant)
    .addColumn('public_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('public_content', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('public_slug', 'text', (c) => c.unique())
    .addColumn('published_at', instant)
    .addColumn('public_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rating', 'integer')
    .addColumn('rated_at', instant)
    .addColumn('reopen_requested_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('feedback_year_seq_unique', ['organization_id', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('feedback_inbox_idx').on('feedback').columns(['organization_id', 'status', 'received_at']).execute();
  await db.schema.createIndex('feedback_due_idx').on('feedback').columns(['organization_id', 'due_on']).execute();
  await db.schema.createIndex('feedback_public_idx').on('feedback').columns(['organization_id', 'published_at']).execute();

  await withId(db, db.schema.createTable('feedback_events'))
    .addColumn('feedback_id', 'integer', (c) => c.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('at', instant, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('feedback_events_feedback_idx').on('feedback_events').columns(['feedback_id', 'at']).execute();

  await db.schema
    .createTable('feedback_counters')
    .addColumn('organization_id', 'integer', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('feedback_counters_pk', ['organization_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('feedback_lookup_failures'))
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_lookup_failures_idx').on('feedback_lookup_failures').columns(['ip', 'at']).execute();
}
