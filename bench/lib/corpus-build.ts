/**
 * Builds (or finds, cached under the system's temporary folder) a SQLite database holding
 * `count` generated Vietnamese articles in the real search index.
 *
 * Rows are written in two ways that give identical rows, and the build checks it:
 * - the first REAL_PATH_ROWS through `createSearch('sqlite').upsert` (Kysely, the app's own path);
 * - the rest with one prepared INSERT of the same ten columns, computed by the same `searchKey`,
 *   in transactions of BATCH rows. The search_entries triggers of the migrations maintain the
 *   full-text index in both cases. Going through Kysely for a million rows costs ~170 µs a row
 *   (about three minutes more on this machine) and measures nothing the benchmark is about.
 * Generation and folding (~115 µs an article) run in a worker thread beside the writes; each batch
 * is written in publication order, as a site publishes (2% of entries are back-dated documents).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { createDatabase, migrateToLatest } from '../../src/platform/db/database.js';
import { createSearch } from '../../src/platform/search/search.js';
import type { CorpusRow } from './corpus-rows.js';

/** Bump when the generator or the rows it writes change. */
export const CORPUS_VERSION = 'v2';
const SEED = 20261127;
const BATCH = 10_000;
const REAL_PATH_ROWS = 1_000;

const here = dirname(fileURLToPath(import.meta.url));
const migrationsDir = join(here, '../../src/platform/db/migrations');

/**
 * The search schema's fingerprint: the migrations that create or change search structures. Other
 * migrations run forward on a cached corpus when the app opens it; these ones mean a new build.
 */
function searchSchemaFingerprint(): string {
  const hash = createHash('sha1');
  for (const name of readdirSync(migrationsDir).sort()) {
    if (!/^\d{4}_\d{2}_\d{2}_\d{4}_.*\.ts$/.test(name)) continue;
    const source = readFileSync(join(migrationsDir, name), 'utf8');
    if (/search_(entries|fts|title)/.test(source)) hash.update(name).update(source);
  }
  return hash.digest('hex').slice(0, 10);
}

export function corpusPath(count: number): string {
  return join(tmpdir(), 'cchc-bench-corpus', `corpus-${CORPUS_VERSION}-${count}-${searchSchemaFingerprint()}.db`);
}

const COLUMNS = ['type', 'ref_id', 'organization_id', 'title', 'body', 'url', 'category', 'published_at', 'title_key', 'body_key'] as const;

function bulkValues(row: CorpusRow) {
  const e = row.entry;
  return [e.type, String(e.refId), e.organizationId ?? null, e.title, e.body, e.url, e.category ?? '', e.publishedAt, row.titleKey, row.bodyKey];
}

export type BuildReport = { path: string; cached: boolean; seconds: number; rows: number; bytes: number };

export async function ensureCorpus(count: number, log: (line: string) => void = console.log): Promise<BuildReport> {
  const path = corpusPath(count);
  if (existsSync(path)) return { path, cached: true, seconds: 0, rows: count, bytes: statSync(path).size };
  mkdirSync(dirname(path), { recursive: true });
  // Other versions of a corpus of this size are several gigabytes each: keep only the one in use.
  for (const name of readdirSync(dirname(path))) {
    if (name.includes(`-${count}-`) && join(dirname(path), name.replace(/(\.partial)?(-wal|-shm)?$/, '')) !== path) {
      log(`  corpus: removing the stale ${name}`);
      rmSync(join(dirname(path), name), { force: true });
    }
  }
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();

  // Node 20 does not pass `--import tsx` on to workers: register tsx in the worker, then load it.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(join(here, 'corpus-worker.ts')).href)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { count, seed: SEED } });
  // The worker answers requests in order: one resolver per request, first in first out. (A race
  // against one shared "failed" promise per batch would keep every batch alive through it.)
  const waiting: { resolve: (rows: CorpusRow[]) => void; reject: (error: unknown) => void }[] = [];
  worker.on('message', (rows: CorpusRow[]) => waiting.shift()!.resolve(rows));
  worker.on('error', (error) => waiting.splice(0).forEach((w) => w.reject(error)));
  const batches = new Map<number, Promise<CorpusRow[]>>();
  const request = (from: number) => {
    if (from >= count || batches.has(from)) return;
    batches.set(from, new Promise<CorpusRow[]>((resolve, reject) => waiting.push({ resolve, reject })));
    worker.postMessage({ from, to: Math.min(count, from + BATCH) });
  };

  try {
    // The app's schema and the app's write path for the first rows.
    const database = createDatabase({ engine: 'sqlite', path: partial });
    await migrateToLatest(database);
    const search = createSearch('sqlite');
    request(0);
    const first = await batches.get(0)!;
    batches.delete(0);
    request(BATCH);
    await database.db.transaction().execute(async (trx) => {
      for (const row of first.slice(0, REAL_PATH_ROWS)) await search.upsert(trx, row.entry);
    });
    await database.close();

    const sqlite = new SQLite(partial);
    sqlite.pragma('journal_mode = WAL');
    // A benchmark artifact rebuilt from scratch if interrupted: no fsync per batch.
    sqlite.pragma('synchronous = OFF');
    const insert = sqlite.prepare(`INSERT INTO search_entries (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
    const write = sqlite.transaction((rows: CorpusRow[]) => {
      for (const row of rows) insert.run(bulkValues(row));
    });

    // Both paths must give the same rows: compare the upserted ones with what the bulk path writes.
    const stored = sqlite.prepare(`SELECT ${COLUMNS.join(', ')} FROM search_entries ORDER BY id`).raw().all() as unknown[][];
    first.slice(0, REAL_PATH_ROWS).forEach((row, i) => {
      const expected = JSON.stringify(bulkValues(row));
      if (JSON.stringify(stored[i]) !== expected) throw new Error(`bulk and upsert rows differ at ${i}: ${JSON.stringify(stored[i])} vs ${expected}`);
    });

    write(first.slice(REAL_PATH_ROWS));
    let lastLog = performance.now();
    for (let from = BATCH; from < count; from += BATCH) {
      request(from + BATCH);
      const rows = await batches.get(from)!;
      batches.delete(from);
      write(rows);
      if (performance.now() - lastLog > 15_000) {
        lastLog = performance.now();
        log(`  corpus: ${from + rows.length} / ${count} rows, ${Math.round((performance.now() - started) / 1000)} s`);
      }
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
  } finally {
    await worker.terminate();
  }
  renameSync(partial, path);
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { path, cached: false, seconds, rows: count, bytes: statSync(path).size };
}
