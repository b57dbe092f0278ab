/**
 * Dates as Vietnamese users read them, whatever the server's TZ.
 *
 * Two kinds of value:
 * - an instant (a Date, or an ISO 8601 string from the database), stored in
 *   UTC and shown in Asia/Ho_Chi_Minh;
 * - a date key, 'YYYY-MM-DD': a calendar day with no time zone. Holidays,
 *   deadlines and birth dates are date keys, and all calendar arithmetic works
 *   on them in UTC so that it never depends on the process TZ.
 */

export const VN_TZ = 'Asia/Ho_Chi_Minh';

/** A calendar day, 'YYYY-MM-DD'. */
export type DateKey = string;

/**
 * A Date or an ISO 8601 string for an instant, or a date key: a date key is
 * shown as that day, and as 00:00 Vietnam time where a time is shown.
 */
export type DateInput = Date | string;

const MS_PER_DAY = 86_400_000;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    [year, month, day].every(Number.isInteger) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The key of a calendar day; month and day are 1-based, as people write them. */
export function dateKey(year: number, month: number, day: number): DateKey {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`No such day: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar day written 'YYYY-MM-DD' ('2025-02-30' is false). */
export function isDateKey(s: string): boolean {
  const m = DATE_KEY.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function splitKey(key: DateKey): [year: number, month: number, day: number] {
  if (!isDateKey(key)) throw new RangeError(`Not a date key (YYYY-MM-DD): ${key}`);
  return key.split('-').map(Number) as [number, number, number];
}

/** Days since 1970-01-01: lets callers do calendar arithmetic with integers. */
export function toEpochDay(key: DateKey): number {
  const [year, month, day] = splitKey(key);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

export function fromEpochDay(epochDay: number): DateKey {
  const d = new Date(epochDay * MS_PER_DAY);
  return dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(key: DateKey, n: number): DateKey {
  return fromEpochDay(toEpochDay(key) + n);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function dayOfWeek(key: DateKey): number {
  // 1970-01-01 was a Thursday.
  return (((toEpochDay(key) + 4) % 7) + 7) % 7;
}

// SQLite's CURRENT_TIMESTAMP and datetime('now') write UTC without a zone
// designator; JavaScript would read that as local time, so we read it as UTC.
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function toInstant(d: DateInput): Date {
  if (d instanceof Date) return d;
  if (isDateKey(d)) return startOfVnDay(d);
  const instant = new Date(ZONELESS_DATE_TIME.test(d) ? `${d.replace(' ', 'T')}Z` : d);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date: ${d}`);
  return instant;
}

// One instance: constructing an Intl formatter is costly. hourCycle 'h23'
// avoids the "24:05" that hour12: false gives just after midnight.
const vnParts = new Intl.DateTimeFormat('en-US', {
  timeZone: VN_TZ,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function vnWallClock(instant: Date): WallClock {
  const parts = vnParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/**
 * The calendar day shown for a value. A date key is used as it is: a birth
 * date or a holiday is a day, not an instant, and must not move.
 */
function vnCalendarDay(d: DateInput): { year: number; month: number; day: number } {
  if (typeof d === 'string' && isDateKey(d)) {
    const [year, month, day] = splitKey(d);
    return { year, month, day };
  }
  return vnWallClock(toInstant(d));
}

/**
 * Vietnam's UTC offset at that instant, read from the time-zone database
 * rather than fixed at +07:00, so that old instants (the south kept +08:00
 * until 1975) agree with the wall-clock time we print for them.
 */
function vnOffsetMs(instant: Date): number {
  const w = vnWallClock(instant);
  const wallMidnightAsUtc = new Date(0).setUTCFullYear(w.year, w.month - 1, w.day);
  const wallAsUtc = wallMidnightAsUtc + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The calendar day in Vietnam at that instant. */
export function vnDateKey(instant: DateInput): DateKey {
  const { year, month, day } = vnCalendarDay(instant);
  return dateKey(year, month, day);
}

/** 'dd/mm/yyyy', the display form required across the platform. */
export function formatDate(d: DateInput): string {
  const { year, month, day } = vnCalendarDay(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** 'dd/mm/yyyy HH:mm', 24-hour clock. A date key shows as 00:00 of its day. */
export function formatDateTime(d: DateInput): string {
  const w = vnWallClock(toInstant(d));
  return `${pad2(w.day)}/${pad2(w.month)}/${w.year} ${pad2(w.hour)}:${pad2(w.minute)}`;
}

/**
 * The date line of an official document (NĐ 30/2020, Phụ lục I; REFERENCE
 * §1.5): the day is padded below 10, the month only for 01 and 02, so
 * "ngày 05 tháng 01 năm 2020" but "ngày 29 tháng 6 năm 2019".
 */
export function ngayThangNam(d: DateInput): string {
  const { year, month, day } = vnCalendarDay(d);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}

/**
 * ISO 8601 in Vietnamese wall-clock time, as in signature times:
 * '2025-03-05T14:03:21+07:00'. (Before 1911 the zone was local mean time,
 * +07:06:30, which ISO cannot write; the offset is then rounded to minutes.)
 */
export function isoWithVnOffset(d: DateInput): string {
  const instant = toInstant(d);
  const w = vnWallClock(instant);
  const offsetMinutes = Math.round(vnOffsetMs(instant) / 60_000);
  const abs = Math.abs(offsetMinutes);
  const offset = `${offsetMinutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
  return `${dateKey(w.year, w.month, w.day)}T${pad2(w.hour)}:${pad2(w.minute)}:${pad2(w.second)}${offset}`;
}

/**
 * The first instant of that calendar day in Vietnam: 00:00 +07:00 for any day
 * since 1975 (a few older days began at 01:00 after a clock change).
 */
export function startOfVnDay(key: DateKey): Date {
  const midnightAsUtc = toEpochDay(key) * MS_PER_DAY;
  // The offset at UTC midnight may differ from the one at Vietnamese midnight
  // on a day the offset changed, so correct the first guess once.
  const guess = midnightAsUtc - vnOffsetMs(new Date(midnightAsUtc));
  return new Date(midnightAsUtc - vnOffsetMs(new Date(guess)));
}

/**
 * A date typed by a user: 'dd/mm/yyyy' (also d/m/yyyy, and '-' or '.' as
 * separator), or 'YYYY-MM-DD' as sent by <input type="date">. Returns the date
 * key, or null when the text is not an existing day (31/02/2025 is null).
 */
export function parseVnDate(s: string): DateKey | null {
  const text = s.trim();
  if (isDateKey(text)) return text;
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  return isValidYmd(year, month, day) ? dateKey(year, month, day) : null;
}
