/** The p-th percentile of an ascending list (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export const round1 = (v: number) => Math.round(v * 10) / 10;

/** One GET, timed from sending to the last byte of the body; anything but 200 is an error. */
export async function timed(base: string, path: string, headers: Record<string, string> = {}): Promise<{ ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(base + path, { headers });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${path} answers ${response.status}`);
  return { ms: elapsed, body };
}

export type Summary = { median: number; p95: number; max: number; requests: number };

/** Median, p95 and maximum of a list of times (ms), rounded to 0.1 ms. */
export function summarize(times: number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round1(percentile(sorted, 50)), p95: round1(percentile(sorted, 95)), max: round1(sorted.at(-1)!), requests: sorted.length };
}
