import { systemContext } from '../platform/auth/actor.js';
import { vnDateKey } from '../shared/dates.js';
import { seededRandom } from '../shared/random.js';
import { slugify } from '../shared/text.js';
import type { StatValues } from '../modules/statistics/statistics.service.js';
import type { Services } from '../services.js';

/**
 * Monthly resolution figures of a provincial Sở Thông tin và Truyền thông, January 2023 to the
 * current month. Invented but shaped like the real ones: a few dozen dossiers a month per field,
 * the Tết dip in February and the year-end rush, online submission rising from about half in 2023
 * to over nine in ten in 2026 (the national push for online public services), and on-time
 * resolution close to 100% with the odd late dossier. A seeded generator draws the same numbers on
 * every machine; each month's numbers do not depend on the day the demo is loaded.
 */

const FIRST_YEAR = 2023;

/** Field, average dossiers a month in 2023, and how far its online share sits from the agency's. */
const FIELDS = [
  { name: 'Báo chí', base: 18, onlineOffset: 0.02 },
  { name: 'Xuất bản, In và Phát hành', base: 42, onlineOffset: 0.06 },
  { name: 'Bưu chính', base: 9, onlineOffset: -0.08 },
  { name: 'Viễn thông và Internet', base: 26, onlineOffset: 0.03 },
  { name: 'Phát thanh, truyền hình và thông tin điện tử', base: 14, onlineOffset: -0.04 },
  { name: 'Công nghệ thông tin, điện tử', base: 6, onlineOffset: 0.05 },
] as const;

/** January is slowed by the run-up to Tết, February by Tết itself; December closes the year's files. */
const SEASON = [0.9, 0.62, 1.02, 1.05, 1.0, 1.04, 0.98, 0.94, 1.03, 1.08, 1.1, 1.2];

/** The agency's online share in January of each year (interpolated month by month towards the next). */
const ONLINE_SHARE: Record<number, number> = { 2023: 0.48, 2024: 0.66, 2025: 0.82, 2026: 0.91, 2027: 0.95 };
const ON_TIME_RATE: Record<number, number> = { 2023: 0.962, 2024: 0.975, 2025: 0.986, 2026: 0.992, 2027: 0.995 };

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
/** The table's value for that month, interpolated between Januaries; years past the table stay at its last value. */
function trend(table: Record<number, number>, year: number, month: number) {
  const last = Math.max(...Object.keys(table).map(Number));
  const at = (y: number) => table[Math.min(y, last)]!;
  return at(year) + ((at(year + 1) - at(year)) * (month - 1)) / 12;
}

/** Every demo row from January 2023 up to the month of `now` in Vietnam. */
export function buildDemoStatistics(now: Date): StatValues[] {
  const [currentYear, currentMonth] = vnDateKey(now).split('-').map(Number) as [number, number];
  const random = seededRandom(20230101);
  const rows: StatValues[] = [];
  for (let year = FIRST_YEAR; year <= Math.max(2026, currentYear); year++) {
    for (let month = 1; month <= 12; month++) {
      for (const field of FIELDS) {
        // Always draw the same six numbers, so a row never depends on which months are kept.
        const [r1, r2, r3, r4, r5, r6] = [random(), random(), random(), random(), random(), random()];
        if (year * 12 + month > currentYear * 12 + currentMonth) continue;
        const growth = 1 + 0.07 * (year - FIRST_YEAR);
        const received = Math.max(1, Math.round(field.base * SEASON[month - 1]! * growth * (0.8 + 0.4 * r1)));
        const share = clamp(trend(ONLINE_SHARE, year, month) + field.onlineOffset + (r2 - 0.5) * 0.08, 0.05, 0.995);
        const receivedOnline = Math.round(received * share);
        const resolved = Math.max(0, Math.round(received * (0.9 + 0.15 * r3)));
        const onTime = clamp(trend(ON_TIME_RATE, year, month) + (r4 - 0.5) * 0.03, 0.9, 1);
        const resolvedLate = Math.min(resolved, Math.round(resolved * (1 - onTime) + (r4 > 0.85 ? 1 : 0) - 0.3));
        rows.push({
          year,
          month,
          field: field.name,
          fieldKey: slugify(field.name, 120),
          receivedOnline,
          receivedInPerson: received - receivedOnline,
          resolvedOnTime: resolved - Math.max(0, resolvedLate),
          resolvedLate: Math.max(0, resolvedLate),
          inProgress: Math.round(received * (0.15 + 0.2 * r5)),
          overdue: r6 > 0.9 ? 1 + Math.floor((r6 - 0.9) * 20) : 0,
        });
      }
    }
  }
  return rows;
}

/** Loads the demo figures for the portal organization (the demo agency). */
export async function loadDemoStatistics(services: Services) {
  return services.statistics.importRows(systemContext('demo'), buildDemoStatistics(services.clock.now()), 'dữ liệu mẫu');
}
