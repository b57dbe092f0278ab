import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRows } from '../modules/statistics/statistics.import.js';
import { buildReport } from '../modules/statistics/statistics.report.js';
import { buildDemoStatistics } from './statistics.js';

test('demo statistics: six fields from January 2023 to the current month, the same on every run', () => {
  const now = new Date('2026-06-14T20:00:00Z'); // 15 June 2026 in Vietnam
  const rows = buildDemoStatistics(now);
  assert.deepEqual(buildDemoStatistics(now), rows);
  assert.equal(new Set(rows.map((r) => r.field)).size, 6);
  assert.equal(rows.length, 6 * (36 + 6));
  assert.deepEqual([rows[0]!.year, rows[0]!.month], [2023, 1]);
  assert.deepEqual([rows.at(-1)!.year, rows.at(-1)!.month], [2026, 6]);
  // A month's numbers do not depend on the day the demo is loaded.
  assert.deepEqual(buildDemoStatistics(new Date('2026-12-20T00:00:00Z')).slice(0, rows.length), rows);
  // Every row passes the import's own checks.
  const sheet = rows.map((r, i) => ({ line: i + 2, cells: Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])) }));
  assert.deepEqual(checkRows(sheet, { year: 2026, month: 6 }).problems, []);
});

test('demo statistics: online share rises every year; on-time resolution stays high', () => {
  const rows = buildDemoStatistics(new Date('2026-06-15T00:00:00Z'));
  const byYear = [2023, 2024, 2025, 2026].map((year) => buildReport(rows.filter((r) => r.year === year).map((r) => ({ ...r, id: 0, organizationId: 1, updatedAt: '' }))).total);
  const shares = byYear.map((t) => t.onlineShare!);
  for (let i = 1; i < shares.length; i++) assert.ok(shares[i]! > shares[i - 1]! + 0.05, `${shares}`);
  assert.ok(shares[0]! > 0.4 && shares[0]! < 0.6 && shares[3]! > 0.88, `${shares}`);
  for (const t of byYear) assert.ok(t.onTimeRate! > 0.93 && t.onTimeRate! < 1, String(t.onTimeRate));
});
