import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Job, JobQueue } from './jobs.js';

export type JobHandler = (payload: any, job: Job) => Promise<void>;

export type Worker = { start(): void; stop(): Promise<void>; drain(): Promise<number> };

/**
 * Polls the queue and runs one job at a time. `stop` lets the job in hand finish, which is what
 * graceful shutdown needs; `drain` runs every due job now (tests and the CLI use it).
 */
export function createWorker(
  queue: JobQueue,
  handlers: Record<string, JobHandler>,
  log: FastifyBaseLogger,
  pollMs = 1000,
): Worker {
  const id = `worker-${process.pid}-${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function runOne(): Promise<boolean> {
    const job = await queue.claim(id);
    if (!job) return false;
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`Không có bộ xử lý cho loại việc "${job.kind}"`);
      await handler(job.payload, job);
      await queue.complete(job);
    } catch (error) {
      log.warn({ err: error, jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
      await queue.fail(job, error);
    }
    return true;
  }

  async function drain(keepGoing: () => boolean = () => true): Promise<number> {
    let count = 0;
    while (keepGoing() && (await runOne())) count++;
    return count;
  }

  function tick() {
    if (stopped) return;
    running = drain(() => !stopped)
      .catch((error) => log.error({ err: error }, 'job polling failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    drain: () => drain(),
  };
}
