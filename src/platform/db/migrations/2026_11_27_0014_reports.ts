import type { Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

/**
 * Periodic reports (báo cáo định kỳ) of a plan: one per plan and period ('2023-Q1', '2023'), with
 * the editable narrative parts, the number and date it is issued under, and once sent to the
 * supervising organization the figures as they were sent (JSON) and whom it went to.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('reports'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text')
    .addColumn('results', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('shortcomings', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('causes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('directions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('proposals', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('figures', 'text')
    .addColumn('sent_to_organization_id', 'integer', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('sent_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('sent_at', instant)
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('reports_plan_period_unique', ['plan_id', 'period'])
    .execute();
  await db.schema.createIndex('reports_org_status_idx').on('reports').columns(['organization_id', 'status']).execute();
}
