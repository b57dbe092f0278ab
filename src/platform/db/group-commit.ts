import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { DB } from './schema.js';

export type Work<T> = (trx: Transaction<DB>) => Promise<T>;

export type GroupCommit = {
  /** Runs `work` in a transaction and resolves once it is committed; rejects, with nothing of it kept, if it throws. */
  run<T>(work: Work<T>): Promise<T>;
};

/**
 * Group commit for writes that arrive in bursts (public submissions). On SQLite with
 * synchronous=FULL every commit waits for the disk, and the connection is one: commits queue
 * behind each other's fsync. Here the pieces of work that arrive while one batch is being written
 * are run together in the next transaction, each inside a savepoint of its own (a failing piece is
 * rolled back alone), and committed with one wait for the disk. Nobody is answered before the
 * commit that holds their work. PostgreSQL commits concurrent transactions side by side: each
 * piece runs in its own transaction there.
 */
export function createGroupCommit(database: Pick<Database, 'db' | 'engine'>): GroupCommit {
  if (database.engine === 'postgres') return { run: (work) => database.db.transaction().execute(work) };
  return batched(database.db);
}

type Pending = { work: Work<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };
type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function batched(db: Kysely<DB>): GroupCommit {
  let pending: Pending[] = [];
  let draining = false;

  async function runBatch(batch: Pending[]): Promise<Outcome[]> {
    if (batch.length === 1) {
      return [await db.transaction().execute(batch[0]!.work).then((value) => ({ ok: true as const, value }), (error) => ({ ok: false as const, error }))];
    }
    // A transaction with a callback, like every other, so that the tests' guard (transaction-guard.ts)
    // sees the pieces too; a piece that fails is rolled back to its savepoint.
    return db.transaction().execute(async (trx) => {
      const outcomes: Outcome[] = [];
      for (const [i, item] of batch.entries()) {
        const piece = sql.id(`piece_${i}`);
        await sql`savepoint ${piece}`.execute(trx);
        try {
          outcomes.push({ ok: true, value: await item.work(trx) });
          await sql`release savepoint ${piece}`.execute(trx);
        } catch (error) {
          await sql`rollback to savepoint ${piece}`.execute(trx);
          outcomes.push({ ok: false, error });
        }
      }
      return outcomes;
    });
  }

  async function drain() {
    while (pending.length > 0) {
      const batch = pending;
      pending = [];
      try {
        const outcomes = await runBatch(batch);
        batch.forEach((item, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) item.resolve(outcome.value);
          else item.reject(outcome.error);
        });
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    draining = false;
  }

  return {
    run<T>(work: Work<T>) {
      return new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) {
          draining = true;
          // The requests parsed in this turn of the event loop join the first batch.
          setImmediate(drain);
        }
      });
    },
  };
}
