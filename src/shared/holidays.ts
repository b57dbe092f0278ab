/**
 * Pre-fill of the holiday table with the statutory days off of Bộ luật Lao
 * động 2019, Điều 112. Every year the Prime Minister also fixes the second
 * day of Quốc khánh and announces swaps and extra days, so the result is only
 * a starting point that an administrator corrects in the holiday table.
 */
import * as vnLunar from '@dqcai/vn-lunar';
import { type DateKey, addDays, dateKey, dayOfWeek } from './dates.js';
import type { CalendarEntry } from './working-days.js';

// The package's declaration files re-export from extensionless paths, which
// NodeNext resolution cannot follow, so TypeScript sees its exports as `any`.
// These are the signatures of its lib/core.d.ts.
type SolarDay = { day: number; month: number; year: number };
type LunarDay = SolarDay & { leap: boolean };
const getSolarDate: (day: number, month: number, year: number) => SolarDay = vnLunar.getSolarDate;
const getLunarDate: (day: number, month: number, year: number) => LunarDay = vnLunar.getLunarDate;

/**
 * The solar date of a day of the Vietnamese lunar calendar (non-leap month).
 * It is computed for UTC+7 and differs from the Chinese calendar in some years
 * (Tết 1985 is 21/01 in Vietnam, 20/02 in China), hence @dqcai/vn-lunar.
 */
export function lunarDateKey(lunarDay: number, lunarMonth: number, lunarYear: number): DateKey {
  const solar = getSolarDate(lunarDay, lunarMonth, lunarYear);
  // The library answers 0/0/0 outside 1200–2199 and does not check that the
  // lunar day exists; converting back catches both.
  const back = solar.year === 0 ? undefined : getLunarDate(solar.day, solar.month, solar.year);
  if (back?.day !== lunarDay || back.month !== lunarMonth || back.year !== lunarYear || back.leap) {
    throw new RangeError(`No lunar day ${lunarDay}/${lunarMonth}/${lunarYear} between 1200 and 2199`);
  }
  return dateKey(solar.year, solar.month, solar.day);
}

const isWeekend = (key: DateKey) => dayOfWeek(key) === 0 || dayOfWeek(key) === 6;

/**
 * The law gives Quốc khánh 02/9 "and one adjacent day"; the Prime Minister
 * picks it each year. Our guess joins it to a weekend where possible: 02/9 on
 * a Tuesday, Friday or Saturday takes 01/9, any other day takes 03/9 (only a
 * Wednesday leaves the break unjoined).
 */
function quocKhanhSecondDay(year: number): DateKey {
  const sept2 = dateKey(year, 9, 2);
  return [2, 5, 6].includes(dayOfWeek(sept2)) ? addDays(sept2, -1) : addDays(sept2, 1);
}

function statutoryHolidays(year: number): Array<[DateKey, string]> {
  const tet = lunarDateKey(1, 1, year);
  return [
    [dateKey(year, 1, 1), 'Tết Dương lịch'],
    // Five days; by custom the last day of the lunar year and lunar 1/1–4/1.
    // Counting back from 1/1 avoids asking whether the twelfth month has 29 or 30 days.
    ...[-1, 0, 1, 2, 3].map((offset): [DateKey, string] => [addDays(tet, offset), 'Tết Nguyên đán']),
    [lunarDateKey(10, 3, year), 'Giỗ Tổ Hùng Vương'],
    [dateKey(year, 4, 30), 'Ngày Giải phóng miền Nam, thống nhất đất nước'],
    [dateKey(year, 5, 1), 'Ngày Quốc tế Lao động'],
    [dateKey(year, 9, 2), 'Quốc khánh'],
    [quocKhanhSecondDay(year), 'Quốc khánh'],
  ];
}

/**
 * Statutory days off of a year, sorted by date, all of kind 'off'. A holiday
 * on a Saturday or Sunday gives a compensatory day off on the next weekday
 * that is not already off (Điều 112 khoản 3); taking holidays in date order
 * lets compensatory days stack after a long Tết. Giỗ Tổ falls on 30/4 in rare
 * years (1947); the two names then share one entry.
 */
export function computeHolidays(year: number): CalendarEntry[] {
  const names = new Map<DateKey, string>();
  for (const [date, name] of statutoryHolidays(year)) {
    const existing = names.get(date);
    names.set(date, existing === undefined ? name : `${existing}; ${name}`);
  }
  const holidays = [...names].sort(([a], [b]) => (a < b ? -1 : 1));

  for (const [date, name] of holidays) {
    if (!isWeekend(date)) continue;
    let day = addDays(date, 1);
    while (isWeekend(day) || names.has(day)) day = addDays(day, 1);
    names.set(day, `${name} (nghỉ bù)`);
  }

  return [...names]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, name]) => ({ date, kind: 'off', name }));
}
