import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { systemContext } from '../../platform/auth/actor.js';
import { addDays } from '../../shared/dates.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

const OFFICER = 'pakn@demo.cchc.vn';
const LEADER = 'giamdoc@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';

const FIELDS = ['Đất đai', 'Đăng ký kinh doanh', 'Hộ tịch', 'Bưu chính, viễn thông', 'Công nghệ thông tin, chuyển đổi số'];

/** Submitter data that must never appear on a public page. */
const PERSON = { name: 'Nguyễn Thị Phượng', address: 'Số 12 ngõ 34 phố Bắc Sơn, Lạng Sơn', phone: '0912 345 678', email: 'phuong.nguyen@example.vn' };

const tokenOf = (html: string) => html.match(/name="startedAt" value="([^"]+)"/)?.[1] ?? '';

for (const engine of engines()) {
  describe(`feedback desk (${engine})`, () => {
    // Wednesday 03/02/2027, 09:00 in Hà Nội: two days before the Tết 2027 holidays (Friday 05/02 to Thursday 11/02).
    const clock = fixedClock('2027-02-03T02:00:00Z');
    let t: TestApp;
    let fieldIds: number[] = [];
    let code = '';
    let secret = '';

    before(async () => {
      t = await testApp(engine, { clock });
      for (const name of FIELDS) fieldIds.push(await t.services.feedback.addField(systemContext('test'), name));
    });
    after(() => t.close());

    const form = (overrides: Record<string, string> = {}) => ({
      submitterKind: 'person',
      ...PERSON,
      title: 'Thủ tục đăng ký hộ kinh doanh còn yêu cầu bản sao chứng thực',
      content: 'Khi đăng ký hộ kinh doanh, bộ phận một cửa vẫn yêu cầu nộp bản sao có chứng thực căn cước, dù dữ liệu đã có trên cơ sở dữ liệu quốc gia về dân cư. Đề nghị bỏ yêu cầu này.',
      fieldId: String(fieldIds[1]),
      consent: '1',
      publishAllowed: '1',
      ...overrides,
    });

    async function openForm(visitor: ReturnType<typeof agent>) {
      const page = await visitor.get('/phan-anh-kien-nghi/gui');
      assert.equal(page.statusCode, 200);
      return tokenOf(page.body);
    }

    test('the form turns away robots with a message: too fast, or the honeypot filled', async () => {
      const visitor = agent(t.app);
      const token = await openForm(visitor);
      const fast = await visitor.post('/phan-anh-kien-nghi/gui', { ...form(), startedAt: token });
      assert.equal(fast.statusCode, 422);
      assert.match(fast.body, /gửi quá nhanh/);
      assert.match(fast.body, /Thủ tục đăng ký hộ kinh doanh còn yêu cầu bản sao chứng thực/, 'the input is kept');
      clock.advance(10_000);
      const trap = await visitor.post('/phan-anh-kien-nghi/gui', { ...form(), startedAt: token, website: 'http://spam.example' });
      assert.equal(trap.statusCode, 422);
      assert.match(trap.body, /điền tự động/);
      const forged = await visitor.post('/phan-anh-kien-nghi/gui', { ...form(), startedAt: `${Date.parse('2027-02-03T01:00:00Z')}.deadbeef` });
      assert.equal(forged.statusCode, 422);
      const count = await t.services.db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    });

    test('invalid fields get 422 with an error summary beside each field, and the input kept', async () => {
      const visitor = agent(t.app);
      const token = await openForm(visitor);
      clock.advance(10_000);
      const response = await visitor.post('/phan-anh-kien-nghi/gui', { ...form({ name: '', consent: '', content: 'x'.repeat(4001), phone: 'abc', email: 'khong-phai-email' }), startedAt: token });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /class="error-summary"/);
      for (const field of ['name', 'consent', 'content', 'phone', 'email']) assert.match(response.body, new RegExp(`href="#f-${field}"`), field);
      assert.match(response.body, /không được dài quá 4000 ký tự/);
      assert.match(response.body, /Số 12 ngõ 34 phố Bắc Sơn/, 'the address typed is still there');
      const unknownField = await visitor.post('/phan-anh-kien-nghi/gui', { ...form({ fieldId: '99999' }), startedAt: token });
      assert.equal(unknownField.statusCode, 422);
      assert.match(unknownField.body, /lĩnh vực trong danh sách/);
    });

    test('a valid submission is committed, shows a code and a secret once, and mails them', async () => {
      const visitor = agent(t.app);
      const token = await openForm(visitor);
      clock.advance(10_000);
      const response = await visitor.post('/phan-anh-kien-nghi/gui', { ...form(), startedAt: token });
      assert.equal(response.statusCode, 200);
      code = response.body.match(/class="tracking-code">([^<]+)</)?.[1] ?? '';
      secret = response.body.match(/class="tracking-secret">([^<]+)</)?.[1] ?? '';
      assert.equal(code, 'PA-2027-000001');
      assert.match(secret, /^[A-Z2-9]{10}$/);
      const row = await t.services.db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
      assert.notEqual(row.secret_hash, secret, 'only the hash is stored');
      assert.equal(row.consent_version, '2026-11-v1');
      assert.ok(row.consent_at);
      // 5 working days from Wednesday 03/02/2027: Thursday 04/02, then Tết (05–11/02) and the weekend are skipped.
      assert.equal(row.classify_due_on, '2027-02-17');
      assert.match(response.body, /17\/02\/2027/);
      const calendar = await t.services.calendar.calendar();
      assert.equal(calendar.isWorkingDay('2027-02-08'), false, 'Tết 2027 (06/02/2027) is in the calendar');
      assert.equal(calendar.workingDaysBetween('2027-02-03', '2027-02-17'), 5);

      assert.ok((await t.worker.drain()) >= 1);
      const mail = t.mails().find((m) => m.to.includes(PERSON.email));
      assert.ok(mail, 'the acknowledgement was mailed');
      assert.match(mail.text, new RegExp(code));
      assert.match(mail.text, new RegExp(secret));

      // Codes are sequential per year.
      const token2 = await openForm(visitor);
      clock.advance(10_000);
      const second = await visitor.post('/phan-anh-kien-nghi/gui', { ...form({ email: '', title: 'Kiến nghị về lệ phí cấp giấy phép bưu chính', fieldId: String(fieldIds[3]) }), startedAt: token2 });
      assert.match(second.body, /PA-2027-000002/);
    });

    test('the lookup refuses a wrong secret and shows the timeline and deadline to the right one, without personal data', async () => {
      const visitor = agent(t.app, '198.51.100.7');
      await visitor.get('/phan-anh-kien-nghi/tra-cuu');
      const wrong = await visitor.post('/phan-anh-kien-nghi/tra-cuu', { code, secret: 'AAAAAAAAAA' });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /không đúng/);
      assert.doesNotMatch(wrong.body, /hộ kinh doanh/);
      const right = await visitor.post('/phan-anh-kien-nghi/tra-cuu', { code: code.toLowerCase(), secret });
      assert.equal(right.statusCode, 200);
      assert.match(right.body, /Đã tiếp nhận phản ánh, kiến nghị qua cổng thông tin/);
      assert.match(right.body, /Hạn phân loại/);
      assert.match(right.body, /17\/02\/2027/);
      for (const value of Object.values(PERSON)) assert.ok(!right.body.includes(value), `no ${value} on the lookup page`);
    });

    test('the workflow by role: officer classifies and assigns, unit drafts, leader approves, the answer is published and found', async () => {
      const officer = agent(t.app, '192.0.2.20');
      assert.equal((await officer.login(OFFICER, DEMO_PASSWORD)).statusCode, 303);
      const id = (await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

      const inbox = await officer.get('/admin/feedback?due=week');
      assert.equal(inbox.statusCode, 200);
      assert.doesNotMatch(inbox.body, new RegExp(code), 'due on 17/02, not this week');
      const all = await officer.get('/admin/feedback');
      assert.match(all.body, new RegExp(code));

      const audits = async () =>
        Number((await t.services.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'feedback.personal_view').where('subject_id', '=', String(id)).executeTakeFirstOrThrow()).n);
      const before = await audits();
      const detail = await officer.get(`/admin/feedback/${id}`);
      assert.equal(detail.statusCode, 200);
      assert.match(detail.body, new RegExp(PERSON.name));
      assert.equal(await audits(), before + 1, 'viewing personal data is audited');

      const editor = agent(t.app, '192.0.2.21');
      await editor.login(EDITOR, DEMO_PASSWORD);
      const denied = await editor.get(`/admin/feedback/${id}`);
      assert.equal(denied.statusCode, 403);
      assert.ok(!denied.body.includes(PERSON.name));

      assert.equal((await officer.post(`/admin/feedback/${id}/accept`)).statusCode, 303);
      const accepted = await t.services.db.selectFrom('feedback').select(['status', 'answer_due_on']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(accepted.status, 'accepted');
      // 10 working days from 03/02/2027, Tết skipped: 04/02, 12/02, 15–19/02, 22–24/02.
      assert.equal(accepted.answer_due_on, '2027-02-24');
      // Accepting twice is refused by the state machine.
      await officer.get(`/admin/feedback/${id}`);
      const again = await officer.post(`/admin/feedback/${id}/accept`);
      assert.equal(again.statusCode, 303);
      assert.equal((await t.services.db.selectFrom('audit_log').select('id').where('action', '=', 'feedback.accept').execute()).length, 1);

      const { units, handlers } = await t.services.feedback.choices((await officerCtx(t)).ctx);
      const unit = units.find((u) => u.name === 'Văn phòng Sở')!;
      const me = handlers.find((h) => h.fullName === 'Lăng Văn Đức')!;
      await officer.get(`/admin/feedback/${id}`);
      const badAssign = await officer.post(`/admin/feedback/${id}/assign`, { unitId: String(unit.id) });
      assert.equal(badAssign.statusCode, 422);
      assert.match(badAssign.body, /Vui lòng chọn cán bộ xử lý/);
      assert.equal((await officer.post(`/admin/feedback/${id}/assign`, { unitId: String(unit.id), assigneeId: String(me.id) })).statusCode, 303);
      assert.equal((await officer.post(`/admin/feedback/${id}/start`)).statusCode, 303);
      assert.equal((await officer.post(`/admin/feedback/${id}/note`, { note: 'Đã trao đổi với bộ phận một cửa.' })).statusCode, 303);
      const mine = await officer.get('/admin/feedback?mine=1');
      assert.match(mine.body, new RegExp(code));

      // More information asked: the clock stops for the two working days it takes.
      assert.equal((await officer.post(`/admin/feedback/${id}/request-info`, { question: 'Vui lòng cho biết tên bộ phận một cửa đã yêu cầu.' })).statusCode, 303);
      clock.set('2027-02-16T02:00:00Z');
      const citizen = agent(t.app, '198.51.100.8');
      await citizen.get('/phan-anh-kien-nghi/tra-cuu');
      const added = await citizen.post('/phan-anh-kien-nghi/tra-cuu/bo-sung', { code, secret, info: 'Bộ phận một cửa UBND phường Đông Kinh.' });
      assert.equal(added.statusCode, 200);
      const resumed = await t.services.db.selectFrom('feedback').select(['status', 'answer_due_on']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(resumed.status, 'handling');
      // Paused on 03/02, resumed on 16/02: the working days in between (04/02, 12/02, 15/02, 16/02) move the deadline.
      const cal = await t.services.calendar.calendar();
      assert.equal(resumed.answer_due_on, cal.addWorkingDays('2027-02-24', cal.workingDaysBetween('2027-02-03', '2027-02-16')));

      // Thirteen days later the session has expired: the officer signs in again.
      await officer.login(OFFICER, DEMO_PASSWORD);
      assert.equal((await officer.get(`/admin/feedback/${id}`)).statusCode, 200);
      const templated = await officer.get(`/admin/feedback/${id}?mau=explain`);
      assert.match(templated.body, /<textarea[^>]*name="answer"[^>]*>Cơ quan cảm ơn ý kiến phản ánh, kiến nghị của Ông\/Bà. Theo quy định tại/, 'a reply template fills the draft');
      const answer = 'Cơ quan đã chỉ đạo bộ phận một cửa khai thác dữ liệu dân cư, không yêu cầu bản sao chứng thực căn cước khi đăng ký hộ kinh doanh.';
      assert.equal((await officer.post(`/admin/feedback/${id}/draft`, { answer })).statusCode, 303);
      const officerApproves = await officer.post(`/admin/feedback/${id}/approve`);
      assert.equal(officerApproves.statusCode, 403, 'only a leader approves');

      const leader = agent(t.app, '192.0.2.22');
      await leader.login(LEADER, DEMO_PASSWORD);
      const leaderView = await leader.get(`/admin/feedback/${id}`);
      assert.equal(leaderView.statusCode, 200);
      assert.equal((await leader.post(`/admin/feedback/${id}/approve`)).statusCode, 303);

      await officer.get(`/admin/feedback/${id}`);
      assert.equal((await officer.post(`/admin/feedback/${id}/answer`)).statusCode, 303);
      await t.worker.drain();
      assert.ok(t.mails().some((m) => m.to.includes(PERSON.email) && m.text.includes('không yêu cầu bản sao chứng thực')), 'the answer was mailed');

      await officer.get(`/admin/feedback/${id}`);
      const publicTitle = 'Đăng ký hộ kinh doanh có phải nộp bản sao chứng thực căn cước?';
      const publish = await officer.post(`/admin/feedback/${id}/publish`, { publicTitle, publicContent: 'Người dân phản ánh bộ phận một cửa yêu cầu bản sao chứng thực căn cước khi đăng ký hộ kinh doanh.' });
      assert.equal(publish.statusCode, 303);

      const steps = (await t.services.db.selectFrom('audit_log').select(['action', 'at']).where('subject_type', '=', 'feedback').where('subject_id', '=', String(id)).execute()).map((r) => r.action);
      for (const action of ['feedback.accept', 'feedback.assign', 'feedback.start', 'feedback.requestInfo', 'feedback.addInfo', 'feedback.draft', 'feedback.approve', 'feedback.answer', 'feedback.publish']) {
        assert.ok(steps.includes(action), action);
      }

      // Public: found without diacritics, on the list and in the site search, never with personal data.
      const visitor = agent(t.app, '198.51.100.9');
      const list = await visitor.get('/phan-anh-kien-nghi?q=ho%20kinh%20doanh%20chung%20thuc');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Đăng ký hộ kinh doanh có phải nộp bản sao chứng thực căn cước\?/);
      const byField = await visitor.get('/phan-anh-kien-nghi?linhvuc=dang-ky-kinh-doanh');
      assert.match(byField.body, /Đăng ký hộ kinh doanh có phải nộp/);
      const otherField = await visitor.get('/phan-anh-kien-nghi?linhvuc=ho-tich');
      assert.doesNotMatch(otherField.body, /Đăng ký hộ kinh doanh có phải nộp/);
      const search = await visitor.get('/tim-kiem?q=dang%20ky%20ho%20kinh%20doanh');
      assert.match(search.body, /\/phan-anh-kien-nghi\/pa-2027-000001/);
      const page = await visitor.get('/phan-anh-kien-nghi/pa-2027-000001');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /khai thác dữ liệu dân cư/);
      for (const body of [list.body, page.body, search.body]) for (const value of Object.values(PERSON)) assert.ok(!body.includes(value), `no ${value} in public pages`);
      assert.equal((await visitor.get('/phan-anh-kien-nghi/pa-2027-000002')).statusCode, 404, 'an unpublished item is not public');

      // The submitter rates once and may ask once to reopen.
      await citizen.get('/phan-anh-kien-nghi/tra-cuu');
      const shown = await citizen.post('/phan-anh-kien-nghi/tra-cuu', { code, secret });
      assert.match(shown.body, /khai thác dữ liệu dân cư/);
      assert.equal((await citizen.post('/phan-anh-kien-nghi/tra-cuu/danh-gia', { code, secret, rating: '4' })).statusCode, 200);
      assert.equal((await citizen.post('/phan-anh-kien-nghi/tra-cuu/danh-gia', { code, secret, rating: '1' })).statusCode, 409);
      const reopened = await citizen.post('/phan-anh-kien-nghi/tra-cuu/xem-xet-lai', { code, secret, reason: 'Phường vẫn yêu cầu bản sao chứng thực sau ngày trả lời.' });
      assert.equal(reopened.statusCode, 200);
      assert.equal((await t.services.db.selectFrom('feedback').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'handling');
      assert.equal((await citizen.post('/phan-anh-kien-nghi/tra-cuu/xem-xet-lai', { code, secret, reason: 'Lần thứ hai đề nghị xem xét lại.' })).statusCode, 409);
    });

    test('officers are reminded 2 working days before a deadline, and leaders told once it has passed', async () => {
      // PA-2027-000002 was never classified; its deadline was 17/02/2027.
      clock.set('2027-02-18T02:00:00Z');
      await t.worker.drain();
      const mails = t.mails();
      assert.ok(mails.some((m) => m.to.includes(OFFICER) && m.subject.includes('PA-2027-000002') && m.subject.includes('Sắp đến hạn phân loại')), 'reminder to the officers');
      assert.ok(mails.some((m) => m.to.includes(LEADER) && m.subject.includes('PA-2027-000002') && m.subject.includes('Quá hạn phân loại')), 'escalation to the leader');
      const officer = agent(t.app, '192.0.2.30');
      await officer.login(OFFICER, DEMO_PASSWORD);
      const overdue = await officer.get('/admin/feedback?due=overdue');
      assert.match(overdue.body, /PA-2027-000002/);
      assert.match(overdue.body, /Quá hạn \(hạn 17\/02\/2027\)/);
      assert.doesNotMatch(overdue.body, new RegExp(code), 'the reopened item is due later');
    });

    test('the receipt register exports with the time of every step and no personal data', async () => {
      const officer = agent(t.app, '192.0.2.31');
      await officer.login(OFFICER, DEMO_PASSWORD);
      const csv = await officer.get('/admin/feedback/so-tiep-nhan.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 3, 'header and two cases');
      assert.match(lines[0]!, /^Mã tra cứu,Tiêu đề,Lĩnh vực,Trạng thái/);
      assert.match(lines[0]!, /Thời điểm: Đã thụ lý/);
      assert.match(lines[1]!, /^PA-2027-000001,/);
      assert.match(lines[1]!, /03\/02\/2027 \d{2}:\d{2}/);
      for (const value of Object.values(PERSON)) assert.ok(!csv.body.includes(value), value);
      const xlsx = await officer.get('/admin/feedback/so-tiep-nhan.xlsx');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
      const editor = agent(t.app, '192.0.2.32');
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/feedback/so-tiep-nhan.csv')).statusCode, 403);
    });

    test("a submitter's data is exported and erased on request, once the case is closed; both audited", async () => {
      const system = systemContext('test');
      const { code: third } = await t.services.feedback.receive(system, { ...form({ title: 'Khiếu nại về quyết định xử phạt vi phạm hành chính' }), name: 'Trần Văn Khiếu' });
      const id = (await t.services.db.selectFrom('feedback').select('id').where('code', '=', third).executeTakeFirstOrThrow()).id;
      const officer = agent(t.app, '192.0.2.33');
      await officer.login(OFFICER, DEMO_PASSWORD);
      await officer.get(`/admin/feedback/${id}`);
      assert.equal((await officer.post(`/admin/feedback/${id}/erase-personal`, { reason: 'Người gửi yêu cầu xóa dữ liệu.' })).statusCode, 303);
      assert.equal((await t.services.db.selectFrom('feedback').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name, 'Trần Văn Khiếu', 'an open case keeps its sender');
      await t.services.feedback.reject(system, id, { reason: 'Khiếu nại được giải quyết theo Luật Khiếu nại 2011; gửi đơn đến cơ quan đã ra quyết định.' });

      const exported = await officer.get(`/admin/feedback/${id}/du-lieu-ca-nhan.json`);
      assert.equal(exported.statusCode, 200);
      assert.equal(exported.json().submitter.name, 'Trần Văn Khiếu');
      assert.ok(await t.services.db.selectFrom('audit_log').select('id').where('action', '=', 'feedback.personal_export').where('subject_id', '=', String(id)).executeTakeFirst());

      await officer.get(`/admin/feedback/${id}`);
      assert.equal((await officer.post(`/admin/feedback/${id}/erase-personal`, { reason: 'Người gửi yêu cầu xóa dữ liệu.' })).statusCode, 303);
      const row = await t.services.db.selectFrom('feedback').select(['name', 'phone', 'email', 'address', 'title', 'personal_erased_at']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual([row.name, row.phone, row.email, row.address], ['', '', '', '']);
      assert.equal(row.title, 'Khiếu nại về quyết định xử phạt vi phạm hành chính', 'the content stays');
      assert.ok(row.personal_erased_at);
      assert.match((await officer.get(`/admin/feedback/${id}`)).body, /Dữ liệu cá nhân đã được xóa theo yêu cầu/);
      assert.ok(await t.services.db.selectFrom('audit_log').select('id').where('action', '=', 'feedback.personal_erase').where('subject_id', '=', String(id)).executeTakeFirst());
    });

    test('officers manage the fields the form offers', async () => {
      const officer = agent(t.app, '192.0.2.34');
      await officer.login(OFFICER, DEMO_PASSWORD);
      assert.equal((await officer.get('/admin/feedback/linh-vuc')).statusCode, 200);
      const duplicate = await officer.post('/admin/feedback/linh-vuc', { name: 'Hộ tịch' });
      assert.equal(duplicate.statusCode, 422);
      assert.match(duplicate.body, /đã có trong danh sách/);
      assert.equal((await officer.post('/admin/feedback/linh-vuc', { name: 'Giáo dục, đào tạo' })).statusCode, 303);
      assert.match((await agent(t.app).get('/phan-anh-kien-nghi/gui')).body, /Giáo dục, đào tạo/);
      const field = await t.services.db.selectFrom('feedback_fields').select('id').where('slug', '=', 'giao-duc-dao-tao').executeTakeFirstOrThrow();
      await officer.get('/admin/feedback/linh-vuc');
      assert.equal((await officer.post(`/admin/feedback/linh-vuc/${field.id}/an`)).statusCode, 303);
      assert.doesNotMatch((await agent(t.app).get('/phan-anh-kien-nghi/gui')).body, /Giáo dục, đào tạo/);
      const editor = agent(t.app, '192.0.2.35');
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/feedback/linh-vuc')).statusCode, 403);
    });
  });
}

/** The demo officer as a request context, for reading choices. */
async function officerCtx(t: TestApp) {
  const user = await t.services.db.selectFrom('users').select('id').where('email', '=', OFFICER).executeTakeFirstOrThrow();
  const actor = await t.services.users.loadActor(user.id);
  return { ctx: { actor, ip: '127.0.0.1', requestId: 'test' } };
}

void addDays;
