/**
 * Working-day calendar for statutory deadlines. The week is Monday–Friday
 * (QĐ 188/1999/QĐ-TTg); public holidays, compensatory days off and weekend
 * days swapped into working days change every year by decision of the Prime
 * Minister, so they come in as data (the admin-editable holiday table,
 * pre-filled by holidays.ts) and this module only does the arithmetic.
 */
import { type DateKey, fromEpochDay, toEpochDay } from './dates.js';

/**
 * One row of the holiday table.
 * - 'off': a public holiday or compensatory day off on a weekday;
 * - 'work': a Saturday or Sunday made a working day by a swap.
 * An entry that changes nothing ('off' on a Sunday) is allowed and ignored.
 */
export type CalendarEntry = { date: DateKey; kind: 'off' | 'work'; name: string };

export type WorkingCalendar = {
  isWorkingDay(key: DateKey): boolean;
  /**
   * The n-th working day after start, start itself not counted: a period of
   * days begins the day after the event that starts it (Bộ luật Dân sự 2015,
   * Điều 147), so "trong thời hạn 10 ngày làm việc kể từ ngày nhận" ends on
   * addWorkingDays(received, 10). n = 0 gives start if it is a working day,
   * else the next one. A service that treats a receipt on a day off as
   * received on the next working day passes addWorkingDays(received, 0) as
   * start. Throws a RangeError unless n is a whole number ≥ 0.
   */
  addWorkingDays(start: DateKey, n: number): DateKey;
  /**
   * Working days d with a < d ≤ b, negative when b < a. It inverts
   * addWorkingDays (between(a, addWorkingDays(a, n)) = n for n ≥ 1) and is
   * additive, so "days overdue" can be summed over periods.
   */
  workingDaysBetween(a: DateKey, b: DateKey): number;
  /** The first working day strictly after key. */
  nextWorkingDay(key: DateKey): DateKey;
};

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

// Epoch day 4 (1970-01-05) was a Monday.
const daysSinceMonday = (epochDay: number) => mod(epochDay - 4, 7);

function isWeekday(epochDay: number): boolean {
  return daysSinceMonday(epochDay) < 5;
}

/**
 * Mon–Fri days from an arbitrary origin up to and including epochDay. Only
 * differences are meaningful; counting by whole weeks keeps it O(1).
 */
function weekdaysThrough(epochDay: number): number {
  const t = epochDay - 4;
  return 5 * Math.floor(t / 7) + Math.min(mod(t, 7) + 1, 5);
}

/** Index of the first element greater than x in an ascending array. */
function upperBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A day is a working day when it is Monday–Friday and not marked 'off', or
 * when it is marked 'work'. When several entries share a date the last one
 * wins, so admin corrections can simply be appended to computed defaults.
 */
export function createWorkingCalendar(entries: readonly CalendarEntry[]): WorkingCalendar {
  const kindByDay = new Map<number, CalendarEntry['kind']>();
  for (const entry of entries) kindByDay.set(toEpochDay(entry.date), entry.kind);

  const isWorking = (day: number): boolean => {
    const kind = kindByDay.get(day);
    return kind === undefined ? isWeekday(day) : kind === 'work';
  };

  // Entries that change a day's status, ascending, with running totals of
  // their effect (+1 for a weekend made working, -1 for a weekday off), so
  // that counting working days in a range costs a binary search.
  const exceptionDays = [...kindByDay.keys()]
    .filter((day) => isWorking(day) !== isWeekday(day))
    .sort((a, b) => a - b);
  const exceptionTotals = [0];
  for (const day of exceptionDays) {
    exceptionTotals.push((exceptionTotals.at(-1) ?? 0) + (isWorking(day) ? 1 : -1));
  }

  /** Working days from an arbitrary origin up to and including day. */
  const workingDaysThrough = (day: number): number =>
    weekdaysThrough(day) + (exceptionTotals[upperBound(exceptionDays, day)] ?? 0);

  const nextWorking = (day: number): number => {
    let next = day + 1;
    while (!isWorking(next)) next++;
    return next;
  };

  return {
    isWorkingDay: (key) => isWorking(toEpochDay(key)),

    nextWorkingDay: (key) => fromEpochDay(nextWorking(toEpochDay(key))),

    // Walking day by day is O(n + days off skipped): ample for statutory
    // periods of up to a few hundred days.
    addWorkingDays: (start, n) => {
      if (!Number.isInteger(n) || n < 0) {
        throw new RangeError(`Working days to add must be a whole number ≥ 0: ${n}`);
      }
      let day = toEpochDay(start);
      if (n === 0) return fromEpochDay(isWorking(day) ? day : nextWorking(day));
      for (let i = 0; i < n; i++) day = nextWorking(day);
      return fromEpochDay(day);
    },

    workingDaysBetween: (a, b) => workingDaysThrough(toEpochDay(b)) - workingDaysThrough(toEpochDay(a)),
  };
}
