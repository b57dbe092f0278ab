import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay } from './dates.js';
import { type CalendarEntry, createWorkingCalendar } from './working-days.js';

// Around 30 April 2025: Saturday 26/4 worked in exchange for Friday 2/5.
const april2025: CalendarEntry[] = [
  { date: '2025-04-26', kind: 'work', name: 'Làm bù cho 02/5' },
  { date: '2025-04-30', kind: 'off', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
  { date: '2025-05-01', kind: 'off', name: 'Ngày Quốc tế Lao động' },
  { date: '2025-05-02', kind: 'off', name: 'Nghỉ hoán đổi' },
];

test('a working day is Monday–Friday not off, or a day marked work', () => {
  const cal = createWorkingCalendar(april2025);
  assert.equal(cal.isWorkingDay('2025-04-25'), true, 'Friday');
  assert.equal(cal.isWorkingDay('2025-04-26'), true, 'Saturday swapped in');
  assert.equal(cal.isWorkingDay('2025-04-27'), false, 'Sunday');
  assert.equal(cal.isWorkingDay('2025-04-30'), false, 'holiday');
});

test('addWorkingDays counts from the day after start', () => {
  const cal = createWorkingCalendar(april2025);
  assert.equal(cal.addWorkingDays('2025-04-24', 1), '2025-04-25');
  assert.equal(cal.addWorkingDays('2025-04-24', 3), '2025-04-28');
  assert.equal(cal.addWorkingDays('2025-04-28', 2), '2025-05-05');
  assert.equal(cal.workingDaysBetween('2025-04-24', '2025-05-05'), 5);
  assert.equal(cal.workingDaysBetween('2025-05-05', '2025-04-24'), -5);
  assert.equal(cal.workingDaysBetween('2025-04-24', '2025-04-24'), 0);
});

test('addWorkingDays with n = 0 gives start, or the next working day', () => {
  const cal = createWorkingCalendar(april2025);
  assert.equal(cal.addWorkingDays('2025-04-29', 0), '2025-04-29');
  assert.equal(cal.addWorkingDays('2025-04-26', 0), '2025-04-26');
  assert.equal(cal.addWorkingDays('2025-04-30', 0), '2025-05-05');
  assert.equal(cal.nextWorkingDay('2025-04-29'), '2025-05-05');
  assert.equal(cal.nextWorkingDay('2025-04-25'), '2025-04-26');
});

test('the last entry for a date wins', () => {
  const cal = createWorkingCalendar([...april2025, { date: '2025-05-02', kind: 'work', name: 'Đính chính' }]);
  assert.equal(cal.isWorkingDay('2025-05-02'), true);
  assert.equal(cal.addWorkingDays('2025-04-29', 1), '2025-05-02');
});

test('bad input is refused', () => {
  const cal = createWorkingCalendar([]);
  assert.throws(() => cal.addWorkingDays('2025-04-24', -1), RangeError);
  assert.throws(() => cal.addWorkingDays('2025-04-24', 1.5), RangeError);
  assert.throws(() => cal.isWorkingDay('24/04/2025'), RangeError);
  assert.throws(() => createWorkingCalendar([{ date: '2025-02-30', kind: 'off', name: '' }]), RangeError);
});

const FROM = toEpochDay('2023-11-01');
const TO = toEpochDay('2026-02-28');
const dayIn = fc.integer({ min: FROM, max: TO }).map(fromEpochDay);
const entries = fc.array(
  fc.record({ date: dayIn, kind: fc.constantFrom('off' as const, 'work' as const), name: fc.constant('') }),
  { maxLength: 60 },
);

test('workingDaysBetween inverts addWorkingDays', () => {
  fc.assert(
    fc.property(entries, dayIn, fc.integer({ min: 1, max: 300 }), (list, a, n) => {
      const cal = createWorkingCalendar(list);
      const end = cal.addWorkingDays(a, n);
      assert.equal(cal.workingDaysBetween(a, end), n);
      assert.equal(cal.isWorkingDay(end), true);
    }),
  );
});

test('addWorkingDays is increasing in n, strictly from n = 1', () => {
  fc.assert(
    fc.property(entries, dayIn, fc.integer({ min: 0, max: 300 }), (list, a, n) => {
      const cal = createWorkingCalendar(list);
      const [now, next] = [cal.addWorkingDays(a, n), cal.addWorkingDays(a, n + 1)];
      assert.ok(n === 0 ? now <= next : now < next);
    }),
  );
});

test('workingDaysBetween is additive', () => {
  fc.assert(
    fc.property(entries, dayIn, dayIn, dayIn, (list, a, b, c) => {
      const cal = createWorkingCalendar(list);
      assert.equal(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c), cal.workingDaysBetween(a, c));
    }),
  );
});

test('workingDaysBetween agrees with counting day by day', () => {
  fc.assert(
    fc.property(entries, dayIn, fc.integer({ min: 0, max: 120 }), (list, a, span) => {
      const cal = createWorkingCalendar(list);
      let count = 0;
      for (let i = 1; i <= span; i++) if (cal.isWorkingDay(addDays(a, i))) count++;
      assert.equal(cal.workingDaysBetween(a, addDays(a, span)), count);
    }),
  );
});

test('without entries, five working days from a Monday is the next Monday', () => {
  const cal = createWorkingCalendar([]);
  fc.assert(
    fc.property(fc.integer({ min: -50_000, max: 50_000 }), (week) => {
      const monday = addDays('2025-03-03', 7 * week);
      assert.equal(dayOfWeek(monday), 1);
      assert.equal(cal.addWorkingDays(monday, 5), addDays(monday, 7));
      assert.equal(cal.workingDaysBetween(monday, addDays(monday, 7)), 5);
    }),
  );
});
