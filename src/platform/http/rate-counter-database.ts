import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { RateCounter } from './rate-counter.js';

/** Windows older than this are deleted, at most once a minute per process. */
const KEEP_MS = 60 * 60_000;

/**
 * Request counts shared by every server process through the database (issue 7): one upsert per
 * hit on (bucket, window start) returning the new count, atomic on both engines. Used on
 * PostgreSQL, where several processes serve; one process on SQLite counts in memory.
 */
export function createDatabaseWindowCounter(db: Kysely<DB>, now: () => number) {
  let lastSweep = 0;

  async function sweep(at: number) {
    if (at - lastSweep < 60_000) return;
    lastSweep = at;
    await db.deleteFrom('rate_limit_counters').where('window_start', '<', at - KEEP_MS).execute();
  }

  return {
    /** Counts one hit in `bucket`'s current window of `windowMs`; returns the count so far and the milliseconds left in the window. */
    async increment(bucket: string, windowMs: number): Promise<{ count: number; remainingMs: number }> {
      const at = now();
      const windowStart = Math.floor(at / windowMs) * windowMs;
      const row = await db
        .insertInto('rate_limit_counters')
        .values({ bucket, window_start: windowStart, count: 1 })
        .onConflict((c) => c.columns(['bucket', 'window_start']).doUpdateSet({ count: sql`rate_limit_counters.count + 1` }))
        .returning('count')
        .executeTakeFirstOrThrow();
      await sweep(at);
      return { count: Number(row.count), remainingMs: windowStart + windowMs - at };
    },
  };
}

export type WindowCounter = ReturnType<typeof createDatabaseWindowCounter>;

/** The per-minute RateCounter of API keys over the shared counts. */
export function databaseRateCounter(counter: WindowCounter): RateCounter {
  return {
    async hit(bucket, perMinute) {
      return (await counter.increment(bucket, 60_000)).count <= perMinute;
    },
  };
}

/**
 * A store for @fastify/rate-limit over the shared counts, so the limit on public writes counts the
 * requests to every process. Its windows are fixed, like the library's own store.
 */
export function databaseRateLimitStore(counter: WindowCounter): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number) {
      counter.increment(`ip:${key}`, timeWindow).then(
        ({ count, remainingMs }) => callback(null, { current: count, ttl: remainingMs }),
        (error: Error) => callback(error),
      );
    }

    child() {
      return new DatabaseRateLimitStore();
    }
  }
  return DatabaseRateLimitStore;
}
