import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * The legal documents library: documents with their number and symbol (số, ký hiệu), dates kept as
 * calendar days ('YYYY-MM-DD' text on both engines: a day of issue has no time zone), attachments
 * with the text extracted from them, and the relations between documents (replaces, amends, guides).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('documents'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('number_value', 'integer', (c) => c.notNull())
    .addColumn('code_year', 'integer')
    .addColumn('symbol', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('code_key', 'text', (c) => c.notNull())
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('issuer_key', 'text', (c) => c.notNull())
    .addColumn('issuer_organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issue_year', 'integer', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('expires_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('search_key', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    // Số + ký hiệu is unique within a year for one issuer (NĐ 30/2020, Điều 15); the service says so first.
    .addUniqueConstraint('documents_code_unique', ['organization_id', 'issue_year', 'issuer_key', 'code_key'])
    .execute();
  await db.schema.createIndex('documents_public_idx').on('documents').columns(['organization_id', 'published', 'issued_on']).execute();
  await db.schema.createIndex('documents_type_idx').on('documents').columns(['organization_id', 'type', 'issued_on']).execute();

  await withId(db, db.schema.createTable('document_attachments'))
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('document_attachments_document_idx').on('document_attachments').column('document_id').execute();

  await db.schema
    .createTable('document_relations')
    .addColumn('from_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('to_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('document_relations_pk', ['from_id', 'to_id', 'kind'])
    .execute();
  await db.schema.createIndex('document_relations_to_idx').on('document_relations').columns(['to_id', 'kind']).execute();
}
