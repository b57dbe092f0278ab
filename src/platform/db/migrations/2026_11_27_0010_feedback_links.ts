import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * What a feedback case links to: the files the submitter attached (personal data: erased with the
 * submitter's data), the procedure or legal document it concerns (a reference: type and id), and
 * the earlier case it duplicates (one original per case).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('feedback_attachments'))
    .addColumn('feedback_id', 'integer', (c) => c.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_attachments_feedback_idx').on('feedback_attachments').column('feedback_id').execute();

  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('feedback').addColumn('related_type', 'text').execute();
  await db.schema.alterTable('feedback').addColumn('related_id', 'integer').execute();

  await db.schema
    .createTable('feedback_duplicates')
    .addColumn('feedback_id', 'integer', (c) => c.primaryKey().references('feedback.id').onDelete('cascade'))
    .addColumn('original_id', 'integer', (c) => c.notNull().references('feedback.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('linked_at', instant, (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('feedback_duplicates_original_idx').on('feedback_duplicates').column('original_id').execute();
}
