import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { SEED_PLAN_FILE } from '../../demo/plans.js';
import { docxParagraphTexts } from '../../platform/docx/official-document.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

const seed = readFileSync(SEED_PLAN_FILE, 'utf8');

const OFFICE = 'chanhvanphong@demo.cchc.vn';
const STAFF = 'chuyenvien@demo.cchc.vn';
const FOCAL = 'daumoi.cntt@demo.cchc.vn';
const SUPERVISOR = 'giamsat@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';

for (const engine of engines()) {
  describe(`plans in the back office (${engine})`, () => {
    let t: TestApp;
    let office: ReturnType<typeof agent>;
    let planId: number;
    const as = async (email: string) => {
      const a = agent(t.app);
      await a.login(email, DEMO_PASSWORD);
      return a;
    };
    const recipientId = async (name: string) =>
      (await t.services.db.selectFrom('plan_recipients').select('id').where('plan_id', '=', planId).where('name', '=', name).executeTakeFirstOrThrow()).id;
    const mailsTo = async (email: string) =>
      (await t.services.db.selectFrom('jobs').select('payload').where('kind', '=', 'mail.send').execute())
        .map((j) => JSON.parse(j.payload) as { to: string; subject: string; text: string })
        .filter((m) => m.to === email);
    const auditActions = async () => (await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'plan').execute()).map((a) => a.action);

    before(async () => {
      t = await testApp(engine);
      office = await as(OFFICE);
    });
    after(() => t.close());

    test('the Office imports the plan from its text; an empty text is sent back with the message beside the field', async () => {
      await office.get('/admin/plans/new');
      const empty = await office.post('/admin/plans/new', { text: 'KẾ HOẠCH\nTuyên truyền', number: '45' });
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Có 1 lỗi cần sửa/);
      assert.match(empty.body, /không thấy mục “I\.”/);
      assert.match(empty.body, /<input[^>]*name="number"[^>]*value="45"|value="45"[^>]*name="number"/, 'the input is kept');

      const saved = await office.post('/admin/plans/new', { text: seed });
      assert.equal(saved.statusCode, 303);
      planId = Number(/\/admin\/plans\/(\d+)$/.exec(saved.headers.location as string)![1]);
      const page = await office.get(`/admin/plans/${planId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Kế hoạch …\/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023/);
      assert.match(page.body, /Dự thảo/);
      assert.match(page.body, /II\. NỘI DUNG/);
      assert.match(page.body, /4\. Gắn nội dung công tác tuyên truyền CCHC với công tác thi đua - khen thưởng/);
      assert.match(page.body, /- Sở Nội vụ \(để biết\);/);
      assert.match(page.body, /KT\. GIÁM ĐỐC — PHÓ GIÁM ĐỐC — Nông Văn Niệp/);
    });

    test('staff read the plan but cannot change it; the list filters by year, status and words', async () => {
      const staff = await as(STAFF);
      const page = await staff.get(`/admin/plans/${planId}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /Ban hành kế hoạch/);
      assert.equal((await staff.get(`/admin/plans/${planId}/edit`)).statusCode, 403);
      assert.equal((await staff.post(`/admin/plans/${planId}/advance`)).statusCode, 403);
      assert.equal((await staff.get('/admin/plans/new')).statusCode, 403);

      assert.match((await staff.get('/admin/plans?year=2023&q=tuyen+truyen')).body, /1 kế hoạch\./);
      assert.match((await staff.get('/admin/plans?status=closed')).body, /0 kế hoạch\./);
      const bad = await staff.get('/admin/plans?year=hai');
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /1 kế hoạch\./, 'the unfiltered list is still shown');
    });

    test('issuing needs a number; the header form keeps the input on errors', async () => {
      const refused = await office.post(`/admin/plans/${planId}/advance`);
      assert.equal(refused.statusCode, 303);
      assert.equal(refused.headers.location, `/admin/plans/${planId}/edit`);
      const edit = await office.get(`/admin/plans/${planId}/edit`);
      assert.match(edit.body, /Nhập số của kế hoạch \(ví dụ 45\) trước khi ban hành\./);

      const form = Object.fromEntries([...edit.body.matchAll(/<input[^>]*id="f-(\w+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      const textareas = Object.fromEntries([...edit.body.matchAll(/<textarea[^>]*id="f-(\w+)"[^>]*>([^<]*)<\/textarea>/g)].map((m) => [m[1]!, m[2]!]));
      const values = { ...form, ...textareas, signingAuthority: 'KT.' };
      const invalid = await office.post(`/admin/plans/${planId}/edit`, { ...values, number: '45', symbol: 'KH STTTT', issuedOn: '31/02/2023' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Ký hiệu không có dấu cách/);
      assert.match(invalid.body, /Ngày ban hành không hợp lệ/);
      assert.match(invalid.body, /value="KH STTTT"/);

      const ok = await office.post(`/admin/plans/${planId}/edit`, { ...values, number: '45', issuedOn: '06/02/2023', fundingAmount: '50000000' });
      assert.equal(ok.statusCode, 303);
      assert.match((await office.get(`/admin/plans/${planId}`)).body, /Kế hoạch 45\/KH-STTTT[\s\S]*06\/02\/2023[\s\S]*50\.000\.000/);
    });

    test('each part is editable: a channel’s text and kind, new and removed items renumbered', async () => {
      const channel = await t.services.db.selectFrom('plan_channels').select(['id']).where('plan_id', '=', planId).where('code', '=', 'III.5').executeTakeFirstOrThrow();
      await office.get(`/admin/plans/${planId}/items/channel/${channel.id}`);
      const bad = await office.post(`/admin/plans/${planId}/items/channel/${channel.id}`, { text: '', kind: 'screens' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /<option value="screens" selected>/);
      await office.post(`/admin/plans/${planId}/items/channel/${channel.id}`, { text: 'Đăng thông tin trên màn hình Led tại bộ phận một cửa.', kind: 'screens' });
      await office.post(`/admin/plans/${planId}/items/requirement/new`, { text: 'Bảo đảm tiết kiệm, hiệu quả.' });
      const page = (await office.get(`/admin/plans/${planId}`)).body;
      assert.match(page, /5\. Đăng thông tin trên màn hình Led tại bộ phận một cửa\./);
      assert.match(page, /- Bảo đảm tiết kiệm, hiệu quả\./);

      await office.post(`/admin/plans/${planId}/items/topic/new`, { text: 'Tuyên truyền về chuyển đổi số.' });
      const sixth = await t.services.db.selectFrom('plan_topics').select('id').where('plan_id', '=', planId).where('code', '=', 'II.6').executeTakeFirstOrThrow();
      assert.equal((await office.post(`/admin/plans/${planId}/items/topic/${sixth.id}/delete`)).statusCode, 303);
      const topics = await t.services.db.selectFrom('plan_topics').select(['code', 'text']).where('plan_id', '=', planId).orderBy('position').execute();
      assert.deepEqual(topics.at(-1), { code: 'II.6', text: 'Tuyên truyền về chuyển đổi số.' }, 'the items after a removed one move up, codes with them');
      assert.equal(topics.length, 6);

      const added = await t.services.db.selectFrom('plan_paragraphs').select('id').where('plan_id', '=', planId).where('text', '=', 'Bảo đảm tiết kiệm, hiệu quả.').executeTakeFirstOrThrow();
      await office.post(`/admin/plans/${planId}/items/requirement/${added.id}/delete`);
      assert.doesNotMatch((await office.get(`/admin/plans/${planId}`)).body, /Bảo đảm tiết kiệm/);
    });

    test('issuing sends the plan to the electronic recipients chosen in the platform, by mail and in their list', async () => {
      const homeAffairs = (await t.services.organizations.findByCode('SNV'))!.id;
      const cntt = (await t.services.organizations.allUnits()).find((u) => u.code === 'CNTT')!.id;
      const target = async (name: string, value: string) => {
        await office.get(`/admin/plans/${planId}/recipients/${await recipientId(name)}`);
        return office.post(`/admin/plans/${planId}/recipients/${await recipientId(name)}`, { name, delivery: 'electronic', purpose: name === 'Sở Nội vụ' ? 'inform' : 'execute', target: value });
      };
      assert.equal((await target('Sở Nội vụ', 'organization:999999')).statusCode, 422);
      assert.equal((await target('Sở Nội vụ', `organization:${homeAffairs}`)).statusCode, 303);
      assert.equal((await target('Các phòng chuyên môn thuộc Sở', `unit:${cntt}`)).statusCode, 303);

      const issued = await office.post(`/admin/plans/${planId}/advance`);
      assert.equal(issued.statusCode, 303);
      const page = (await office.get(`/admin/plans/${planId}`)).body;
      assert.match(page, /Đã gửi đến 2 nơi nhận bản điện tử\./);
      assert.match(page, /Đã ban hành/);
      assert.match(page, /0 nơi đã xác nhận đã nhận, 2 nơi chưa xác nhận\./);

      const [toSupervisor] = await mailsTo(SUPERVISOR);
      assert.equal(toSupervisor?.subject, 'Kế hoạch 45/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023');
      assert.match(toSupervisor!.text, /SỞ THÔNG TIN VÀ TRUYỀN THÔNG gửi Sở Nội vụ Kế hoạch số 45\/KH-STTTT ngày 06\/02\/2023 .* \(để biết\)\./);
      assert.match(toSupervisor!.text, /http:\/\/cchc\.test\/admin\/plans\/received/);
      assert.equal((await mailsTo(FOCAL)).length, 1);
      assert.equal((await mailsTo(STAFF)).length, 0, 'a unit not addressed gets nothing');
      assert.ok((await auditActions()).includes('plan.issued'));
    });

    test('a recipient acknowledges once for its unit or organization; others cannot acknowledge for it', async () => {
      const staff = await as(STAFF);
      assert.match((await staff.get('/admin/plans/received')).body, /Chưa có kế hoạch nào được gửi đến bạn\./);
      assert.equal((await staff.post(`/admin/plan-recipients/${await recipientId('Các phòng chuyên môn thuộc Sở')}/acknowledge`)).statusCode, 403);

      const supervisor = await as(SUPERVISOR);
      const inbox = await supervisor.get('/admin/plans/received');
      assert.match(inbox.body, /Kế hoạch 45\/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023/);
      assert.match(inbox.body, /Sở Nội vụ — Để biết/);
      const docx = await supervisor.get(`/admin/plans/${planId}/docx`);
      assert.equal(docx.statusCode, 200);
      assert.ok((await docxParagraphTexts(docx.rawPayload)).includes('- Sở Nội vụ (để biết);'));
      await supervisor.post(`/admin/plan-recipients/${await recipientId('Sở Nội vụ')}/acknowledge`);
      assert.match((await supervisor.get('/admin/plans/received')).body, /Đã nhận \d\d\/\d\d\/\d{4}/);

      const page = (await office.get(`/admin/plans/${planId}`)).body;
      assert.match(page, /Đã nhận \d\d\/\d\d\/\d{4} \(Phạm Thị Lan\)/);
      assert.match(page, /1 nơi đã xác nhận đã nhận, 1 nơi chưa xác nhận\./);
      assert.ok((await auditActions()).includes('plan.acknowledge'));
    });

    test('the sender reminds who has not acknowledged: a new mail, audited; topics of a sent plan stay', async () => {
      const before = (await mailsTo(FOCAL)).length;
      const reminded = await office.post(`/admin/plans/${planId}/recipients/${await recipientId('Các phòng chuyên môn thuộc Sở')}/remind`);
      assert.equal(reminded.statusCode, 303);
      const mails = await mailsTo(FOCAL);
      assert.equal(mails.length, before + 1);
      assert.match(mails.at(-1)!.subject, /^Nhắc xác nhận: Kế hoạch 45\/KH-STTTT/);
      assert.ok((await auditActions()).includes('plan.remind'));
      assert.equal((await office.post(`/admin/plans/${planId}/recipients/${await recipientId('Sở Nội vụ')}/remind`)).statusCode, 409, 'already acknowledged');

      const topic = await t.services.db.selectFrom('plan_topics').select('id').where('plan_id', '=', planId).where('code', '=', 'II.2').executeTakeFirstOrThrow();
      assert.equal((await office.post(`/admin/plans/${planId}/items/topic/${topic.id}/delete`)).statusCode, 409);

      const focal = await as(FOCAL);
      await focal.post(`/admin/plan-recipients/${await recipientId('Các phòng chuyên môn thuộc Sở')}/acknowledge`);
      assert.match((await office.get(`/admin/plans/${planId}`)).body, /2 nơi đã xác nhận đã nhận, 0 nơi chưa xác nhận\./);
    });

    test('the plan moves on to in progress and closed, then no further; an editor outside the Office cannot move it', async () => {
      const editor = await as(EDITOR);
      assert.equal((await editor.post(`/admin/plans/${planId}/advance`)).statusCode, 403);
      await office.post(`/admin/plans/${planId}/advance`);
      assert.match((await office.get(`/admin/plans/${planId}`)).body, /Đang thực hiện/);
      await office.post(`/admin/plans/${planId}/advance`);
      const closed = (await office.get(`/admin/plans/${planId}`)).body;
      assert.match(closed, /Đã kết thúc/);
      assert.doesNotMatch(closed, /Kết thúc kế hoạch/);
      assert.equal((await office.post(`/admin/plans/${planId}/advance`)).statusCode, 409);
    });
  });
}
