import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import pino from 'pino';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { dialectFor } from '../db/dialect.js';
import { createJobQueue, retryDelayMs, type JobQueue } from './jobs.js';
import { createWorker } from './worker.js';

const START = '2026-03-02T01:00:00.000Z';
const MINUTE = 60_000;
const silent = pino({ level: 'silent' });

for (const engine of engines()) {
  describe(`job queue (${engine})`, () => {
    let database: TestDatabase;
    let clock: ReturnType<typeof fixedClock>;
    let queue: JobQueue;

    before(async () => {
      database = await freshDatabase(engine);
    });
    after(() => database.drop());
    beforeEach(async () => {
      // Each test starts with an empty queue at the same instant.
      await database.db.deleteFrom('jobs').execute();
      clock = fixedClock(START);
      queue = createJobQueue(database.db, dialectFor(engine), clock);
    });

    const row = (id: number) => database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    test(`a queued job is handed out once, with its payload (${engine})`, async () => {
      const id = await queue.enqueue(database.db, 'mail.send', { to: 'an@so.gov.vn', subject: 'Thư mời họp' });
      const job = await queue.claim('worker-a');
      assert.ok(job);
      assert.equal(job.id, id);
      assert.equal(job.kind, 'mail.send');
      assert.deepEqual(job.payload, { to: 'an@so.gov.vn', subject: 'Thư mời họp' });
      assert.equal(job.attempts, 1);
      assert.equal(job.maxAttempts, 5);
      assert.equal(await queue.claim('worker-b'), null);
      const stored = await row(id);
      assert.equal(stored.status, 'running');
      assert.equal(stored.locked_by, 'worker-a');
    });

    test(`two workers claiming at once: exactly one gets the job (${engine})`, async () => {
      const id = await queue.enqueue(database.db, 'reminder', { taskId: 7 });
      const claims = await Promise.all([queue.claim('worker-a'), queue.claim('worker-b')]);
      const won = claims.filter((j) => j !== null);
      assert.equal(won.length, 1);
      assert.equal(won[0]!.id, id);
      assert.equal(won[0]!.attempts, 1);
      assert.equal((await row(id)).attempts, 1);
    });

    test(`with two jobs, two concurrent claims take one each (${engine})`, async () => {
      const first = await queue.enqueue(database.db, 'reminder', { n: 1 });
      const second = await queue.enqueue(database.db, 'reminder', { n: 2 });
      const claims = await Promise.all([queue.claim('worker-a'), queue.claim('worker-b')]);
      // Whatever the interleaving, no job is handed to both workers.
      const ids = claims.filter((j) => j !== null).map((j) => j.id);
      assert.equal(new Set(ids).size, ids.length);
      const rest = await queue.claim('worker-c');
      const all = [...ids, ...(rest ? [rest.id] : [])].sort((a, b) => a - b);
      assert.deepEqual(all, [first, second]);
      assert.equal(await queue.claim('worker-d'), null);
    });

    test(`due jobs come out oldest first and a job scheduled later waits for its time (${engine})`, async () => {
      const later = await queue.enqueue(database.db, 'publish', { articleId: 1 }, { runAt: new Date(Date.parse(START) + 60 * MINUTE) });
      const now = await queue.enqueue(database.db, 'publish', { articleId: 2 });
      const due = await queue.claim('w');
      assert.equal(due?.id, now);
      await queue.complete(due!);
      assert.equal(await queue.claim('w'), null);
      clock.advance(60 * MINUTE - 1);
      assert.equal(await queue.claim('w'), null);
      clock.advance(1);
      assert.equal((await queue.claim('w'))?.id, later);
    });

    test(`a job enqueued in a transaction that rolls back never exists (${engine})`, async () => {
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await queue.enqueue(trx, 'mail.send', { to: 'x@so.gov.vn' });
          throw new Error('rollback');
        }),
        /rollback/,
      );
      assert.equal(await queue.claim('w'), null);
      assert.deepEqual(await queue.depth(), {});
    });

    test(`a failed job is retried after the backoff, with attempts counted (${engine})`, async () => {
      const id = await queue.enqueue(database.db, 'mail.send', { to: 'b@so.gov.vn' });
      const first = await queue.claim('w');
      assert.ok(first);
      await queue.fail(first, new Error('SMTP 421 dịch vụ tạm ngừng'));
      const stored = await row(id);
      assert.equal(stored.status, 'queued');
      assert.equal(stored.last_error, 'SMTP 421 dịch vụ tạm ngừng');
      assert.equal(stored.locked_by, null);
      assert.equal(new Date(stored.run_at).getTime(), Date.parse(START) + retryDelayMs(1));

      // Not at the same instant, nor a moment before the delay is over.
      assert.equal(await queue.claim('w'), null);
      clock.advance(retryDelayMs(1) - 1);
      assert.equal(await queue.claim('w'), null);
      clock.advance(1);
      const second = await queue.claim('w');
      assert.equal(second?.id, id);
      assert.equal(second?.attempts, 2);

      // The second delay is longer than the first.
      await queue.fail(second!, 'still down');
      assert.ok(retryDelayMs(2) > retryDelayMs(1));
      clock.advance(retryDelayMs(1));
      assert.equal(await queue.claim('w'), null);
      clock.advance(retryDelayMs(2) - retryDelayMs(1));
      assert.equal((await queue.claim('w'))?.attempts, 3);
    });

    test(`backoff doubles from 30 seconds and stops growing at one hour`, () => {
      assert.deepEqual([1, 2, 3, 4].map(retryDelayMs), [30_000, 60_000, 120_000, 240_000]);
      assert.equal(retryDelayMs(20), 3_600_000);
    });

    test(`after its last attempt a job is failed and never handed out again (${engine})`, async () => {
      const id = await queue.enqueue(database.db, 'mail.send', {}, { maxAttempts: 2 });
      const first = await queue.claim('w');
      await queue.fail(first!, new Error('lần 1'));
      clock.advance(retryDelayMs(1));
      const second = await queue.claim('w');
      assert.equal(second?.attempts, 2);
      await queue.fail(second!, new Error('lần 2'));
      const stored = await row(id);
      assert.equal(stored.status, 'failed');
      assert.equal(stored.last_error, 'lần 2');
      assert.ok(stored.finished_at);
      clock.advance(24 * 60 * MINUTE);
      assert.equal(await queue.claim('w'), null);
      assert.deepEqual(await queue.depth(), { failed: 1 });
    });

    test(`a job held by a crashed worker is handed out again after 10 minutes (${engine})`, async () => {
      const id = await queue.enqueue(database.db, 'report.build', { planId: 3 });
      assert.equal((await queue.claim('crashed'))?.id, id);
      clock.advance(9 * MINUTE);
      assert.equal(await queue.claim('other'), null, 'a job in hand for 9 minutes is not taken away');
      clock.advance(MINUTE + 1);
      const again = await queue.claim('other');
      assert.equal(again?.id, id);
      assert.equal(again?.attempts, 2);
      assert.equal((await row(id)).locked_by, 'other');
    });

    test(`a job that crashes its worker every time is not handed out beyond its max attempts (${engine})`, async () => {
      // A "poison" job (say, one that exhausts memory) takes its worker down before fail() runs.
      // The stale-lock rescue must still respect maxAttempts, or the job crash-loops forever.
      const id = await queue.enqueue(database.db, 'report.build', { huge: true }, { maxAttempts: 2 });
      assert.equal((await queue.claim('w1'))?.attempts, 1);
      clock.advance(11 * MINUTE);
      assert.equal((await queue.claim('w2'))?.attempts, 2);
      clock.advance(11 * MINUTE);
      const third = await queue.claim('w3');
      assert.equal(third, null, `handed out a third time (attempts ${third?.attempts}) although maxAttempts is 2`);
      assert.equal((await row(id)).status, 'failed');
    });

    test(`depth counts jobs by status (${engine})`, async () => {
      assert.deepEqual(await queue.depth(), {});
      for (let i = 0; i < 4; i++) await queue.enqueue(database.db, 'k', { i });
      const a = await queue.claim('w');
      const b = await queue.claim('w');
      await queue.claim('w');
      await queue.complete(a!);
      await queue.fail(b!, 'x');
      assert.deepEqual(await queue.depth(), { queued: 2, running: 1, done: 1 });
    });

    test(`a worker's drain runs the handlers, marks them done and records an unknown kind's error (${engine})`, async () => {
      const sent: unknown[] = [];
      const worker = createWorker(
        queue,
        {
          'mail.send': async (payload) => {
            sent.push(payload);
          },
          'flaky': async () => {
            throw new Error('máy chủ thư không trả lời');
          },
        },
        silent,
      );
      const ok1 = await queue.enqueue(database.db, 'mail.send', { to: 'a@so.gov.vn' });
      const ok2 = await queue.enqueue(database.db, 'mail.send', { to: 'b@so.gov.vn' });
      const flaky = await queue.enqueue(database.db, 'flaky', {});
      const unknown = await queue.enqueue(database.db, 'no.such.kind', {});
      const later = await queue.enqueue(database.db, 'mail.send', { to: 'c@so.gov.vn' }, { runAt: new Date(Date.parse(START) + MINUTE) });

      assert.equal(await worker.drain(), 4);
      assert.deepEqual(sent, [{ to: 'a@so.gov.vn' }, { to: 'b@so.gov.vn' }]);
      for (const id of [ok1, ok2]) {
        const stored = await row(id);
        assert.equal(stored.status, 'done');
        assert.ok(stored.finished_at);
      }
      const flakyRow = await row(flaky);
      assert.equal(flakyRow.status, 'queued', 'a failing handler is retried later');
      assert.equal(flakyRow.last_error, 'máy chủ thư không trả lời');
      const unknownRow = await row(unknown);
      assert.notEqual(unknownRow.status, 'done');
      assert.match(unknownRow.last_error ?? '', /no\.such\.kind/);
      assert.equal((await row(later)).status, 'queued');
      assert.deepEqual(await queue.depth(), { done: 2, queued: 3 });

      // Nothing due any more: a second drain does nothing.
      assert.equal(await worker.drain(), 0);
      clock.advance(MINUTE);
      assert.equal(await worker.drain(), 3, 'the scheduled mail and the two retries are now due');
      assert.equal((await row(later)).status, 'done');
    });
  });
}
