import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), '..');

export type Server = { name: string; base: string; pid: number; stop(): Promise<void> };

/**
 * Starts one of bench/servers/*.ts in its own Node process and waits (at most `timeoutMs`) for it
 * to report the port it listens on, on 127.0.0.1. `cpuProfDir` adds `--cpu-prof` to that process.
 */
export async function startServer(
  name: string,
  script: 'app-server.ts' | 'bare-server.ts',
  options: { env?: Record<string, string>; timeoutMs?: number; cpuProfDir?: string } = {},
): Promise<Server> {
  // One folder per process: the tsx loader thread writes a profile of its own beside the main thread's.
  const execArgv = ['--import', 'tsx', ...(options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${join(options.cpuProfDir, `${name}-${Date.now()}`)}`] : [])];
  const child = spawn(process.execPath, [...execArgv, join(benchDir, 'servers', script)], {
    cwd: join(benchDir, '..'),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: not listening after ${options.timeoutMs ?? 60_000} ms`));
    }, options.timeoutMs ?? 60_000);
    child.once('message', (message: { ready?: boolean; port?: number }) => {
      clearTimeout(timer);
      if (message.ready && message.port) resolve(message.port);
      else reject(new Error(`${name}: unexpected message ${JSON.stringify(message)}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited with code ${code} before listening`));
    });
  });
  return { name, base: `http://127.0.0.1:${port}`, pid: child.pid!, stop: () => stopChild(child) };
}

/** SIGTERM, then SIGKILL after 10 s: this process's own child, by its handle. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
