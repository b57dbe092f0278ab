/**
 * Builds (or finds, cached under the system's temporary folder) a SQLite database with the demo
 * organizations, accounts and content and `count` generated feedback cases (bench/lib/feedback-rows.ts).
 *
 * The application itself makes the database first (its migrations and DEMO=1, in a server process
 * started and stopped like the benchmark's), so the accounts, units and fields are the demo's; the
 * cases are then written with one prepared INSERT in transactions of BATCH rows, and the per-year
 * counters moved past the codes used, so a new submission on the file gets the next code. Cases
 * have no timeline events: the inbox does not read them.
 *
 * The file is keyed by the generator's version, the count, the day the cases are received up to
 * (their deadlines are relative to it, and the app compares them with today) and a hash of the
 * migrations that touch the feedback tables; other migrations run forward when the app opens it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { ROLES, type Role } from '../../src/platform/auth/roles.js';
import { searchKey } from '../../src/platform/search/search.js';
import { seededRandom } from '../../src/shared/random.js';
import { FEEDBACK_COLUMNS, feedbackRow, type InboxWorld } from './feedback-rows.js';
import { startServer } from './processes.js';

/** Bump when the generator or the rows it writes change. */
export const INBOX_VERSION = 'v2';
const SEED = 20261127;
const BATCH = 10_000;

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/platform/db/migrations');

function feedbackSchemaFingerprint(): string {
  const hash = createHash('sha1');
  for (const name of readdirSync(migrationsDir).sort()) {
    if (!/^\d{4}_\d{2}_\d{2}_\d{4}_.*\.ts$/.test(name)) continue;
    const source = readFileSync(join(migrationsDir, name), 'utf8');
    if (/'feedback/.test(source)) hash.update(name).update(source);
  }
  return hash.digest('hex').slice(0, 10);
}

export function inboxPath(count: number, until: string): string {
  return join(tmpdir(), 'cchc-bench-inbox', `inbox-${INBOX_VERSION}-${count}-${until}-${feedbackSchemaFingerprint()}.db`);
}

export type InboxBuild = { path: string; cached: boolean; seconds: number; rows: number; bytes: number };

/** The demo's world as the generator needs it, read from the database the app made. */
function readWorld(sqlite: SQLite.Database, until: number): InboxWorld {
  const organizationId = sqlite.prepare('SELECT organization_id FROM feedback_fields ORDER BY id LIMIT 1').pluck().get() as number | undefined;
  if (organizationId === undefined) throw new Error('no feedback field: the demo did not load');
  const ids = (query: string, ...params: unknown[]) => sqlite.prepare(query).pluck().all(...params) as number[];
  const handlerRoles = (Object.keys(ROLES) as Role[]).filter((r) => (ROLES[r].permissions as readonly string[]).includes('feedback.handle'));
  const handlerIds = sqlite
    .prepare(`SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id WHERE u.organization_id = ? AND u.status = 'active' AND r.role IN (${handlerRoles.map(() => '?').join(', ')}) ORDER BY u.id`)
    .pluck()
    .all(organizationId, ...handlerRoles) as number[];
  const counters = sqlite.prepare('SELECT year, last FROM feedback_counters WHERE organization_id = ?').all(organizationId) as { year: number; last: number }[];
  return {
    organizationId,
    fieldIds: ids('SELECT id FROM feedback_fields WHERE organization_id = ? AND active = 1 ORDER BY id', organizationId),
    unitIds: ids('SELECT id FROM units WHERE organization_id = ? AND active = 1 ORDER BY id', organizationId),
    handlerIds,
    lastSeq: new Map(counters.map((c) => [c.year, c.last])),
    until,
  };
}

export async function ensureInbox(count: number, log: (line: string) => void = console.log): Promise<InboxBuild> {
  const untilDay = new Date().toISOString().slice(0, 10);
  const path = inboxPath(count, untilDay);
  if (existsSync(path)) return { path, cached: true, seconds: 0, rows: count, bytes: statSync(path).size };
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  // Another day's or schema's file of this size is stale: keep only the one in use.
  for (const name of readdirSync(folder)) {
    if (name.includes(`-${count}-`) && join(folder, name.replace(/(\.partial)?(-wal|-shm)?$/, '')) !== path) {
      log(`  inbox: removing the stale ${name}`);
      rmSync(join(folder, name), { force: true });
    }
  }
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();

  const work = mkdtempSync(join(tmpdir(), 'cchc-bench-inbox-'));
  try {
    const seed = await startServer('inbox-seed', 'app-server.ts', {
      timeoutMs: 300_000,
      env: { DATABASE_URL: `sqlite:${partial}`, STORAGE_DIR: join(work, 'files'), MAIL_DIR: join(work, 'mail'), NODE_ENV: 'development', DEMO: '1', LOG_LEVEL: 'silent', WORKER: '0', PORT: '0' },
    });
    await seed.stop();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const sqlite = new SQLite(partial);
  try {
    sqlite.pragma('journal_mode = WAL');
    // A benchmark artifact rebuilt from scratch if interrupted: no fsync per batch.
    sqlite.pragma('synchronous = OFF');
    const world = readWorld(sqlite, Date.parse(`${untilDay}T00:00:00Z`));
    // The title's folded words, as the repository writes them (the triggers of migration 0017 index them).
    const columns = [...FEEDBACK_COLUMNS, 'title_key'];
    const insert = sqlite.prepare(`INSERT INTO feedback (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const titleAt = FEEDBACK_COLUMNS.indexOf('title');
    const random = seededRandom(SEED);
    const write = sqlite.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const row = feedbackRow(i, count, random, world);
        insert.run(...row, searchKey(String(row[titleAt])));
      }
    });
    let lastLog = performance.now();
    for (let from = 0; from < count; from += BATCH) {
      write(from, Math.min(count, from + BATCH));
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        log(`  inbox: ${Math.min(count, from + BATCH)} / ${count} cases, ${Math.round((performance.now() - started) / 1000)} s`);
      }
    }
    const counter = sqlite.prepare('INSERT INTO feedback_counters (organization_id, year, last) VALUES (?, ?, ?) ON CONFLICT (organization_id, year) DO UPDATE SET last = excluded.last');
    sqlite.transaction(() => world.lastSeq.forEach((last, year) => counter.run(world.organizationId, year, last)))();
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  renameSync(partial, path);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  return { path, cached: false, seconds: Math.round((performance.now() - started) / 100) / 10, rows: count, bytes: statSync(path).size };
}
