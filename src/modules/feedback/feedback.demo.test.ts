import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_FEEDBACK, DEMO_FEEDBACK_FIELDS } from '../../demo/feedback.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`feedback demo (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, { demo: 'full' });
    });
    after(() => t.close());

    test('the demo holds items in every kind of state, and its public pages show no personal data', async () => {
      const rows = await t.services.db.selectFrom('feedback').select(['status', 'code']).orderBy('seq').execute();
      assert.equal(rows.length, DEMO_FEEDBACK.length);
      assert.deepEqual(new Set(rows.map((r) => r.status)), new Set(['published', 'drafted', 'awaitingInfo', 'handling', 'rejected', 'forwarded', 'received']));
      assert.ok(DEMO_FEEDBACK_FIELDS.length >= 5);
      const visitor = agent(t.app);
      const list = await visitor.get('/phan-anh-kien-nghi');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /2 câu hỏi đã được trả lời/);
      const found = await visitor.get('/tim-kiem?q=thanh%20toan%20le%20phi%20buu%20chinh');
      assert.match(found.body, /\/phan-anh-kien-nghi\/pa-\d{4}-000001/);
      for (const item of DEMO_FEEDBACK) {
        for (const body of [list.body, found.body]) {
          assert.ok(!body.includes(item.person.name), item.person.name);
          assert.ok(!body.includes(item.person.phone), item.person.phone);
        }
      }
    });
  });
}
