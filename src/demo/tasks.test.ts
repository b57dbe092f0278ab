import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { agent } from '../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../test/helpers/app.js';
import { engines } from '../../test/helpers/database.js';
import { DEMO_PASSWORD } from './demo.js';
import { loadDemoPlan } from './plans.js';
import { loadDemoTasks } from './tasks.js';

for (const engine of engines()) {
  describe(`the demo plan's execution (${engine})`, () => {
    let t: TestApp;
    let planId: number;
    before(async () => {
      t = await testApp(engine);
      const agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
      planId = await loadDemoPlan(t.services, agencyId);
      await loadDemoTasks(t.services, agencyId);
    });
    after(() => t.close());

    test('the leader finds every topic and channel assigned with its target, the Office leading most, two units having disseminated', async () => {
      const leader = agent(t.app);
      await leader.login('giamdoc@demo.cchc.vn', DEMO_PASSWORD);
      const page = await leader.get(`/admin/plans/${planId}/nhiem-vu`);
      assert.equal(page.statusCode, 200);
      for (const unit of ['Văn phòng Sở', 'Phòng Công nghệ thông tin', 'Trung tâm Công nghệ thông tin và Truyền thông']) assert.match(page.body, new RegExp(`<h2 id="unit-\\d+">${unit}</h2>`));
      assert.match(page.body, /\/12 buổi chào cờ có nội dung CCHC/);
      assert.match(page.body, /3\/12 buổi chào cờ có nội dung CCHC/, 'the three flag ceremonies noted count');
      assert.match(page.body, /Tổ chức hội nghị chuyên đề về cải cách hành chính và chuyển đổi số năm 2023/);
      assert.equal([...page.body.matchAll(/badge--success">Đã phổ biến/g)].length, 2);
      const budget = await leader.get(`/admin/plans/${planId}/kinh-phi`);
      assert.match(budget.body, /id="budget-remaining">41\.500\.000\u00a0đ</);
    });
  });
}
