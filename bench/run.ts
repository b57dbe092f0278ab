/**
 * npm run bench [-- --quick] [-- --search] [-- --profile]
 *
 * Loads the real server and a bare Fastify route, each in its own process on 127.0.0.1, with
 * autocannon from this process, and prints every figure with its ratio to the bare route of the
 * same run (the machine is shared; absolute numbers drift, ratios much less). Writes
 * bench/results/<timestamp>.json. `--search` adds the search benchmark on a 1,000,000-article
 * corpus (bench/search-corpus.ts; built once, then cached under the temporary folder).
 * `--profile` runs the application process with `--cpu-prof` (profiles in <tmp>/cchc-bench-profiles).
 * `--feedback` measures only the feedback submissions (and the bare route): a short run that writes.
 * `--inbox` adds the back office feedback inbox at 1,000,000 cases (bench/inbox-scale.ts; in the full
 * run unless `--no-inbox`). Every run restarts the application on its database once more to measure
 * cold start and idle memory (bench/lib/footprint.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'autocannon';
import { runInboxBenchmark, type InboxFigures } from './inbox-scale.js';
import { appScenarios } from './lib/app-scenarios.js';
import { feedbackRequests } from './lib/feedback.js';
import { measureFootprint, type Footprint } from './lib/footprint.js';
import { BROWSER_HEADERS, load, type LoadFigures } from './lib/load.js';
import { startServer } from './lib/processes.js';
import { machine, ms, table } from './lib/report.js';
import { runSearchBenchmark, type SearchFigures } from './search-corpus.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const onlyFeedback = args.has('--feedback');
const withSearch = !onlyFeedback && (args.has('--search') || (!quick && !args.has('--no-search')));
const withInbox = !onlyFeedback && (args.has('--inbox') || (!quick && !args.has('--no-inbox')));
const profile = args.has('--profile');
const SUBMITTERS = 20;
const settings = { connections: 50, seconds: quick ? 4 : 10, warmupSeconds: quick ? 1 : 2 };

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
const startedAt = new Date();
const info = machine();
console.log(`cchc bench${quick ? ' --quick' : ''}: ${info.cpus} CPUs (${info.cpuModel}), ${info.memoryGiB} GiB, Node ${info.node}, load ${info.loadAverage}`);
console.log(`autocannon -c ${settings.connections} -d ${settings.seconds} (warm-up ${settings.warmupSeconds} s) from this process, servers in their own processes on 127.0.0.1\n`);

type Row = { scenario: string; path: string; connections: number } & LoadFigures;
const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
let search: SearchFigures | null = null;
let inbox: InboxFigures | null = null;
let footprint: Footprint | null = null;
const unavailable: { scenario: string; reason: string }[] = [];
/** The article page's size as sent uncompressed and as a browser receives it (brotli). */
const articleBytes = { identity: 0, browser: 0 };

async function measure(base: string, scenario: string, paths: (string | Request)[], options: { connections?: number; headers?: Record<string, string> } = {}) {
  const connections = options.connections ?? settings.connections;
  for (const path of paths) {
    const r = typeof path === 'string' ? { path, method: 'GET' } : path;
    const response = await fetch(base + r.path, { method: r.method, headers: r.headers, body: r.body });
    if (response.status < 200 || response.status > 299) throw new Error(`${scenario}: ${r.method} ${r.path} answers ${response.status}`);
    await response.arrayBuffer();
  }
  const figures = await load(base, paths, { ...settings, connections, headers: options.headers });
  rows.push({ scenario, connections, path: paths.map((p) => (typeof p === 'string' ? p : `${p.method} ${p.path?.split('?')[0]}`)).join(' '), ...figures });
  console.log(`  ${scenario.padEnd(28)} ${String(figures.rps).padStart(6)} req/s  p50 ${ms(figures.p50)} ms  p99 ${ms(figures.p99)} ms  errors ${figures.errors}`);
}

async function measurePages(base: string) {
  const home = await (await fetch(`${base}/`)).text();
  const article = /href="(\/tin-tuc\/[a-z0-9-]+)"/.exec(home)?.[1];
  const category = /href="(\/danh-muc\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!article || !category) throw new Error('the home page links no article or no category: is the demo content loaded?');
  articleBytes.identity = (await (await fetch(base + article, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
  const asBrowsers = await fetch(base + article, { headers: BROWSER_HEADERS });
  await asBrowsers.arrayBuffer();
  articleBytes.browser = Number(asBrowsers.headers.get('content-length'));
  await measure(base, 'home /', ['/']);
  await measure(base, 'article /tin-tuc/:slug', [article]);
  // The same page to a client that accepts no compression: what the front cache costs per byte sent.
  await measure(base, 'article, uncompressed', [article], { headers: {} });
  await measure(base, 'category /danh-muc/:slug', [category]);
  await measure(base, 'search /tim-kiem (demo data)', ['/tim-kiem?q=thanh+toan+dien+tu', '/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch', '/tim-kiem?q=chinh+quyen+dien+tu']);
  const more = await appScenarios(base);
  for (const s of more.scenarios) await measure(base, s.scenario, s.paths);
  for (const u of more.unavailable) console.log(`  ${u.scenario}: unavailable (${u.reason})`);
  unavailable.push(...more.unavailable);
}

const bare = await startServer('bare', 'bare-server.ts');
try {
  await measure(bare.base, 'bare route (start)', ['/']);

  const appEnv = {
    DATABASE_URL: `sqlite:${join(work, 'bench.db')}`,
    STORAGE_DIR: join(work, 'files'),
    MAIL_DIR: join(work, 'mail'),
    NODE_ENV: 'development',
    DEMO: '1',
    LOG_LEVEL: 'silent',
    WORKER: '0',
    PORT: '0',
    // The form's submissions come from many citizens' addresses (X-Forwarded-For), as behind the reverse proxy.
    TRUST_PROXY: '1',
  };
  const app = await startServer('app', 'app-server.ts', { timeoutMs: 180_000, cpuProfDir: profile ? join(tmpdir(), 'cchc-bench-profiles') : undefined, env: appEnv });
  try {
    if (!onlyFeedback) await measurePages(app.base);
    const feedback = await feedbackRequests(app.base, appEnv);
    // 20 citizens or partner systems sending at once and without pause: with 50, a p99 of 50 ms could
    // not hold at 1,000 a second (Little's law: 50 in flight at 1,000/s is 50 ms each on average).
    await measure(app.base, 'feedback Open311 POST', [feedback.open311], { connections: SUBMITTERS });
    await measure(app.base, 'feedback form POST', [feedback.form], { connections: SUBMITTERS });
  } finally {
    await app.stop();
  }
  if (!onlyFeedback) footprint = await measureFootprint(appEnv);

  // What the article's size alone costs: the bare server sending as many bytes from memory.
  if (articleBytes.identity) await measure(bare.base, 'bare, article-sized body', [`/bytes/${articleBytes.identity}`]);
  await measure(bare.base, 'bare route (end)', ['/']);
  await bare.stop();

  if (withSearch) search = await runSearchBenchmark({ quickQueries: quick, log: (line) => console.log(line) });
  if (withInbox) inbox = await runInboxBenchmark({ quickQueries: quick, log: (line) => console.log(line) });
} finally {
  await bare.stop();
  rmSync(work, { recursive: true, force: true });
}

const bareRows = rows.filter((r) => r.scenario.startsWith('bare route ('));
const bareRps = bareRows.reduce((sum, r) => sum + r.rps, 0) / bareRows.length;
const ratio = (rps: number) => Math.round((rps / bareRps) * 1000) / 1000;

console.log(`\nThroughput (bare route = mean of the two bare runs, ${Math.round(bareRps)} req/s)\n`);
console.log(
  table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', '× bare'],
    rows.map((r) => [r.scenario, r.rps, ms(r.p50), ms(r.p99), r.errors, ratio(r.rps).toFixed(3)]),
  ),
);
const articleRow = rows.find((r) => r.scenario.startsWith('article /'));
const uncompressedRow = rows.find((r) => r.scenario === 'article, uncompressed');
const sameBytes = rows.find((r) => r.scenario.startsWith('bare, article-sized'));
if (articleRow && uncompressedRow && sameBytes) {
  console.log(
    `\narticle page as browsers get it (${articleBytes.browser} bytes, brotli): ${(ratio(articleRow.rps) * 100).toFixed(0)}% of the bare route (goal ≥ 50%); ${articleRow.errors} errors (goal 0)` +
      `\nuncompressed (${articleBytes.identity} bytes): ${(ratio(uncompressedRow.rps) * 100).toFixed(0)}% of the bare route, ` +
      `${Math.round((uncompressedRow.rps / sameBytes.rps) * 100)}% of the bare server sending as many bytes`,
  );
}
for (const row of rows.filter((r) => r.scenario.startsWith('feedback'))) {
  console.log(`${row.scenario} (${row.connections} connections): ${row.rps} durable submissions/s, p99 ${ms(row.p99)} ms (goal ≥ 1,000/s, p99 ≤ 50 ms); ${row.errors} errors`);
}
if (search) {
  console.log(`search at ${search.corpus.rows.toLocaleString('en')} articles: median ${ms(search.all.median)} ms, p95 ${ms(search.all.p95)} ms (goal p95 ≤ 50 ms)`);
}
if (inbox) {
  console.log(`feedback inbox at ${inbox.database.rows.toLocaleString('en')} cases: median ${ms(inbox.all.median)} ms, p95 ${ms(inbox.all.p95)} ms with filters and pages (goal p95 ≤ 100 ms); search box p95 ${ms(inbox.search.p95)} ms; counts per state ${inbox.countsChecked ? 'correct' : 'WRONG'}`);
}
if (footprint) {
  console.log(`cold start on an existing database: ${footprint.coldStartMs} ms to the first 200 on /healthz (goal ≤ 2,000 ms)`);
  console.log(`memory: ${footprint.rssAfterStartMB} MB RSS after start, ${footprint.rssIdleMB} MB idle after a few pages (goal ≤ 150 MB)`);
}

mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ startedAt: startedAt.toISOString(), quick, settings, machine: info, bareRps: Math.round(bareRps), articleBytes, scenarios: rows.map((r) => ({ ...r, ratioToBare: ratio(r.rps) })), unavailable, footprint, search, inbox }, null, 2)}\n`,
);
console.log(`\nwritten: ${file}`);
if (profile) console.log(`CPU profiles of the application: ${join(tmpdir(), 'cchc-bench-profiles')}`);
