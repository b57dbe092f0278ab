import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  dayOfWeek,
  formatDate,
  formatDateTime,
  fromEpochDay,
  isDateKey,
  isoWithVnOffset,
  ngayThangNam,
  parseVnDate,
  startOfVnDay,
  toEpochDay,
  vnDateKey,
} from './dates.js';

/** Date keys in [from, 2199], built without the code under test. */
function keysFrom(from: string) {
  return fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}
const anyKey = keysFrom('1900-01-01');
// Before 1976 the zone changed offset at midnight on some days (1947-04-01
// started at 01:00), so "the day starts at 00:00" holds only since then.
const keySince1976 = keysFrom('1976-01-01');

test('an instant is shown on its Vietnamese calendar day', () => {
  const instant = new Date('2025-03-04T18:30:00Z');
  assert.equal(formatDate(instant), '05/03/2025');
  assert.equal(formatDateTime(instant), '05/03/2025 01:30');
  assert.equal(vnDateKey(instant), '2025-03-05');
  assert.equal(vnDateKey(new Date('2025-03-04T16:59:59Z')), '2025-03-04');
});

test('formatDateTime uses a 24-hour clock that starts at 00', () => {
  assert.equal(formatDateTime(new Date('2025-03-04T17:00:00Z')), '05/03/2025 00:00');
  assert.equal(formatDateTime(new Date('2025-03-05T13:05:00Z')), '05/03/2025 20:05');
});

test('strings are read as date keys, ISO instants, or zoneless UTC from SQLite', () => {
  assert.equal(formatDate('2025-03-05'), '05/03/2025');
  assert.equal(formatDateTime('2025-03-05'), '05/03/2025 00:00');
  assert.equal(formatDateTime('2025-03-04T18:30:00.000Z'), '05/03/2025 01:30');
  assert.equal(formatDateTime('2025-03-05T01:30:00+07:00'), '05/03/2025 01:30');
  assert.equal(formatDateTime('2025-03-04 18:30:00'), '05/03/2025 01:30');
  assert.throws(() => formatDate('hôm qua'), RangeError);
  assert.throws(() => formatDate(new Date(Number.NaN)), RangeError);
});

test('ngayThangNam pads the day, and the month only for January and February', () => {
  assert.equal(ngayThangNam('2020-01-05'), 'ngày 05 tháng 01 năm 2020');
  assert.equal(ngayThangNam('2019-06-29'), 'ngày 29 tháng 6 năm 2019');
  assert.equal(ngayThangNam('2024-02-01'), 'ngày 01 tháng 02 năm 2024');
  assert.equal(ngayThangNam('2021-12-09'), 'ngày 09 tháng 12 năm 2021');
  assert.equal(ngayThangNam(new Date('2019-12-31T17:00:00Z')), 'ngày 01 tháng 01 năm 2020');
});

test('isoWithVnOffset writes Vietnamese wall-clock time with +07:00', () => {
  assert.equal(isoWithVnOffset(new Date('2025-03-05T07:03:21Z')), '2025-03-05T14:03:21+07:00');
  assert.equal(isoWithVnOffset(new Date('2025-03-04T18:30:00.999Z')), '2025-03-05T01:30:00+07:00');
  const instant = new Date('2031-07-15T23:59:59Z');
  assert.equal(Date.parse(isoWithVnOffset(instant)), instant.getTime());
});

test('startOfVnDay is 00:00 in Vietnam', () => {
  assert.equal(startOfVnDay('2025-03-05').toISOString(), '2025-03-04T17:00:00.000Z');
  assert.equal(isoWithVnOffset(startOfVnDay('1947-04-01')), '1947-04-01T01:00:00+08:00');
  fc.assert(
    fc.property(keySince1976, (key) => {
      const start = startOfVnDay(key);
      assert.equal(vnDateKey(start), key);
      assert.equal(vnDateKey(new Date(start.getTime() - 1)), addDays(key, -1));
      assert.equal(formatDateTime(start).slice(11), '00:00');
    }),
  );
});

test('parseVnDate accepts dd/mm/yyyy and YYYY-MM-DD for existing days only', () => {
  assert.equal(parseVnDate('05/03/2025'), '2025-03-05');
  assert.equal(parseVnDate(' 5/3/2025 '), '2025-03-05');
  assert.equal(parseVnDate('05-03-2025'), '2025-03-05');
  assert.equal(parseVnDate('05.03.2025'), '2025-03-05');
  assert.equal(parseVnDate('2025-03-05'), '2025-03-05');
  assert.equal(parseVnDate('29/02/2024'), '2024-02-29');
  const invalid = ['29/02/2025', '31/02/2025', '31/04/2025', '00/01/2025', '01/13/2025', '2025-02-30'];
  for (const text of [...invalid, '05/03-2025', '05/03/25', '', 'abc']) {
    assert.equal(parseVnDate(text), null, text);
  }
});

test('parseVnDate reads back the dd/mm/yyyy form of any day', () => {
  fc.assert(
    fc.property(anyKey, (key) => {
      const [y, m, d] = key.split('-');
      assert.equal(parseVnDate(`${d}/${m}/${y}`), key);
      assert.equal(formatDate(key), `${d}/${m}/${y}`);
    }),
  );
});

test('isDateKey rejects days that do not exist', () => {
  assert.equal(isDateKey('2024-02-29'), true);
  assert.equal(isDateKey('2100-02-29'), false);
  assert.equal(isDateKey('2000-02-29'), true);
  assert.equal(isDateKey('2025-3-5'), false);
});

test('addDays and dayOfWeek work on calendar days', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  assert.equal(dayOfWeek('2025-03-05'), 3);
  assert.equal(dayOfWeek('1970-01-01'), 4);
  assert.equal(dayOfWeek('1969-12-28'), 0);
  assert.throws(() => addDays('2025-02-30', 1), RangeError);
});

test('date-key arithmetic agrees with the UTC calendar', () => {
  fc.assert(
    fc.property(anyKey, fc.integer({ min: -1000, max: 1000 }), (key, n) => {
      assert.equal(addDays(addDays(key, n), -n), key);
      assert.equal(dayOfWeek(key), new Date(`${key}T00:00:00Z`).getUTCDay());
      assert.equal(fromEpochDay(toEpochDay(key)), key);
      assert.equal(toEpochDay(addDays(key, n)) - toEpochDay(key), n);
    }),
  );
});
