import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './database.js';

/**
 * The only place where SQL differs between SQLite and PostgreSQL. Everything else is one
 * Kysely query for both engines.
 */
export type Dialect = {
  engine: Engine;
  /** Row locking for queue claims: PostgreSQL skips rows another worker holds; SQLite has one writer. */
  lockSkipLocked<Q extends { forUpdate(): { skipLocked(): Q } }>(query: Q): Q;
  /**
   * The column contains the text, case-insensitively, with the user's own % and _ taken literally.
   * (SQLite's LIKE only escapes with an explicit ESCAPE clause; PostgreSQL's ILIKE uses \ by default.)
   */
  contains(column: string, text: string): RawBuilder<boolean>;
};

const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function dialectFor(engine: Engine): Dialect {
  return engine === 'postgres'
    ? {
        engine,
        lockSkipLocked: (q) => q.forUpdate().skipLocked(),
        contains: (column, text) => sql<boolean>`${sql.ref(column)} ilike ${containsPattern(text)}`,
      }
    : {
        engine,
        lockSkipLocked: (q) => q,
        contains: (column, text) => sql<boolean>`${sql.ref(column)} like ${containsPattern(text)} escape '\\'`,
      };
}
