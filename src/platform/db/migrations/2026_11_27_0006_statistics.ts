import { sql, type Kysely } from 'kysely';
import { instantType, withId } from './kit.js';

const FIGURES = ['received_online', 'received_in_person', 'resolved_on_time', 'resolved_late', 'in_progress', 'overdue'] as const;

/** Published resolution statistics: monthly figures per field, and uploads waiting for confirmation. */
export async function up(db: Kysely<any>): Promise<void> {
  const instant = instantType(db);

  await withId(db, db.schema.createTable('resolution_statistics'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('field_key', 'text', (c) => c.notNull())
    .addColumn('received_online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('received_in_person', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_on_time', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('resolution_statistics_unique', ['organization_id', 'year', 'month', 'field_key'])
    .addCheckConstraint('resolution_statistics_month_check', sql`month between 1 and 12`)
    .addCheckConstraint('resolution_statistics_figures_check', sql.raw(FIGURES.map((f) => `${f} >= 0`).join(' and ')))
    .execute();

  await db.schema
    .createTable('statistics_imports')
    .addColumn('token', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rows', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
}
