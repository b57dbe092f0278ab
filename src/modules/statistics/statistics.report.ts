import { formatNumberVi } from '../../shared/money.js';
import { compareVi } from '../../shared/text.js';
import type { StatRow } from './statistics.repo.js';
import { FIGURE_KEYS, QUARTERS, type Figures, type Quarter } from './statistics.schema.js';

/**
 * Aggregates and the two derived rates. Pure functions over rows, so the page, the downloads and
 * their tests agree on every number.
 *
 * Received and resolved are flows: a period's figure is the sum of its months. In progress and
 * overdue are stocks at the end of a month: summing them over months would count the same open
 * dossier once a month, so a period shows them as at its last month with data ("cuối kỳ").
 */

export type Totals = Figures & {
  received: number;
  resolved: number;
  /** Online share: received online / received; null when nothing was received. */
  onlineShare: number | null;
  /** On-time rate: resolved on time / resolved (on time + late); null when nothing was resolved. */
  onTimeRate: number | null;
};

export type MonthTotals = Totals & { year: number; month: number };
export type FieldTotals = Totals & { key: string; name: string };

export type Period = { year: number | null; quarter: Quarter | null; fieldKey: string | null };

export type Report = {
  months: MonthTotals[];
  fields: FieldTotals[];
  total: Totals;
  /** The month whose open dossiers the period's "in progress" and "overdue" show. */
  asOf: { year: number; month: number } | null;
  rows: StatRow[];
};

const zero = (): Figures => ({ receivedOnline: 0, receivedInPerson: 0, resolvedOnTime: 0, resolvedLate: 0, inProgress: 0, overdue: 0 });

export function derive(f: Figures): Totals {
  const received = f.receivedOnline + f.receivedInPerson;
  const resolved = f.resolvedOnTime + f.resolvedLate;
  return {
    ...f,
    received,
    resolved,
    onlineShare: received > 0 ? f.receivedOnline / received : null,
    onTimeRate: resolved > 0 ? f.resolvedOnTime / resolved : null,
  };
}

function add(into: Figures, row: Figures) {
  for (const key of FIGURE_KEYS) into[key] += row[key];
}

const monthIndex = (r: { year: number; month: number }) => r.year * 12 + r.month;

/** Flows summed over the rows; stocks taken from the rows of the latest month among them. */
function periodFigures(rows: readonly StatRow[], asOf: number | null): Figures {
  const f = zero();
  for (const r of rows) {
    f.receivedOnline += r.receivedOnline;
    f.receivedInPerson += r.receivedInPerson;
    f.resolvedOnTime += r.resolvedOnTime;
    f.resolvedLate += r.resolvedLate;
    if (monthIndex(r) === asOf) {
      f.inProgress += r.inProgress;
      f.overdue += r.overdue;
    }
  }
  return f;
}

/** The rows of one period, already filtered, as the page and downloads show them. */
export function buildReport(rows: readonly StatRow[]): Report {
  const byMonth = new Map<number, { year: number; month: number; figures: Figures }>();
  for (const r of rows) {
    const key = monthIndex(r);
    const entry = byMonth.get(key) ?? { year: r.year, month: r.month, figures: zero() };
    add(entry.figures, r);
    byMonth.set(key, entry);
  }
  const months = [...byMonth.entries()].sort(([a], [b]) => a - b).map(([, m]) => ({ year: m.year, month: m.month, ...derive(m.figures) }));
  const last = months.at(-1);
  const asOf = last ? monthIndex(last) : null;

  const byField = new Map<string, StatRow[]>();
  for (const r of rows) {
    const list = byField.get(r.fieldKey);
    if (list) list.push(r);
    else byField.set(r.fieldKey, [r]);
  }
  const fields = [...byField.entries()]
    .map(([key, list]) => {
      // The most recent spelling names the field.
      const latest = list.reduce((a, b) => (monthIndex(b) > monthIndex(a) ? b : a));
      return { key, name: latest.field, ...derive(periodFigures(list, asOf)) };
    })
    .sort((a, b) => compareVi(a.name, b.name));

  return {
    months,
    fields,
    total: derive(periodFigures(rows, asOf)),
    asOf: last ? { year: last.year, month: last.month } : null,
    rows: [...rows].sort((a, b) => monthIndex(a) - monthIndex(b) || compareVi(a.field, b.field)),
  };
}

export const monthsOf = (quarter: Quarter | null) => (quarter ? [...QUARTERS[quarter].months] : undefined);

const percentVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "91,5%" (Vietnamese decimal comma, no space before %, as the national portal writes it); "—" when undefined. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? '—' : `${percentVi.format(Math.round(ratio * 1000) / 10)}%`;
}

/** "1.234". */
export const formatCount = (n: number) => formatNumberVi(n);

/** "T3/2025", or "T3" when every month shown is in one year. */
export const monthLabel = (m: { year: number; month: number }, withYear: boolean) => (withYear ? `T${m.month}/${m.year}` : `T${m.month}`);

/** "tháng 3/2025". */
export const monthName = (m: { year: number; month: number }) => `tháng ${m.month}/${m.year}`;

/** The period a filter covers, in words: "quý II năm 2025", "năm 2025", "các năm 2023–2026". */
export function periodLabel(period: Period, years: readonly number[]): string {
  const quarter = period.quarter ? QUARTERS[period.quarter].label.toLowerCase() : '';
  if (period.year !== null) return quarter ? `${quarter} năm ${period.year}` : `năm ${period.year}`;
  const span = years.length === 0 ? '' : years.length === 1 ? ` năm ${years[0]}` : ` các năm ${Math.min(...years)}–${Math.max(...years)}`;
  return quarter ? `${quarter}${span}` : span.trim() || 'tất cả các năm';
}
