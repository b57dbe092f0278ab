/**
 * Site search at scale: 1,000,000 generated Vietnamese articles of ~300 syllables
 * (bench/lib/corpus-text.ts) in the real search index, queried through HTTP.
 *
 *   node --import tsx bench/search-corpus.ts [--count=N] [--quick]
 *   npm run bench -- --search
 *
 * The corpus is built once (bench/lib/corpus-build.ts) and cached under the temporary folder,
 * keyed by the generator's version and the search migrations. The server is the full application
 * (buildApp, DEMO=0, WORKER=0) opened on the corpus file, so each request goes through the real
 * route /tim-kiem: validation, `createSearch('sqlite').query`, snippets and the rendered page.
 * Queries are sent one at a time on one keep-alive connection: latency, not throughput, is the goal.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { queryTerms } from '../src/platform/search/search.js';
import { foldVi } from '../src/shared/text.js';
import { ensureCorpus } from './lib/corpus-build.js';
import { vocabulary } from './lib/corpus-text.js';
import { load, type LoadFigures } from './lib/load.js';
import { startServer } from './lib/processes.js';
import { ms, table } from './lib/report.js';
import { runStandalone } from './lib/standalone.js';
import { percentile, round1 as round, timed } from './lib/timing.js';

export const CORPUS_SIZE = 1_000_000;

/** 2–3 syllable queries, as typed (mostly without diacritics), from the most common words down. */
const FIXED_QUERIES = [
  'cai cach', 'ho so', 'dich vu cong', 'thanh toan dien tu', 'thu tuc', 'nguoi dan', 'doanh nghiep', 'truc tuyen',
  'cải cách', 'chuyen doi so', 'mot cua', 'cong chuc', 'ky luat', 'chu ky so', 'dinh danh dien tu', 'phan anh',
  'rau cai', 'so sanh', 'lang son', 'khai tu', 'ho tich', 'thu truong',
  // Syllables many texts hold, in an order few or none hold as a phrase ("ủy" is always followed
  // by "ban"): the phrase tier's worst case.
  'cach cai', 'dan nhan uy',
];

/** Filters and deep pages: what the search form also sends. */
const FILTERED_QUERIES = [
  'q=ho+so&type=procedure', 'q=cai+cach&category=ket-qua-cchc', 'q=dich+vu+cong&from=01%2F01%2F2020&to=31%2F12%2F2020',
  'q=thu+tuc&page=5', 'q=nguoi+dan&page=50', 'q=khai+tu&type=document',
];

/** Words of the generated vocabulary at falling frequency (2–3 syllables), folded as a user would type them. */
function rarerQueries(): string[] {
  const { words } = vocabulary();
  const out: string[] = [];
  for (const rank of [400, 1_500, 5_000, 15_000, 35_000]) {
    const word = words.slice(rank).find((w) => [2, 3].includes(w.split(' ').length))!;
    out.push(foldVi(word));
  }
  return out;
}


export type QueryFigures = { query: string; matches: number | null; median: number; max: number };
export type SearchFigures = {
  corpus: { rows: number; bytes: number; buildSeconds: number | null; path: string };
  /** 1-minute load average before and after the timed passes (2 CPUs: above ~2 something else ran). */
  loadAverage: [number, number];
  all: { median: number; p95: number; max: number; requests: number };
  filtered: { median: number; p95: number; max: number; requests: number };
  perQuery: QueryFigures[];
  throughput: LoadFigures;
};

export async function runSearchBenchmark(options: { count?: number; quickQueries?: boolean; log?: (line: string) => void } = {}): Promise<SearchFigures> {
  const log = options.log ?? console.log;
  const count = options.count ?? CORPUS_SIZE;
  log(`\nsearch at scale: corpus of ${count.toLocaleString('en')} articles`);
  const built = await ensureCorpus(count, log);
  const sidecar = `${built.path}.json`;
  if (!built.cached) writeFileSync(sidecar, JSON.stringify({ buildSeconds: built.seconds, builtAt: new Date().toISOString() }));
  const buildSeconds = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as { buildSeconds: number }).buildSeconds : null;
  log(`  corpus: ${built.path} (${(built.bytes / 2 ** 30).toFixed(2)} GiB, ${built.cached ? 'cached' : 'built'}${buildSeconds ? `; build took ${buildSeconds} s` : ''})`);

  const work = mkdtempSync(join(tmpdir(), 'cchc-bench-search-'));
  const server = await startServer('search-app', 'app-server.ts', {
    timeoutMs: 300_000,
    env: {
      DATABASE_URL: `sqlite:${built.path}`,
      STORAGE_DIR: join(work, 'files'),
      MAIL_DIR: join(work, 'mail'),
      NODE_ENV: 'development',
      DEMO: '0',
      LOG_LEVEL: 'silent',
      WORKER: '0',
      PORT: '0',
    },
  });
  try {
    const queries = [...FIXED_QUERIES, ...rarerQueries()];
    const paths = queries.map((q) => `/tim-kiem?q=${encodeURIComponent(q).replace(/%20/g, '+')}`);
    const filtered = FILTERED_QUERIES.map((q) => `/tim-kiem?${q}`);
    const rounds = options.quickQueries ? 2 : 5;
    const deadline = performance.now() + 10 * 60_000;

    // One untimed pass: the first touch of each page of the index comes from disk.
    const loadBefore = Math.round(loadavg()[0]! * 100) / 100;
    for (const path of [...paths, ...filtered]) await timed(server.base, path);
    // How many texts hold all the syllables, counted apart (the page shows at most TOTAL_CAP).
    const matches = new Map<string, number>();
    const reader = new SQLite(built.path, { readonly: true });
    try {
      const count = reader.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck();
      queries.forEach((q, i) => matches.set(paths[i]!, Number(count.get(queryTerms(q).map((t) => `"${t}"`).join(' AND ')))));
    } finally {
      reader.close();
    }
    const samples = new Map<string, number[]>([...paths, ...filtered].map((p) => [p, []]));
    for (let round = 0; round < rounds && performance.now() < deadline; round++) {
      for (const path of [...paths, ...filtered]) samples.get(path)!.push((await timed(server.base, path)).ms);
    }
    const summary = (list: string[]) => {
      const all = list.flatMap((p) => samples.get(p)!).sort((a, b) => a - b);
      return { median: round(percentile(all, 50)), p95: round(percentile(all, 95)), max: round(all.at(-1)!), requests: all.length };
    };
    const perQuery = [...paths, ...filtered].map((path) => {
      const s = [...samples.get(path)!].sort((a, b) => a - b);
      return { query: decodeURIComponent(path.replace('/tim-kiem?', '').replace(/\+/g, ' ')), matches: matches.get(path) ?? null, median: round(percentile(s, 50)), max: round(s.at(-1)!) };
    });
    const throughput = await load(server.base, paths, { connections: 10, seconds: options.quickQueries ? 3 : 5, warmupSeconds: 0 });

    const figures: SearchFigures = {
      corpus: { rows: count, bytes: built.bytes, buildSeconds, path: built.path },
      loadAverage: [loadBefore, Math.round(loadavg()[0]! * 100) / 100],
      all: summary(paths),
      filtered: summary(filtered),
      perQuery,
      throughput,
    };
    log(`\n${table(['query', 'texts holding all its syllables', 'median ms', 'max ms'], perQuery.map((q) => [q.query, q.matches?.toLocaleString('en') ?? '', ms(q.median), ms(q.max)]))}`);
    log(`\n  ${queries.length} queries × ${rounds} rounds, one at a time: median ${ms(figures.all.median)} ms, p95 ${ms(figures.all.p95)} ms, max ${ms(figures.all.max)} ms`);
    log(`  filters and deep pages: median ${ms(figures.filtered.median)} ms, p95 ${ms(figures.filtered.p95)} ms, max ${ms(figures.filtered.max)} ms`);
    log(`  load average ${figures.loadAverage[0]} before, ${figures.loadAverage[1]} after`);
    log(`  throughput, 10 connections: ${throughput.rps} req/s, p99 ${ms(throughput.p99)} ms, errors ${throughput.errors}`);
    return figures;
  } finally {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await runStandalone(import.meta.url, 'search', runSearchBenchmark);
