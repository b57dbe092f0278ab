// Issue 5, reliability: a submission that has been given its tracking code is committed. The real
// server runs as a child process (src/server.ts); a burst of Open311 POSTs with a key keeps requests
// in flight; the server is killed with SIGKILL mid-burst; then every code that was acknowledged (a 2xx
// carrying the code) must be in the database. SQLite always, PostgreSQL too with TEST_DATABASE_URL.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemContext } from '../../src/platform/auth/actor.js';
import { createDatabase, type Database } from '../../src/platform/db/database.js';
import { engines, freshDatabase, type TestDatabase } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

/** Requests kept in flight at once, and the acknowledgements after which the server is killed. */
const IN_FLIGHT = 24;
const KILL_AFTER = 40;
/** Bounds of the burst whatever happens: it never sends more than this. */
const MAX_REQUESTS = 2000;

/** The URL the child process opens: for PostgreSQL, the test's own schema through the connection's options. */
const childUrl = (database: TestDatabase) =>
  database.engine === 'sqlite' ? database.url : `${database.url}${database.url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${database.schema}`)}`;

/** The installation before the start: the demo accounts, one feedback field and a partner's key. */
async function prepare(database: TestDatabase, dir: string) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, STORAGE_DIR: join(dir, 'files'), MAIL_DIR: join(dir, 'mail'), DEMO: 'accounts', WORKER: '0', LOG_LEVEL: 'silent' });
  const { app, services } = await buildApp(config, { database });
  try {
    await services.feedback.addField(systemContext('test'), 'Bưu chính');
    return (await services.apiKeys.create(systemContext('test'), { name: 'Đối tác thử', ratePerMinute: 100_000 })).key;
  } finally {
    await app.close();
  }
}

/**
 * Keeps IN_FLIGHT submissions going until KILL_AFTER of them are acknowledged, then kills the server
 * with SIGKILL while the others are still in flight. Returns the acknowledged codes and how many
 * requests were sent.
 */
async function burstAndKill(server: ServerProcess, key: string) {
  const acknowledged: string[] = [];
  let sent = 0;
  let killed: Promise<void> | null = null;
  const body = (n: number) =>
    new URLSearchParams({
      api_key: key,
      service_code: 'buu-chinh',
      description: `Phản ánh thử số ${n}: đề nghị rút ngắn thời hạn cấp giấy phép bưu chính.`,
      first_name: 'Văn An',
      last_name: 'Hoàng',
      phone: '0912 345 678',
      address_string: 'Thôn Nà Lầu, xã Mai Pha, Lạng Sơn',
    }).toString();
  async function worker() {
    while (!killed && sent < MAX_REQUESTS) {
      const n = ++sent;
      try {
        const response = await fetch(`${server.base}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: body(n) });
        if (response.status !== 201) throw new Error(`POST answered ${response.status}: ${await response.text()}`);
        const [{ service_request_id: code }] = (await response.json()) as { service_request_id: string }[];
        acknowledged.push(code);
      } catch (error) {
        if (killed) return; // Cut off by the kill: not acknowledged, so nothing is promised.
        throw error;
      }
      if (acknowledged.length >= KILL_AFTER && !killed) killed = server.kill();
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await (killed ?? server.kill());
  return { acknowledged, sent };
}

async function storedCodes(database: Database) {
  return new Set((await database.db.selectFrom('feedback').select('code').execute()).map((r) => r.code));
}

for (const engine of engines()) {
  describe(`feedback durability: SIGKILL during a burst of submissions (${engine})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-kill-'));
    let database: TestDatabase | undefined;
    after(async () => {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    test('every acknowledged tracking code is in the database after the process is killed', { timeout: 360_000 }, async () => {
      database = await freshDatabase(engine);
      const key = await prepare(database, dir);
      // Up to 3 minutes to start: tsx compiles the application, on a machine shared with other work.
      const server = await startServerProcess(
        { DATABASE_URL: childUrl(database), STORAGE_DIR: join(dir, 'files'), MAIL_DIR: join(dir, 'mail'), DEMO: '0', WORKER: '0', LOG_LEVEL: 'silent' },
        { timeout: 180_000 },
      );
      const { acknowledged, sent } = await burstAndKill(server, key);
      assert.ok(acknowledged.length >= KILL_AFTER);
      assert.ok(sent > acknowledged.length, 'requests were still in flight when the server was killed');

      // A new connection after the crash: SQLite replays its WAL, as the next start of the server would.
      const reopened = engine === 'sqlite' ? createDatabase({ engine: 'sqlite', path: database.sqlitePath! }) : database;
      try {
        const stored = await storedCodes(reopened);
        assert.deepEqual(acknowledged.filter((code) => !stored.has(code)), [], 'acknowledged but lost');
        assert.equal(new Set(acknowledged).size, acknowledged.length, 'each code given once');
      } finally {
        if (reopened !== database) await reopened.close();
      }
    });
  });
}
