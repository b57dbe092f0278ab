// Issue 7, scale-out: two server processes (src/server.ts) on one PostgreSQL database share what a
// visitor or an officer would notice: a session, the public pages after a change, each job run
// once, and the limit on public writes. PostgreSQL only (TEST_DATABASE_URL), as the feature is.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import { systemClock } from '../../src/platform/clock.js';
import { dialectFor } from '../../src/platform/db/dialect.js';
import { createJobQueue } from '../../src/platform/jobs/jobs.js';
import { httpAgent } from '../helpers/agent.js';
import { readMail } from '../helpers/app.js';
import { freshDatabase, type TestDatabase } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const skip = process.env.TEST_DATABASE_URL ? false : 'cần PostgreSQL (TEST_DATABASE_URL): nhiều tiến trình chỉ chạy trên PostgreSQL';

/** Waits for `check` to hold, polling, for at most `limit` ms; the last check's failure is reported. */
async function eventually(check: () => Promise<void>, limit = 30_000) {
  const until = Date.now() + limit;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe('two server processes on PostgreSQL', { skip }, () => {
  let database: TestDatabase;
  let dir: string;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;

  before(async () => {
    database = await freshDatabase('postgres');
    dir = mkdtempSync(join(tmpdir(), 'cchc-scale-'));
    const env = {
      DATABASE_URL: database.url,
      SESSION_SECRET: 'bi-mat-chung-cua-cac-tien-trinh-0123456789',
      DEMO: 'accounts',
      STORAGE_DIR: join(dir, 'files'),
      MAIL_DIR: join(dir, 'mail'),
    };
    // One after the other: the first loads the demo accounts into the empty database.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a session made on one process is valid on the other', async () => {
    const onA = httpAgent(a!.base);
    assert.equal((await onA.login('quantri@demo.cchc.vn', DEMO_PASSWORD)).statusCode, 303);
    const onB = httpAgent(b!.base);
    for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
    const dashboard = await onB.get('/admin');
    assert.equal(dashboard.statusCode, 200);
    assert.match(dashboard.body, /Xin chào/);
  });

  test('a change made through one process reaches the pages the other has stored', async () => {
    const visitor = httpAgent(b!.base);
    const before = (await visitor.get('/')).body;
    assert.equal((await visitor.get('/')).body, before);
    const admin = httpAgent(a!.base);
    await admin.login('quantri@demo.cchc.vn', DEMO_PASSWORD);
    const list = await admin.get('/admin/categories');
    const id = /href="\/admin\/categories\/(\d+)"/.exec(list.body)![1];
    const form = await admin.get(`/admin/categories/${id}`);
    const slug = /name="slug"[^>]*value="([^"]*)"/.exec(form.body)?.[1] ?? /value="([^"]*)"[^>]*name="slug"/.exec(form.body)![1]!;
    const saved = await admin.post(`/admin/categories/${id}`, { name: 'Chuyên mục đổi tên qua tiến trình A', slug, sortOrder: '0', visible: '1' });
    assert.equal(saved.statusCode, 303);
    await eventually(async () => assert.match((await visitor.get('/')).body, /Chuyên mục đổi tên qua tiến trình A/));
  });

  test('each queued job runs exactly once although both processes run workers', async () => {
    const jobs = createJobQueue(database.db, dialectFor('postgres'), systemClock);
    const subjects = Array.from({ length: 20 }, (_, i) => `Việc thử số ${i + 1}`);
    for (const subject of subjects) await jobs.enqueue(database.db, 'mail.send', { to: 'nguoinhan@example.vn', subject, text: subject });
    await eventually(async () => {
      const waiting = await database.db.selectFrom('jobs').select('id').where('kind', '=', 'mail.send').where('status', '!=', 'done').execute();
      assert.equal(waiting.length, 0);
    });
    const sent = readdirSync(join(dir, 'mail')).map((file) => readMail(readFileSync(join(dir, 'mail', file), 'utf8')).subject);
    for (const subject of subjects) assert.equal(sent.filter((s) => s === subject).length, 1, subject);
  });

  test('the limit on public writes counts the requests to both processes', async () => {
    // Counts live in fixed one-minute windows: a burst that straddles two is tried again.
    for (let attempt = 0; ; attempt++) {
      const minute = Math.floor(Date.now() / 60_000);
      const onA = httpAgent(a!.base);
      await onA.get('/admin/password/forgot');
      const onB = httpAgent(b!.base);
      for (const [name, value] of onA.cookies) onB.cookies.set(name, value);
      let accepted = 0;
      let limited = false;
      for (let i = 0; i < 61 && !limited; i++) {
        const response = await (i % 2 === 0 ? onA : onB).post('/admin/password/forgot', { email: `x${i}@example.vn`, _csrf: onA.csrf });
        if (response.statusCode === 429) limited = true;
        else accepted++;
      }
      if (Math.floor(Date.now() / 60_000) !== minute && attempt === 0) continue;
      assert.ok(limited, 'no request was refused');
      assert.ok(accepted <= 30, `${accepted} requests accepted: each process counted alone`);
      return;
    }
  });
});
