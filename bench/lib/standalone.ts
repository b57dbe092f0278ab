import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './report.js';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

type Options = { count?: number; quickQueries: boolean };

/**
 * When the module at `moduleUrl` is the script Node was started with, runs its benchmark with
 * `--count=N` and `--quick` from the command line and writes bench/results/<name>-<time>.json.
 * Imported by bench/run.ts instead, it does nothing.
 */
export async function runStandalone(moduleUrl: string, name: string, run: (options: Options) => Promise<unknown>): Promise<void> {
  if (!process.argv[1] || fileURLToPath(moduleUrl) !== process.argv[1]) return;
  const countArg = process.argv.find((a) => a.startsWith('--count='));
  const startedAt = new Date();
  const figures = await run({ count: countArg ? Number(countArg.slice('--count='.length)) : undefined, quickQueries: process.argv.includes('--quick') });
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${name}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ startedAt: startedAt.toISOString(), machine: machine(), [name]: figures }, null, 2)}\n`);
  console.log(`\nwritten: ${file}`);
}
