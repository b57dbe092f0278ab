/**
 * Report periods (kỳ báo cáo) as written in commands and URLs: '2023-Q1'…'2023-Q4' (quý),
 * '2023-H1' (6 tháng đầu năm), '2023-9M' (9 tháng) and '2023' (năm). A period is a span of
 * calendar days in Vietnam, both ends included.
 */
import { dateKey, type DateKey } from '../../shared/dates.js';

export const PERIOD_KINDS = ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = {
  /** As written: '2023-Q1', '2023'. */
  key: string;
  year: number;
  kind: PeriodKind;
  from: DateKey;
  to: DateKey;
  /** 'quý I năm 2023', '6 tháng đầu năm 2023', '9 tháng năm 2023', 'năm 2023'. */
  label: string;
};

/** First and last month of each kind. */
const MONTHS: Record<PeriodKind, [number, number]> = { Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12], H1: [1, 6], '9M': [1, 9], year: [1, 12] };
const ROMAN = { Q1: 'I', Q2: 'II', Q3: 'III', Q4: 'IV' } as const;

function label(kind: PeriodKind, year: number): string {
  if (kind === 'H1') return `6 tháng đầu năm ${year}`;
  if (kind === '9M') return `9 tháng năm ${year}`;
  if (kind === 'year') return `năm ${year}`;
  return `quý ${ROMAN[kind]} năm ${year}`;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function periodOf(year: number, kind: PeriodKind): Period {
  const [first, last] = MONTHS[kind];
  return {
    key: kind === 'year' ? String(year) : `${year}-${kind}`,
    year,
    kind,
    from: dateKey(year, first, 1),
    to: dateKey(year, last, lastDay(year, last)),
    label: label(kind, year),
  };
}

/** Every period of a year, in the order a list offers them. */
export const periodsOf = (year: number): Period[] => PERIOD_KINDS.map((kind) => periodOf(year, kind));

const PATTERN = /^([1-9]\d{3})(?:-(Q[1-4]|H1|9M))?$/;

export const PERIOD_HINT = 'Kỳ báo cáo viết theo dạng 2023-Q1 (quý I; Q1 đến Q4), 2023-H1 (6 tháng đầu năm), 2023-9M (9 tháng) hoặc 2023 (cả năm).';

/** A period as typed (case and surrounding spaces ignored), or the Vietnamese reason it is not one. */
export function parsePeriod(text: string): { ok: true; period: Period } | { ok: false; message: string } {
  const m = PATTERN.exec(text.trim().toUpperCase());
  if (!m) return { ok: false, message: `Kỳ báo cáo “${text.trim()}” không hợp lệ. ${PERIOD_HINT}` };
  return { ok: true, period: periodOf(Number(m[1]), (m[2] as PeriodKind | undefined) ?? 'year') };
}
