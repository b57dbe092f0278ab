/**
 * npm run bench:scale [-- --quick]
 *
 * Throughput of the real server on PostgreSQL with WORKERS=1 and WORKERS=2 (issue 7), each run
 * beside a bare Fastify route measured in the same run. The server is src/server.ts as an operator
 * starts it, on a schema of its own (`bench_scale`, recreated) of BENCH_DATABASE_URL (default the
 * local `test` database), with the demo content. Pages: an article (a stored page, answered before
 * the framework) and site search (a database query and a rendering per request).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startServerProcess } from '../test/helpers/server-process.js';
import { load, type LoadFigures } from './lib/load.js';
import { startServer } from './lib/processes.js';
import { machine, ms, table } from './lib/report.js';

const quick = process.argv.includes('--quick');
const settings = { connections: 50, seconds: quick ? 4 : 10, warmupSeconds: quick ? 1 : 2 };
const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = 'bench_scale';
const SEARCH = ['/tim-kiem?q=thanh+toan+dien+tu', '/tim-kiem?q=c%E1%BA%A3i+c%C3%A1ch', '/tim-kiem?q=chinh+quyen+dien+tu'];

const info = machine();
console.log(`cchc bench:scale${quick ? ' --quick' : ''}: ${info.cpus} CPUs, Node ${info.node}, load ${info.loadAverage}; PostgreSQL schema ${SCHEMA}\n`);

async function resetSchema() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await client.end();
}

type Row = { scenario: string; workers: number } & LoadFigures & { bareRps: number };
const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-scale-'));
const bare = await startServer('bare', 'bare-server.ts');
try {
  await resetSchema();
  for (const workers of [1, 2]) {
    const server = await startServerProcess(
      {
        DATABASE_URL: `${databaseUrl}?schema=${SCHEMA}`,
        WORKERS: String(workers),
        NODE_ENV: 'development',
        DEMO: '1',
        LOG_LEVEL: 'silent',
        STORAGE_DIR: join(work, 'files'),
        MAIL_DIR: join(work, 'mail'),
      },
      { timeout: 300_000 },
    );
    try {
      const home = await (await fetch(`${server.base}/`)).text();
      const article = /href="(\/tin-tuc\/[a-z0-9-]+)"/.exec(home)?.[1];
      if (!article) throw new Error('the home page links no article: is the demo content loaded?');
      for (const [scenario, paths] of [['article /tin-tuc/:slug', [article]], ['search /tim-kiem (demo data)', SEARCH]] as const) {
        const bareFigures = await load(bare.base, ['/'], settings);
        const figures = await load(server.base, [...paths], settings);
        rows.push({ scenario, workers, ...figures, bareRps: bareFigures.rps });
        console.log(`  ${workers} × ${scenario.padEnd(28)} ${String(figures.rps).padStart(6)} req/s  p99 ${ms(figures.p99)} ms  errors ${figures.errors}  (bare ${bareFigures.rps})`);
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await bare.stop();
  await resetSchema();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `\n${table(
    ['scenario', 'processes', 'req/s', 'p50 ms', 'p99 ms', 'errors', '× bare'],
    rows.map((r) => [r.scenario, r.workers, r.rps, ms(r.p50), ms(r.p99), r.errors, (r.rps / r.bareRps).toFixed(3)]),
  )}`,
);
const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ quick, settings, machine: info, rows }, null, 2)}\n`);
console.log(`\nwritten: ${file}`);
