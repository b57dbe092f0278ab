import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * Plans (kế hoạch) as structured data: the header and signing block on `plans`, the ordered parts of
 * sections I–V in their own tables (purposes, requirements and responsibilities share
 * `plan_paragraphs`), and the "Nơi nhận" list whose electronic, targeted lines carry the
 * distribution state (notified, acknowledged).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('plans'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('symbol', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('parent_agency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('agency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text')
    .addColumn('type_name', 'text', (c) => c.notNull().defaultTo('KẾ HOẠCH'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('heading_aims', 'text', (c) => c.notNull())
    .addColumn('heading_purposes', 'text', (c) => c.notNull())
    .addColumn('heading_requirements', 'text', (c) => c.notNull())
    .addColumn('heading_topics', 'text', (c) => c.notNull())
    .addColumn('heading_channels', 'text', (c) => c.notNull())
    .addColumn('heading_funding', 'text', (c) => c.notNull())
    .addColumn('heading_responsibilities', 'text', (c) => c.notNull())
    .addColumn('funding_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('funding_amount', 'bigint')
    .addColumn('signing_authority', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('authority_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signer_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('issued_at', instant)
    .execute();
  await db.schema.createIndex('plans_org_year_idx').on('plans').columns(['organization_id', 'year']).execute();

  await withId(db, db.schema.createTable('plan_paragraphs'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_paragraphs_position_unique', ['plan_id', 'section', 'position'])
    .execute();

  await withId(db, db.schema.createTable('plan_topics'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_topics_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('plan_channels'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_channels_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('plan_recipients'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text')
    .addColumn('target_id', 'integer')
    .addColumn('notified_at', instant)
    .addColumn('reminded_at', instant)
    .addColumn('acknowledged_at', instant)
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('plan_recipients_plan_idx').on('plan_recipients').columns(['plan_id', 'position']).execute();
  await db.schema.createIndex('plan_recipients_target_idx').on('plan_recipients').columns(['target_kind', 'target_id']).execute();
}
