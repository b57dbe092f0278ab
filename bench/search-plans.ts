/**
 * The query plan of site search, piece by piece, on the cached 1,000,000-article corpus
 * (build it first with `npm run bench -- --search`):
 *
 *   node --import tsx bench/search-plans.ts
 *
 * Each line times one SQL statement of the plan (search.ts) against the alternative it replaced,
 * in this process, without HTTP, snippets or page rendering: median and p95 over the benchmark's
 * queries, 3 runs each after one untimed run. It explains the choices; bench/run.ts measures the
 * result through the real route.
 */
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { corpusPath } from './lib/corpus-build.js';
import { ms, table } from './lib/report.js';
import { CORPUS_SIZE } from './search-corpus.js';

// The benchmark's common and rarer queries, and two phrases no text holds made of syllables many
// texts hold (the worst case of a phrase walk).
const QUERIES = ['dan nhan uy', 'tu quoc to', 'cai cach', 'ho so', 'dich vu cong', 'thanh toan dien tu', 'thu tuc', 'nguoi dan', 'chuyen doi so', 'mot cua', 'ky luat', 'lang son', 'khai tu', 'cach cai', 'so ho', 'thu tuc doanh nghiep', 'ho so truc tuyen', 'tro huoi ay'];
const WINDOW = 2_000;

const path = corpusPath(CORPUS_SIZE);
if (!existsSync(path)) {
  console.error(`no corpus at ${path}: run npm run bench -- --search first`);
  process.exit(1);
}
const db = new SQLite(path, { readonly: true });
db.defaultSafeIntegers(true);

const edge = `coalesce((select s.rowid from search_fts s where s.search_fts match ? order by s.rowid desc limit 1 offset ${WINDOW - 1}), -9223372036854775808)`;
const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex');
const all = (q: string) => q.split(' ').map((t) => `"${t}"`).join(' AND ');
const phrase = (q: string) => `"${q}"`;

type Variant = { name: string; sql: string; params: (q: string) => unknown[] };
const variants: [string, Variant][] = [
  ['total', { name: 'count every match', sql: 'select count(*) from search_fts where search_fts match ?', params: (q) => [all(q)] }],
  ['total', { name: 'count up to 1,001 (TOTAL_CAP + 1)', sql: 'select count(*) from (select 1 from search_fts where search_fts match ? limit 1001)', params: (q) => [all(q)] }],
  ['newest', { name: 'all matches, newest 10 by published_at (sort)', sql: 'select e.id from search_fts f join search_entries e on e.id = (f.rowid & 2147483647) where search_fts match ? order by e.published_at desc limit 10', params: (q) => [all(q)] }],
  ['newest', { name: 'all matches, newest 10 by rowid (walk, stop)', sql: 'select rowid & 2147483647 from search_fts where search_fts match ? order by rowid desc limit 10', params: (q) => [all(q)] }],
  ['title', { name: 'phrase in title: column filter on search_fts', sql: 'select rowid & 2147483647 from search_fts where search_fts match ? order by rowid desc limit 10', params: (q) => [`title_key : ${phrase(q)}`] }],
  ['title', { name: 'phrase in title: search_title_fts', sql: 'select rowid & 2147483647 from search_title_fts where search_title_fts match ? order by rowid desc limit 10', params: (q) => [phrase(q)] }],
  ['phrase', { name: 'phrase anywhere, all matches', sql: 'select rowid & 2147483647 from search_fts where search_fts match ? order by rowid desc limit 10', params: (q) => [phrase(q)] }],
  ['phrase', { name: `phrase anywhere, newest ${WINDOW.toLocaleString('en')} matches walked newest first`, sql: `select rowid & 2147483647 from search_fts where search_fts match ? and rowid >= ${edge} order by rowid desc limit 10`, params: (q) => [phrase(q), all(q)] }],
  ['phrase', { name: `phrase anywhere, newest ${WINDOW.toLocaleString('en')} matches walked upwards (search.ts)`, sql: `select id from (select rowid & 2147483647 as id, rowid as k from search_fts where search_fts match ? and rowid >= ${edge} order by rowid limit ${WINDOW}) order by k desc limit 10`, params: (q) => [phrase(q), all(q)] }],
  ['filter', { name: 'type=procedure: read each entry (join)', sql: "select rowid & 2147483647 from search_fts where search_fts match ? and exists (select 1 from search_entries e where e.id = (search_fts.rowid & 2147483647) and e.type = 'procedure') order by rowid desc limit 1001", params: (q) => [all(q)] }],
  ['filter', { name: 'type=procedure: facet token in the match', sql: 'select rowid & 2147483647 from search_fts where search_fts match ? order by rowid desc limit 1001', params: (q) => [`${all(q)} AND "_t${hex('procedure')}"`] }],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const rows: (string | number)[][] = [];
for (const [group, v] of variants) {
  const statement = db.prepare(v.sql);
  const times: number[] = [];
  const deadline = performance.now() + 120_000;
  for (const q of QUERIES) {
    if (performance.now() > deadline) break;
    statement.all(...v.params(q));
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      statement.all(...v.params(q));
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  rows.push([group, v.name, ms(percentile(times, 50)), ms(percentile(times, 95)), ms(times.at(-1)!)]);
  console.log(`  ${v.name}: median ${ms(percentile(times, 50))} ms`);
}
console.log(`\n${table(['step', 'statement', 'median ms', 'p95 ms', 'max ms'], rows)}`);
