import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/** The administrative procedure catalogue: procedures and their dossier components with form templates. */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('procedures'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('field_key', 'text', (c) => c.notNull())
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('agency', 'text', (c) => c.notNull())
    .addColumn('online_level', 'text', (c) => c.notNull())
    .addColumn('processing_time', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('processing_days', 'integer')
    .addColumn('fees', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('submission', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('conditions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('result', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online_url', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('procedures_org_code_unique', ['organization_id', 'code'])
    .execute();
  await db.schema.createIndex('procedures_org_field_idx').on('procedures').columns(['organization_id', 'field_key']).execute();
  await db.schema.createIndex('procedures_org_online_idx').on('procedures').columns(['organization_id', 'online_level']).execute();

  await withId(db, db.schema.createTable('procedure_components'))
    .addColumn('procedure_id', 'integer', (c) => c.notNull().references('procedures.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('copies', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('template_key', 'text')
    .addColumn('template_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('template_mime', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('template_size', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('procedure_components_procedure_idx').on('procedure_components').columns(['procedure_id', 'position']).execute();
}
