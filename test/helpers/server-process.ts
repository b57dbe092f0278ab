// The real server (src/server.ts) in a process of its own, as an operator runs it: for tests that
// need several processes, or to kill one.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from './cli.js';

/** A port nobody listens on now, for a child to take. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export type ServerProcess = {
  base: string;
  pid: number;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, then waits for the exit: a crash, a power cut as far as the process can tell. */
  kill(): Promise<void>;
};

/**
 * Starts src/server.ts (or its compiled form) with `env` (over NODE_ENV=test, LOG_LEVEL=warn, the inherited PATH) on a free
 * port of 127.0.0.1 and waits, up to `timeout` ms, until /healthz answers.
 */
export async function startServerProcess(env: Record<string, string>, { timeout = 120_000, compiled = false } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // `compiled`: the output of `npm run build`, as production runs it (`npm run serve`).
  const child = spawn(process.execPath, compiled ? ['dist/server.js'] : ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    // The address is this helper's to choose: it is where it waits for the server.
    env: { PATH: process.env.PATH, NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env, HOST: '127.0.0.1', PORT: String(port), BASE_URL: base },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const until = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > until) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /healthz within ${timeout} ms: ${stderr}`);
    }
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const end = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { base, pid: child.pid!, stop: end('SIGTERM'), kill: end('SIGKILL') };
}

type Response = { statusCode: number; body: string; headers: Record<string, string>; cookies: { name: string; value: string; expires?: Date }[] };

/** Something `agent` can drive over a real connection, as it drives app.inject. */
export function overHttp(base: string) {
  return {
    async inject(request: { method: string; url: string; headers?: Record<string, string>; payload?: string | Buffer }): Promise<Response> {
      const response = await fetch(base + request.url, { method: request.method, headers: request.headers, body: typeof request.payload === 'string' || request.payload === undefined ? request.payload : new Uint8Array(request.payload), redirect: 'manual' });
      const cookies = response.headers.getSetCookie().map((line) => {
        const [pair, ...attributes] = line.split(';');
        const [name, ...value] = pair!.split('=');
        const expires = attributes.map((a) => a.trim()).find((a) => /^expires=/i.test(a));
        return { name: name!.trim(), value: value.join('=').trim(), expires: expires ? new Date(expires.slice(8)) : undefined };
      });
      return { statusCode: response.status, body: await response.text(), headers: Object.fromEntries(response.headers), cookies };
    },
  };
}
