import autocannon, { type Request } from 'autocannon';

export type LoadFigures = {
  /** Successful (2xx) responses per second over the whole run. */
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  requests: number;
  seconds: number;
};

/** What Chromium sends with every request: pages are measured as a browser asks for them, compressed when the server offers it. */
export const BROWSER_HEADERS: Readonly<Record<string, string>> = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/**
 * One autocannon run from this process against 127.0.0.1: `connections` keep-alive connections,
 * no pipelining, for `seconds`; the requests (a path is a GET) are taken in turn by each connection,
 * each with `headers` (a browser's unless told otherwise) under its own.
 * A short warm-up run first lets the JIT and the page cache settle; it is not counted.
 */
export async function load(
  base: string,
  paths: (string | Request)[],
  options: { connections: number; seconds: number; warmupSeconds: number; headers?: Record<string, string> },
): Promise<LoadFigures> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`loads target 127.0.0.1 only, not ${base}`);
  const requests = paths.map((path) => (typeof path === 'string' ? { path, method: 'GET' } : path));
  const headers = { ...(options.headers ?? BROWSER_HEADERS) };
  if (options.warmupSeconds > 0) await autocannon({ url: base, connections: options.connections, duration: options.warmupSeconds, headers, requests });
  const r = await autocannon({ url: base, connections: options.connections, duration: options.seconds, timeout: 10, headers, requests });
  return {
    rps: Math.round(r['2xx'] / r.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
    requests: r.requests.total,
    seconds: r.duration,
  };
}
