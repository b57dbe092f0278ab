import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`working-day calendar (${engine})`, () => {
    let t: TestApp;
    let admin: ReturnType<typeof agent>;
    before(async () => {
      t = await testApp(engine, { clock: fixedClock('2026-01-10T03:00:00Z') });
      admin = agent(t.app);
      await admin.login('quantri@demo.cchc.vn', DEMO_PASSWORD);
    });
    after(() => t.close());

    test('the years around today are pre-filled with Tết and Giỗ Tổ from the Vietnamese lunar calendar', async () => {
      const page = await admin.get('/admin/calendar?year=2026');
      assert.equal(page.statusCode, 200);
      // Tết Bính Ngọ: lunar 1/1 falls on 17/02/2026; Giỗ Tổ (10/3 lunar) on 26/04/2026.
      assert.match(page.body, /17\/02\/2026<\/td><td>Thứ Ba<\/td>/);
      assert.match(page.body, /26\/04\/2026/);
      assert.match(page.body, /Tết Nguyên đán/);
      assert.match(page.body, /Giỗ Tổ Hùng Vương/);
      const years = (await t.services.db.selectFrom('calendar_years').select('year').orderBy('year').execute()).map((r) => r.year);
      assert.deepEqual(years, [2025, 2026, 2027, 2028]);
    });

    test('deadlines skip weekends and Tết: 5 working days from Friday 13/02/2026 end after the holiday', async () => {
      const calendar = await t.services.calendar.calendar();
      assert.equal(calendar.isWorkingDay('2026-02-17'), false);
      const due = calendar.addWorkingDays('2026-02-13', 5);
      assert.ok(due > '2026-02-21', `due ${due} should fall after the Tết break`);
      assert.equal(calendar.isWorkingDay(due), true);
    });

    test('an administrator adds a working Saturday and a day off; the calendar follows at once', async () => {
      await admin.get('/admin/calendar');
      const bad = await admin.post('/admin/calendar', { date: '31/02/2026', kind: 'off', name: 'Sai ngày' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Ngày không hợp lệ/);
      assert.match(bad.body, /value="31\/02\/2026"/);
      const weekday = await admin.post('/admin/calendar', { date: '04/03/2026', kind: 'work', name: 'Làm bù' });
      assert.match(weekday.body, /Chỉ thứ Bảy hoặc Chủ nhật/);
      assert.equal((await admin.post('/admin/calendar', { date: '07/03/2026', kind: 'work', name: 'Làm bù cho ngày 02/01' })).statusCode, 303);
      assert.equal((await admin.post('/admin/calendar', { date: '2026-03-09', kind: 'off', name: 'Nghỉ theo thông báo của tỉnh' })).statusCode, 303);
      const calendar = await t.services.calendar.calendar();
      assert.equal(calendar.isWorkingDay('2026-03-07'), true);
      assert.equal(calendar.isWorkingDay('2026-03-09'), false);
      const removed = await admin.post('/admin/calendar/2026-03-09/delete');
      assert.equal(removed.statusCode, 303);
      assert.equal((await t.services.calendar.calendar()).isWorkingDay('2026-03-09'), true);
    });

    test('staff may look at the calendar but not change it', async () => {
      const staff = agent(t.app);
      await staff.login('chuyenvien@demo.cchc.vn', DEMO_PASSWORD);
      const page = await staff.get('/admin/calendar?year=2026');
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /Thêm hoặc sửa một ngày/);
      assert.equal((await staff.post('/admin/calendar', { date: '14/03/2026', kind: 'work', name: 'Thử' })).statusCode, 403);
    });
  });
}
