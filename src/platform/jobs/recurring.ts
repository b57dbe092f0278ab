import type { Kysely } from 'kysely';
import { addDays, startOfVnDay, vnDateKey, type DateKey } from '../../shared/dates.js';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import type { JobQueue } from './jobs.js';
import type { JobHandler } from './worker.js';

/**
 * Work that comes back on a schedule (a daily digest, a nightly sweep), on the same queue as
 * everything else: each run queues the next one, so the schedule survives restarts and a crash,
 * and several processes share it without a second scheduler.
 */
export type RecurringJob = {
  kind: string;
  /** When the next run is due, strictly after `after`. */
  next(after: Date): Promise<Date>;
  /** Does the work; true when a batch limit left some for a follow-up run soon. */
  run(): Promise<boolean>;
};

/**
 * The first instant strictly after `after` at `time` ("07:30") in Hà Nội on a day `accepts` takes
 * (every day by default; a working-day check for office work).
 */
export function nextDailyAt(after: Date, time: string, accepts: (day: DateKey) => boolean = () => true): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const offset = (hours * 60 + minutes) * 60_000;
  for (let day = vnDateKey(after); ; day = addDays(day, 1)) {
    const at = new Date(startOfVnDay(day).getTime() + offset);
    if (at > after && accepts(day)) return at;
  }
}

/** A follow-up run after a full batch waits this long, so a backlog is worked off without hogging the queue. */
const FOLLOW_UP_MS = 60_000;

export function createRecurring(db: Kysely<DB>, queue: JobQueue, clock: Clock, jobs: readonly RecurringJob[]) {
  /** Queues the next run unless one is already waiting: safe to call from every process and every run. */
  async function ensureNext(job: RecurringJob) {
    const waiting = await db.selectFrom('jobs').select('id').where('kind', '=', job.kind).where('status', '=', 'queued').executeTakeFirst();
    if (!waiting) await queue.enqueue(db, job.kind, {}, { runAt: await job.next(clock.now()) });
  }

  return {
    /**
     * The worker's handlers. The next run is queued before the work starts: a run that fails is
     * retried by the queue, and the schedule goes on even if every retry fails.
     */
    handlers: Object.fromEntries(
      jobs.map((job): [string, JobHandler] => [
        job.kind,
        async () => {
          await ensureNext(job);
          if (await job.run()) await queue.enqueue(db, job.kind, {}, { runAt: new Date(clock.now().getTime() + FOLLOW_UP_MS) });
        },
      ]),
    ),
    /** Called when a worker starts: the first run of each schedule, if none is queued. */
    async start() {
      for (const job of jobs) await ensureNext(job);
    },
  };
}
