/**
 * Counts requests per bucket in fixed one-minute windows. One small interface so the storage can
 * change: this process-local counter lets each server process admit the full rate on its own (N
 * processes admit up to N × the rate); issue 7 moves the counts to PostgreSQL (one upsert per hit
 * on `(bucket, window start)` returning the count) so that every process shares them.
 */
export interface RateCounter {
  /** Counts one hit in `bucket` and says whether it stays within `perMinute` hits of the current minute. */
  hit(bucket: string, perMinute: number): Promise<boolean>;
}

const WINDOW_MS = 60_000;

export function createMemoryRateCounter(now: () => number): RateCounter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async hit(bucket, perMinute) {
      const start = Math.floor(now() / WINDOW_MS) * WINDOW_MS;
      const current = windows.get(bucket);
      if (!current || current.start !== start) {
        // A new minute: forget the windows that ended, so the map holds only live buckets.
        for (const [key, w] of windows) if (w.start !== start) windows.delete(key);
        windows.set(bucket, { start, count: 1 });
        return perMinute >= 1;
      }
      current.count++;
      return current.count <= perMinute;
    },
  };
}
