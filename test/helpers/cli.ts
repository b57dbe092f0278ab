// The `cchc` command line as a user or operator meets it: bin/cchc.js in a process of its own,
// configured by the environment. Shared by src/cli.test.ts and the modules' *.cli.test.ts.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: bin/cchc.js runs from here, and relative paths given to it resolve from here. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export type Run = { status: number | null; stdout: string; stderr: string };

/**
 * Runs `cchc` with `args`, in NODE_ENV=test, with `env` over the inherited environment (less LOG_LEVEL
 * and DATABASE_URL, so the caller's shell cannot point it at another database). Killed after `timeout` ms.
 */
export function cchc(args: string[], env: Record<string, string>, { timeout = 60_000 }: { timeout?: number } = {}): Promise<Run> {
  const { LOG_LEVEL: _l, DATABASE_URL: _d, ...inherited } = process.env;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/cchc.js', ...args], {
      cwd: ROOT,
      env: { ...inherited, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** A run's status and output, as the message of a failed assertion. */
export const show = (r: Run) => `status ${r.status}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;

/** The environment of an installation kept in `dir`: its database at `databaseUrl`, files and mail in `dir`. */
export const installationEnv = (dir: string, databaseUrl: string) => ({ DATABASE_URL: databaseUrl, STORAGE_DIR: join(dir, 'files'), MAIL_DIR: join(dir, 'mail') });
