import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Dialect } from '../db/dialect.js';
import type { DB } from '../db/schema.js';

export type Job = { id: number; kind: string; payload: unknown; attempts: number; maxAttempts: number };

export type EnqueueOptions = { runAt?: Date; maxAttempts?: number };

export type JobQueue = ReturnType<typeof createJobQueue>;

/** A crashed worker's job is handed out again after this long. */
const STALE_LOCK_MS = 10 * 60_000;

/** Exponential backoff from 30 s, capped at one hour. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * A jobs table polled by workers: mail, reminders and scheduled publishing survive restarts.
 * Enqueue with the caller's transaction so a job exists exactly when the change that made it does.
 */
export function createJobQueue(db: Kysely<DB>, dialect: Dialect, clock: Clock) {
  return {
    async enqueue(executor: Kysely<DB>, kind: string, payload: unknown, options: EnqueueOptions = {}) {
      const now = clock.now();
      const row = await executor
        .insertInto('jobs')
        .values({
          kind,
          payload: JSON.stringify(payload ?? {}),
          status: 'queued',
          run_at: (options.runAt ?? now).toISOString(),
          max_attempts: options.maxAttempts ?? 5,
          created_at: now.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Takes the next due job, atomically, for one worker. */
    async claim(workerId: string): Promise<Job | null> {
      const now = clock.now();
      const staleBefore = new Date(now.getTime() - STALE_LOCK_MS).toISOString();
      // A job that took its worker down with it on every attempt must stop coming back.
      await db
        .updateTable('jobs')
        .set({ status: 'failed', locked_by: null, locked_at: null, finished_at: now.toISOString(), last_error: 'Tiến trình xử lý dừng đột ngột ở mọi lần thử' })
        .where('status', '=', 'running')
        .where('locked_at', '<', staleBefore)
        .whereRef('attempts', '>=', 'max_attempts')
        .execute();
      await db
        .updateTable('jobs')
        .set({ status: 'queued', locked_by: null, locked_at: null })
        .where('status', '=', 'running')
        .where('locked_at', '<', staleBefore)
        .execute();
      const row = await db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          locked_by: workerId,
          locked_at: now.toISOString(),
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', '=', (eb) =>
          dialect.lockSkipLocked(
            eb
              .selectFrom('jobs')
              .select('id')
              .where('status', '=', 'queued')
              .where('run_at', '<=', now.toISOString())
              .orderBy('run_at')
              .orderBy('id')
              .limit(1),
          ),
        )
        .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
        .executeTakeFirst();
      if (!row) return null;
      return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload), attempts: row.attempts, maxAttempts: row.max_attempts };
    },

    async complete(job: Job) {
      await db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: clock.now().toISOString(), locked_by: null, last_error: null })
        .where('id', '=', job.id)
        .execute();
    },

    /** Schedules a retry with backoff, or marks the job failed after its last attempt. */
    async fail(job: Job, error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      const exhausted = job.attempts >= job.maxAttempts;
      await db
        .updateTable('jobs')
        .set({
          status: exhausted ? 'failed' : 'queued',
          last_error: message.slice(0, 2000),
          locked_by: null,
          locked_at: null,
          run_at: new Date(clock.now().getTime() + retryDelayMs(job.attempts)).toISOString(),
          finished_at: exhausted ? clock.now().toISOString() : null,
        })
        .where('id', '=', job.id)
        .execute();
    },

    /** Queue depth by status, for /metrics and the dashboard. */
    async depth(): Promise<Record<string, number>> {
      const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
}
