import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * Column vocabulary shared by migrations. Frozen like the migrations themselves:
 * existing exports never change meaning (old migrations depend on them); new ones may be added.
 */
export const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** UTC instants: timestamptz on PostgreSQL, ISO-8601 text on SQLite (which sorts correctly as text). */
export const instantType = (db: Kysely<any>) => (isPostgres(db) ? 'timestamptz' : 'text');

export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return isPostgres(db)
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
