import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRows, parseCount } from './statistics.import.js';
import type { StatRow } from './statistics.repo.js';
import { buildReport, derive, formatPercent, periodLabel } from './statistics.report.js';

const row = (year: number, month: number, field: string, f: Partial<StatRow> = {}): StatRow => ({
  id: 0,
  organizationId: 1,
  year,
  month,
  field,
  fieldKey: field.toLowerCase(),
  receivedOnline: 0,
  receivedInPerson: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  inProgress: 0,
  overdue: 0,
  updatedAt: '',
  ...f,
});

test('rates are undefined, not zero, when nothing was received or resolved', () => {
  assert.deepEqual(derive({ receivedOnline: 0, receivedInPerson: 0, resolvedOnTime: 0, resolvedLate: 0, inProgress: 3, overdue: 1 }), {
    receivedOnline: 0, receivedInPerson: 0, resolvedOnTime: 0, resolvedLate: 0, inProgress: 3, overdue: 1,
    received: 0, resolved: 0, onlineShare: null, onTimeRate: null,
  });
  assert.equal(formatPercent(null), '—');
  assert.equal(formatPercent(183 / 200), '91,5%');
  assert.equal(formatPercent(1), '100,0%');
});

test('flows add up over a period; open dossiers are those at its last month', () => {
  const report = buildReport([
    row(2025, 2, 'B', { receivedOnline: 5, resolvedOnTime: 4, inProgress: 7, overdue: 2 }),
    row(2025, 1, 'A', { receivedOnline: 10, receivedInPerson: 10, resolvedOnTime: 9, resolvedLate: 1, inProgress: 50 }),
    row(2025, 2, 'A', { receivedOnline: 30, receivedInPerson: 10, resolvedOnTime: 18, resolvedLate: 2, inProgress: 20 }),
  ]);
  assert.deepEqual(report.months.map((m) => [m.month, m.received, m.inProgress]), [[1, 20, 50], [2, 45, 27]]);
  assert.equal(report.total.received, 65);
  assert.equal(report.total.onlineShare, 45 / 65);
  assert.equal(report.total.onTimeRate, 31 / 34);
  assert.equal(report.total.inProgress, 27, 'February’s stock, not January’s plus February’s');
  assert.equal(report.total.overdue, 2);
  assert.deepEqual(report.asOf, { year: 2025, month: 2 });
  assert.deepEqual(report.fields.map((f) => [f.name, f.received, f.inProgress]), [['A', 60, 20], ['B', 5, 7]]);
  assert.deepEqual(report.rows.map((r) => `${r.month}${r.field}`), ['1A', '2A', '2B']);
});

test('period labels', () => {
  assert.equal(periodLabel({ year: 2025, quarter: 2, fieldKey: null }, [2025]), 'quý ii năm 2025');
  assert.equal(periodLabel({ year: 2025, quarter: null, fieldKey: null }, [2025]), 'năm 2025');
  assert.equal(periodLabel({ year: null, quarter: null, fieldKey: null }, [2026, 2023, 2024]), 'các năm 2023–2026');
});

test('counts as people type them; anything not a whole number is refused, not guessed', () => {
  for (const [text, n] of [['1234', 1234], ['1.234', 1234], ['1,234', 1234], ['1 234 567', 1234567], ['0', 0]] as const) assert.equal(parseCount(text), n, text);
  for (const text of ['1.5', '1,50', '-3', '12.34.5', 'mười', '1e3', '']) assert.equal(parseCount(text), null, text);
});

test('every problem of every row is reported with its line; duplicates name the first line', () => {
  const cells = (year: string, month: string, field: string, n = '1') => ({ year, month, field, receivedOnline: n, receivedInPerson: n, resolvedOnTime: n, resolvedLate: n, inProgress: n, overdue: n });
  const { values, problems } = checkRows(
    [
      { line: 2, cells: cells('2025', 'Tháng 3', '  Báo   chí ') },
      { line: 3, cells: cells('2025', '03', 'báo chí') },
      { line: 4, cells: cells('25', '7', '', 'x') },
    ],
    { year: 2026, month: 6 },
  );
  assert.deepEqual(values.map((v) => [v.year, v.month, v.field, v.fieldKey]), [[2025, 3, 'Báo chí', 'bao-chi']]);
  assert.deepEqual(problems[0], { line: 3, field: 'Lĩnh vực', message: 'Trùng năm, tháng và lĩnh vực với dòng 2.' });
  assert.equal(problems.filter((p) => p.line === 4).length, 2 + 6);
});
