import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemContext } from '../../platform/auth/actor.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

const system = systemContext('kiểm thử');
const PERSON = { submitterKind: 'person', name: 'Nguyễn Thị Phượng', address: 'Số 12 ngõ 34 phố Bắc Sơn, Lạng Sơn', phone: '0912 345 678' };

/** The figures an officer reads on the inbox: the count on each state's card and the number of cases listed. */
function figures(html: string) {
  const cards = Object.fromEntries([...html.matchAll(/data-status="(\w+)"[^>]*>\s*(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
  const total = Number(/(\d+) phản ánh, kiến nghị\./.exec(html)?.[1]);
  const codes = [...new Set(html.match(/PA-\d{4}-\d{6}/g) ?? [])].sort();
  return { cards, total, codes };
}

for (const engine of engines()) {
  describe(`feedback inbox counts and totals (${engine})`, () => {
    const clock = fixedClock('2027-03-01T02:00:00Z');
    let t: TestApp;
    const codes: Record<'received' | 'rejected' | 'accepted' | 'assigned', string[]> = { received: [], rejected: [], accepted: [], assigned: [] };
    let fields: number[] = [];

    before(async () => {
      t = await testApp(engine, { clock });
      for (const name of ['Đất đai', 'Hộ tịch']) fields.push(await t.services.feedback.addField(system, name));
      const { units, handlers } = await t.services.feedback.choices(system);
      const officer = handlers.find((h) => h.fullName === 'Lăng Văn Đức')!;
      const idOf = async (code: string) => (await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
      // Seven cases: 3 left as received, 1 rejected, 1 accepted, 2 assigned; the first field holds 4 of them.
      for (let i = 0; i < 7; i++) {
        const fieldId = fields[i % 2]!;
        const { code } = await t.services.feedback.receive(system, {
          ...PERSON,
          title: `Thủ tục cấp phép số ${i + 1} còn yêu cầu bản sao chứng thực`,
          content: 'Bộ phận một cửa vẫn yêu cầu bản sao có chứng thực dù dữ liệu đã có trong cơ sở dữ liệu quốc gia về dân cư.',
          fieldId: String(fieldId),
          consent: '1',
        });
        const id = await idOf(code);
        if (i === 3) {
          await t.services.feedback.reject(system, id, { reason: 'Nội dung là khiếu nại, thuộc thủ tục giải quyết khiếu nại.' });
          codes.rejected.push(code);
        } else if (i >= 4) {
          await t.services.feedback.accept(system, id);
          if (i === 4) codes.accepted.push(code);
          else {
            await t.services.feedback.assign(system, id, { unitId: String(units[0]!.id), assigneeId: String(officer.id) });
            codes.assigned.push(code);
          }
        } else codes.received.push(code);
      }
    });
    after(() => t.close());

    test('each state card counts its cases, and the listed total follows the filter', async () => {
      const officer = agent(t.app);
      assert.equal((await officer.login('pakn@demo.cchc.vn', DEMO_PASSWORD)).statusCode, 303);

      const all = figures((await officer.get('/admin/feedback')).body);
      assert.deepEqual(all.cards, { received: 3, rejected: 1, forwarded: 0, accepted: 1, assigned: 2, handling: 0, awaitingInfo: 0, drafted: 0, approved: 0, answered: 0, published: 0 });
      assert.equal(all.total, 7);

      const received = figures((await officer.get('/admin/feedback?status=received')).body);
      assert.equal(received.total, 3);
      assert.deepEqual(received.codes, [...codes.received].sort());
      assert.deepEqual(received.cards, all.cards, 'the cards count every case whatever the filter');

      assert.equal(figures((await officer.get('/admin/feedback?status=published')).body).total, 0);

      const field = figures((await officer.get(`/admin/feedback?fieldId=${fields[0]}`)).body);
      assert.equal(field.total, 4);
      const mineAssigned = figures((await officer.get('/admin/feedback?status=assigned&mine=1')).body);
      assert.deepEqual(mineAssigned.codes, [...codes.assigned].sort());
      assert.equal(mineAssigned.total, 2);
    });
  });
}
