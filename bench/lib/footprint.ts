import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT } from '../../test/helpers/cli.js';
import { startServerProcess } from '../../test/helpers/server-process.js';

export type Footprint = {
  /** From spawning the process to the first 200 from /healthz, on a database that already exists. */
  coldStartMs: number;
  /** Resident memory of the application process right after that first answer, then after the pages below and a pause. */
  rssAfterStartMB: number | null;
  rssIdleMB: number | null;
};

/** The pages a first visitor and an editor's browser ask for after a start. */
const FIRST_PAGES = ['/', '/thu-tuc-hanh-chinh', '/tim-kiem?q=cai+cach', '/phan-anh-kien-nghi', '/van-ban', '/admin/login'];

/** Resident set size of a process (Linux /proc, in KiB there), in MB (10^6 bytes, as the goal says); null elsewhere. */
function rssMB(pid: number): number | null {
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib ? Math.round((Number(kib) * 1024) / 100_000) / 10 : null;
  } catch {
    return null;
  }
}

/**
 * Builds the application as production runs it (`npm run build`: compiled JavaScript, no loader),
 * starts it again on the database a previous process made (migrations and demo data already
 * there: a restart, as after a deployment), times it to the first 200 on /healthz, then loads a
 * few pages once each and measures the process's memory after two quiet seconds.
 */
export async function measureFootprint(env: Record<string, string>): Promise<Footprint> {
  const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`npm run build: ${built.stdout}${built.stderr}`);
  const started = performance.now();
  const server = await startServerProcess(env, { compiled: true, timeout: 60_000 });
  try {
    const coldStartMs = Math.round(performance.now() - started);
    const rssAfterStartMB = rssMB(server.pid);
    for (let round = 0; round < 3; round++) {
      for (const path of FIRST_PAGES) await (await fetch(server.base + path)).arrayBuffer();
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return { coldStartMs, rssAfterStartMB, rssIdleMB: rssMB(server.pid) };
  } finally {
    await server.stop();
  }
}
