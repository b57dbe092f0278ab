import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayOfWeek } from './dates.js';
import { computeHolidays, lunarDateKey } from './holidays.js';

test('Tết follows the Vietnamese (UTC+7) lunar calendar', () => {
  assert.equal(lunarDateKey(1, 1, 2024), '2024-02-10');
  assert.equal(lunarDateKey(1, 1, 2025), '2025-01-29');
  assert.equal(lunarDateKey(1, 1, 1985), '1985-01-21');
  assert.equal(lunarDateKey(1, 1, 2007), '2007-02-17');
  assert.equal(lunarDateKey(10, 3, 2025), '2025-04-07');
});

test('lunarDateKey refuses days it cannot convert', () => {
  assert.throws(() => lunarDateKey(1, 1, 2200), RangeError);
  assert.throws(() => lunarDateKey(30, 2, 2025), RangeError);
});

test('2025: Tết on Wednesday, one Tết day on Saturday, 02/9 on Tuesday', () => {
  assert.deepEqual(
    computeHolidays(2025).map(({ date, name }) => `${date} ${name}`),
    [
      '2025-01-01 Tết Dương lịch',
      '2025-01-28 Tết Nguyên đán',
      '2025-01-29 Tết Nguyên đán',
      '2025-01-30 Tết Nguyên đán',
      '2025-01-31 Tết Nguyên đán',
      '2025-02-01 Tết Nguyên đán',
      '2025-02-03 Tết Nguyên đán (nghỉ bù)',
      '2025-04-07 Giỗ Tổ Hùng Vương',
      '2025-04-30 Ngày Giải phóng miền Nam, thống nhất đất nước',
      '2025-05-01 Ngày Quốc tế Lao động',
      '2025-09-01 Quốc khánh',
      '2025-09-02 Quốc khánh',
    ],
  );
});

test('compensatory days stack after the days already off', () => {
  const dates2024 = computeHolidays(2024).map((h) => h.date);
  assert.deepEqual(dates2024.slice(1, 8), [
    '2024-02-09',
    '2024-02-10',
    '2024-02-11',
    '2024-02-12',
    '2024-02-13',
    '2024-02-14',
    '2024-02-15',
  ]);
  assert.ok(dates2024.includes('2024-09-03'), '02/9 on Monday takes 03/9');

  const may2023 = computeHolidays(2023).filter((h) => h.date >= '2023-04-29' && h.date <= '2023-05-03');
  assert.deepEqual(
    may2023.map((h) => h.name),
    [
      'Giỗ Tổ Hùng Vương',
      'Ngày Giải phóng miền Nam, thống nhất đất nước',
      'Ngày Quốc tế Lao động',
      'Giỗ Tổ Hùng Vương (nghỉ bù)',
      'Ngày Giải phóng miền Nam, thống nhất đất nước (nghỉ bù)',
    ],
  );
});

test('a Giỗ Tổ on 30/4 shares one entry', () => {
  const april30 = computeHolidays(1947).filter((h) => h.date === '1947-04-30');
  assert.deepEqual(
    april30.map((h) => h.name),
    ['Giỗ Tổ Hùng Vương; Ngày Giải phóng miền Nam, thống nhất đất nước'],
  );
});

test('every year gives sorted, distinct days off, compensatory ones on weekdays', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1900, max: 2199 }), (year) => {
      const holidays = computeHolidays(year);
      const dates = holidays.map((h) => h.date);
      assert.deepEqual(dates, [...new Set(dates)].sort());
      assert.ok(holidays.every((h) => h.kind === 'off' && h.date.startsWith(`${year}-`)));
      const compensatory = holidays.filter((h) => h.name.endsWith('(nghỉ bù)'));
      assert.ok(compensatory.every((h) => dayOfWeek(h.date) % 6 !== 0));
      const weekendHolidays = holidays.filter((h) => dayOfWeek(h.date) % 6 === 0);
      assert.equal(compensatory.length, weekendHolidays.length);
    }),
  );
});
