import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, isDateKey } from '../../shared/dates.js';
import { parsePeriod, periodOf, periodsOf, PERIOD_KINDS, type Period } from './reports.period.js';

const parsed = (text: string): Period => {
  const r = parsePeriod(text);
  assert.ok(r.ok, text);
  return r.period;
};

test('each kind of period spans its months, both ends included', () => {
  const span = (text: string) => {
    const p = parsed(text);
    return [p.from, p.to, p.label];
  };
  assert.deepEqual(span('2023-Q1'), ['2023-01-01', '2023-03-31', 'quý I năm 2023']);
  assert.deepEqual(span('2023-Q2'), ['2023-04-01', '2023-06-30', 'quý II năm 2023']);
  assert.deepEqual(span('2023-Q3'), ['2023-07-01', '2023-09-30', 'quý III năm 2023']);
  assert.deepEqual(span('2023-Q4'), ['2023-10-01', '2023-12-31', 'quý IV năm 2023']);
  assert.deepEqual(span('2023-H1'), ['2023-01-01', '2023-06-30', '6 tháng đầu năm 2023']);
  assert.deepEqual(span('2023-9M'), ['2023-01-01', '2023-09-30', '9 tháng năm 2023']);
  assert.deepEqual(span('2023'), ['2023-01-01', '2023-12-31', 'năm 2023']);
  assert.equal(parsed(' 2024-q1 ').key, '2024-Q1', 'case and spaces are forgiven');
});

test('invalid periods get a message saying how to write one', () => {
  for (const text of ['2023-Q5', '2023-H2', '23-Q1', '2023Q1', '2023-', 'quý 1', '', '0999']) {
    const r = parsePeriod(text);
    assert.equal(r.ok, false, text);
    if (!r.ok) assert.match(r.message, /^Kỳ báo cáo “.*” không hợp lệ\. Kỳ báo cáo viết theo dạng 2023-Q1/);
  }
});

const year = fc.integer({ min: 1000, max: 9999 });
const kind = fc.constantFrom(...PERIOD_KINDS);

test('property: a period written as its key parses back to itself', () => {
  fc.assert(fc.property(year, kind, (y, k) => assert.deepEqual(parsed(periodOf(y, k).key), periodOf(y, k))));
});

test('property: periods are valid spans inside their year, the quarters tile it and the longer periods start on 1 January', () => {
  fc.assert(
    fc.property(year, (y) => {
      const all = periodsOf(y);
      for (const p of all) {
        assert.ok(isDateKey(p.from) && isDateKey(p.to) && p.from <= p.to);
        assert.equal(p.from.slice(0, 4), String(y));
        assert.equal(p.to.slice(0, 4), String(y));
      }
      const [q1, q2, q3, q4, h1, nine, whole] = all as [Period, Period, Period, Period, Period, Period, Period];
      assert.equal(q1.from, `${y}-01-01`);
      assert.equal(addDays(q1.to, 1), q2.from);
      assert.equal(addDays(q2.to, 1), q3.from);
      assert.equal(addDays(q3.to, 1), q4.from);
      assert.equal(q4.to, `${y}-12-31`);
      assert.deepEqual([h1.from, h1.to], [q1.from, q2.to]);
      assert.deepEqual([nine.from, nine.to], [q1.from, q3.to]);
      assert.deepEqual([whole.from, whole.to], [q1.from, q4.to]);
    }),
  );
});

test('property: any other text is refused', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 10 }), fc.stringMatching(/^\d{4}-[A-Z0-9]{1,2}$/)), (s) => {
      const r = parsePeriod(s);
      assert.equal(r.ok, /^\s*[1-9]\d{3}(-(q[1-4]|h1|9m))?\s*$/i.test(s), s);
    }),
  );
});
