import type { Clock } from '../../src/platform/clock.js';

/** A clock the test moves by hand. */
export function fixedClock(start: string | Date) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    set(instant: string | Date) {
      now = new Date(instant);
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  } satisfies Clock & Record<string, unknown>;
}
