import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, dayOfWeek, startOfVnDay, vnDateKey } from '../../shared/dates.js';
import { nextDailyAt } from './recurring.js';

const weekday = (day: string) => dayOfWeek(day) >= 1 && dayOfWeek(day) <= 5;
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

test('07:30 on a Friday morning is that day; after it, the next weekday is Monday', () => {
  assert.equal(nextDailyAt(new Date('2027-06-04T00:00:00Z'), '07:30', weekday).toISOString(), '2027-06-04T00:30:00.000Z');
  assert.equal(nextDailyAt(new Date('2027-06-04T00:30:00Z'), '07:30', weekday).toISOString(), '2027-06-07T00:30:00.000Z');
  assert.equal(nextDailyAt(new Date('2027-06-04T20:00:00Z'), '02:00').toISOString(), '2027-06-05T19:00:00.000Z');
});

test('property: the next run is strictly later, at the time asked in Hà Nội, on an accepted day, and no accepted run is skipped', () => {
  fc.assert(
    fc.property(instant, time, fc.boolean(), (after, at, weekdaysOnly) => {
      const accepts = weekdaysOnly ? weekday : () => true;
      const next = nextDailyAt(after, at, accepts);
      const day = vnDateKey(next);
      const [h, m] = at.split(':').map(Number);
      assert.ok(next > after);
      assert.equal(next.getTime() - startOfVnDay(day).getTime(), (h! * 60 + m!) * 60_000);
      assert.ok(accepts(day));
      for (let d = vnDateKey(after); d < day; d = addDays(d, 1)) {
        assert.ok(!accepts(d) || new Date(startOfVnDay(d).getTime() + (h! * 60 + m!) * 60_000) <= after, `${d} was skipped`);
      }
    }),
  );
});
