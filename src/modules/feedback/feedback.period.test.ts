import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ValidationError } from '../../platform/http/errors.js';
import { dateKey, formatDate } from '../../shared/dates.js';
import { parsePeriod } from './feedback.reports.js';

const TODAY = '2027-06-04';
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

const fields = (input: Record<string, string>) => {
  try {
    parsePeriod(input, TODAY);
  } catch (error) {
    assert.ok(error instanceof ValidationError);
    return error.fields;
  }
  assert.fail('the period was accepted');
};

test('a year, a range, one end of a range, or this year by default', () => {
  assert.deepEqual(parsePeriod({ nam: '2026' }, TODAY), { from: '2026-01-01', to: '2026-12-31', label: 'năm 2026' });
  assert.deepEqual(parsePeriod({}, TODAY), { from: '2027-01-01', to: '2027-12-31', label: 'năm 2027' });
  assert.deepEqual(parsePeriod({ tu: '01/02/2027' }, TODAY), { from: '2027-02-01', to: TODAY, label: 'từ ngày 01/02/2027 đến ngày 04/06/2027' });
  assert.deepEqual(parsePeriod({ den: '15/03/2026' }, TODAY).from, '2026-01-01');
  assert.deepEqual(parsePeriod({ nam: '2020', tu: '1/2/2027', den: '28/02/2027' }, TODAY).from, '2027-02-01', 'a range wins over a year');
});

test('impossible dates, a reversed range and a year that is not one are refused beside their field', () => {
  assert.match(fields({ tu: '31/02/2027' }).tu!, /dd\/mm\/yyyy/);
  assert.match(fields({ den: 'hôm qua' }).den!, /dd\/mm\/yyyy/);
  assert.match(fields({ tu: '10/03/2027', den: '01/03/2027' }).den!, /Đến ngày phải sau/);
  assert.match(fields({ nam: '27' }).nam!, /4 chữ số/);
});

test('property: a range written dd/mm/yyyy reads back as the same days', () => {
  fc.assert(
    fc.property(day, day, (a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      if (Date.parse(to) - Date.parse(from) > 3660 * 86_400_000) return;
      const period = parsePeriod({ tu: formatDate(from), den: formatDate(to) }, TODAY);
      assert.equal(period.from, from);
      assert.equal(period.to, to);
    }),
  );
});
