import type { Engine } from './database.js';

/**
 * The only place where SQL differs between SQLite and PostgreSQL. Everything else is one
 * Kysely query for both engines.
 */
export type Dialect = {
  engine: Engine;
  /** Row locking for queue claims: PostgreSQL skips rows another worker holds; SQLite has one writer. */
  lockSkipLocked<Q extends { forUpdate(): { skipLocked(): Q } }>(query: Q): Q;
  /** Case-insensitive LIKE operator. */
  ilike: 'ilike' | 'like';
};

export function dialectFor(engine: Engine): Dialect {
  return engine === 'postgres'
    ? { engine, lockSkipLocked: (q) => q.forUpdate().skipLocked(), ilike: 'ilike' }
    : { engine, lockSkipLocked: (q) => q, ilike: 'like' };
}
