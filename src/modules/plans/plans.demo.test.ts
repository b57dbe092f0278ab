import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { systemContext } from '../../platform/auth/actor.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`the demo plan (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, { demo: 'full' });
    });
    after(() => t.close());

    test('the seed plan is in progress, numbered, with its electronic recipients sent and waiting for acknowledgement', async () => {
      const { plans } = await t.services.plans.list(systemContext('test'), {});
      assert.equal(plans.length, 1);
      const view = await t.services.plans.get(systemContext('test'), plans[0]!.id);
      assert.deepEqual([view.plan.status, view.plan.number, view.plan.symbol, view.plan.issuedOn], ['inProgress', '45', 'KH-STTTT', '2023-02-06']);
      assert.deepEqual(
        view.recipients.map((r) => [r.name, r.delivery, r.target?.kind ?? null, r.notifiedAt !== null, r.acknowledgedAt]),
        [
          ['Lưu: VT', 'paper', null, false, null],
          ['Sở Nội vụ', 'electronic', 'organization', true, null],
          ['Giám đốc, các PGĐ Sở', 'electronic', 'user', true, null],
          ['Các phòng chuyên môn thuộc Sở', 'electronic', 'organization', true, null],
        ],
      );
    });

    test('the supervising agency and a unit’s focal point find it in “Kế hoạch gửi đến tôi”', async () => {
      for (const email of ['giamsat@demo.cchc.vn', 'daumoi.cntt@demo.cchc.vn']) {
        const a = agent(t.app);
        await a.login(email, DEMO_PASSWORD);
        const inbox = await a.get('/admin/plans/received');
        assert.match(inbox.body, /Kế hoạch 45\/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023/, email);
        assert.match(inbox.body, />Đã nhận<\/button>/, email);
      }
    });
  });
}
