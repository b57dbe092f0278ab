import { AsyncLocalStorage } from 'node:async_hooks';
import { Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDialectConfig, type TransactionBuilder } from 'kysely';
import type { DB } from './schema.js';

export const SELF_DEADLOCK_MESSAGE =
  'A query on the root `db` inside a transaction: on SQLite the transaction holds the one connection, so the query would wait for it forever. Read before the transaction, or through `trx`.';

/** Set for the code a transaction's callback runs, and open until that callback settles. */
const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

/**
 * For tests (createDatabase's `guardTransactions`). On SQLite a query on the root `db` from inside
 * a transaction waits for the one connection that transaction holds: forever, and every request
 * behind it, and only when a rare branch or a cache reload makes that query. Here it throws at
 * once instead, naming the mistake. A query from another request still waits its turn; one the
 * transaction starts without waiting for it is refused too (start such work after the commit).
 * Transactions begun with `db.transaction().execute(callback)` are watched, the only kind the
 * application opens (not `startTransaction`, nor a builder from `setIsolationLevel`).
 */
export function transactionGuardedKysely(config: SqliteDialectConfig): Kysely<DB> {
  return new GuardedKysely({ dialect: new GuardedSqliteDialect(config) });
}

class GuardedKysely extends Kysely<DB> {
  override transaction(): TransactionBuilder<DB> {
    const builder = super.transaction();
    const execute = builder.execute.bind(builder);
    builder.execute = (callback) =>
      execute(async (trx) => {
        const held = { open: true };
        try {
          return await insideTransaction.run(held, () => callback(trx));
        } finally {
          held.open = false;
        }
      });
    return builder;
  }
}

class GuardedSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new GuardedSqliteDriver(this.#config);
  }
}

/** Queries on the root `db` take the connection here; those inside a transaction's `trx` do not. */
class GuardedSqliteDriver extends SqliteDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    if (insideTransaction.getStore()?.open) throw new Error(SELF_DEADLOCK_MESSAGE);
    return super.acquireConnection();
  }
}
