import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { systemContext } from '../../platform/auth/actor.js';
import { docxParagraphTexts } from '../../platform/docx/official-document.js';
import { insertArticle, insertCategory, insertFeedback, insertIssuedDocument, insertPlan } from './reports.fixtures.js';

const LEADER = 'phogiamdoc@demo.cchc.vn';
const STAFF = 'chuyenvien@demo.cchc.vn';
const SUPERVISOR = 'giamsat@demo.cchc.vn';
const OUTSIDER = 'lanhdao.ubnd@demo.cchc.vn';
const OTHER_SUPERVISOR = 'giamsat.ubnd@demo.cchc.vn';

/** The cells of each row of the page's tables, tags stripped. */
const rows = (html: string) =>
  [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, c]) => c!.replace(/<[^>]+>/g, '').trim()));
const row = (html: string, first: string) => rows(html).find((r) => r[0] === first);
const topicRow = (html: string, code: string) => rows(html).find((r) => r[0]?.startsWith(`${code}. `))?.[1];

for (const engine of engines()) {
  describe(`periodic reports (${engine})`, () => {
    let t: TestApp;
    let agencyId: number;
    let planId: number;
    let leader: ReturnType<typeof agent>;

    async function createReport(period: string) {
      await leader.get(`/admin/plans/${planId}/bao-cao`);
      const response = await leader.post(`/admin/plans/${planId}/bao-cao`, { period });
      assert.equal(response.statusCode, 303, response.body);
      return Number(/\/admin\/bao-cao\/(\d+)$/.exec(response.headers.location as string)![1]);
    }

    async function signedIn(email: string) {
      const a = agent(t.app);
      const response = await a.login(email, DEMO_PASSWORD);
      assert.equal(response.statusCode, 303);
      return a;
    }

    before(async () => {
      t = await testApp(engine);
      const db = t.services.db;
      agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
      const provinceId = (await t.services.organizations.findByCode('UBND'))!.id;
      const homeAffairsId = (await t.services.organizations.findByCode('SNV'))!.id;
      planId = await insertPlan(db, agencyId, { fundingAmount: 15_000_000 });
      const category = await insertCategory(db, agencyId, 'Cải cách hành chính');
      // 23:59:59 on 31/03 in Vietnam is still the first quarter; one second later is the second.
      await insertArticle(db, { organizationId: agencyId, topic: 'II.1', publishedAt: '2023-02-15T03:00:00.000Z', categoryId: category });
      await insertArticle(db, { organizationId: agencyId, topic: 'II.4', publishedAt: '2023-03-31T16:59:59.000Z', categoryId: category });
      await insertArticle(db, { organizationId: agencyId, topic: 'II.1', publishedAt: '2023-03-31T17:00:00.000Z' });
      await insertArticle(db, { organizationId: agencyId, topic: 'II.1', publishedAt: null, status: 'draft' });
      await insertArticle(db, { organizationId: homeAffairsId, topic: 'II.1', publishedAt: '2023-02-20T03:00:00.000Z' });
      await insertIssuedDocument(db, agencyId, '2023-03-10');
      await insertIssuedDocument(db, agencyId, '2023-04-10');
      await insertFeedback(db, { organizationId: agencyId, receivedAt: '2023-02-01T02:00:00.000Z', answeredAt: '2023-02-10T02:00:00.000Z', answerDueOn: '2023-02-15' });
      await insertFeedback(db, { organizationId: agencyId, receivedAt: '2023-02-02T02:00:00.000Z', answeredAt: '2023-03-20T02:00:00.000Z', answerDueOn: '2023-03-01' });
      await insertFeedback(db, { organizationId: agencyId, receivedAt: '2023-03-30T02:00:00.000Z' });
      const ctx = systemContext('test');
      await t.services.users.createWithPassword(ctx, { email: OUTSIDER, fullName: 'Hoàng Văn Lâm', password: DEMO_PASSWORD, organizationId: provinceId, roles: ['leader'] });
      await t.services.users.createWithPassword(ctx, { email: OTHER_SUPERVISOR, fullName: 'Lý Thị Hoa', password: DEMO_PASSWORD, organizationId: provinceId, roles: ['supervisor'] });
      leader = await signedIn(LEADER);
    });
    after(() => t.close());

    test('figures come from live data: an article on topic II.1 published in Q1 counts in 2023-Q1 and 2023-H1, not in 2023-Q2', async () => {
      const q1 = (await leader.get(`/admin/bao-cao/${await createReport('2023-Q1')}`)).body;
      assert.equal(topicRow(q1, 'II.1'), '1');
      assert.equal(topicRow(q1, 'II.4'), '1', 'published at 23:59:59 on 31/03, Vietnam time');
      assert.equal(topicRow(q1, 'II.2'), '0', 'every topic of the plan is listed');
      assert.deepEqual(row(q1, 'Tổng số tin, bài đã đăng'), ['Tổng số tin, bài đã đăng', '2']);
      assert.deepEqual(row(q1, 'Cải cách hành chính'), ['Cải cách hành chính', '2']);
      assert.deepEqual(row(q1, 'Kế hoạch'), ['Kế hoạch', '1']);
      assert.deepEqual(rows(q1).find((r) => r.length === 4 && r[0] === '3'), ['3', '2', '1', '50%'], 'received, answered, on time, rate');
      assert.match(q1, /Kinh phí thực hiện theo Kế hoạch: 15\.000\.000\u00A0đ \(Bằng chữ: Mười lăm triệu đồng\)/);

      const q2 = (await leader.get(`/admin/bao-cao/${await createReport('2023-Q2')}`)).body;
      assert.equal(topicRow(q2, 'II.1'), '1', 'only the article published at 00:00 on 01/04');
      assert.equal(topicRow(q2, 'II.4'), '0');

      const h1 = (await leader.get(`/admin/bao-cao/${await createReport('2023-H1')}`)).body;
      assert.equal(topicRow(h1, 'II.1'), '2');
      assert.deepEqual(row(h1, 'Tổng cộng'), ['Tổng cộng', '2'], 'documents issued in the half year');
    });

    test('a plan lists its reports and offers only the periods of its year that have none', async () => {
      const page = (await leader.get(`/admin/plans/${planId}/bao-cao`)).body;
      assert.match(page, /<a href="\/admin\/bao-cao\/\d+">Quý I năm 2023<\/a>/);
      assert.match(page, /<option value="2023-Q3">Quý III năm 2023<\/option>/);
      assert.doesNotMatch(page, /<option value="2023-Q1">/);
      const duplicate = await leader.post(`/admin/plans/${planId}/bao-cao`, { period: '2023-Q1' });
      assert.equal(duplicate.statusCode, 422);
      assert.match(duplicate.body, /Kế hoạch đã có báo cáo quý I năm 2023\./);
      const otherYear = await leader.post(`/admin/plans/${planId}/bao-cao`, { period: '2024-Q1' });
      assert.equal(otherYear.statusCode, 422);
      assert.match(otherYear.body, /Kế hoạch năm 2023 chỉ báo cáo các kỳ của năm 2023\./);
      const invalid = await leader.post(`/admin/plans/${planId}/bao-cao`, { period: '2023-Q7' });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Kỳ báo cáo “2023-Q7” không hợp lệ/);
    });

    test('the narrative is saved and audited; a bad date is refused with the input kept', async () => {
      const id = await createReport('2023-9M');
      await leader.get(`/admin/bao-cao/${id}`);
      const bad = await leader.post(`/admin/bao-cao/${id}`, { number: '7', issuedOn: '31/02/2023', results: 'Đã đăng 24 tin, bài.' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Ngày ban hành không hợp lệ/);
      assert.match(bad.body, />Đã đăng 24 tin, bài\.<\/textarea>/);
      const saved = await leader.post(`/admin/bao-cao/${id}`, {
        number: '7',
        issuedOn: '05/10/2023',
        results: 'Đã đăng 24 tin, bài về cải cách hành chính.',
        shortcomings: 'Một số đơn vị chưa gửi tin, bài.',
        causes: 'Cán bộ kiêm nhiệm.',
        directions: 'Tiếp tục tuyên truyền dịch vụ công trực tuyến.',
        proposals: 'Đề nghị Sở Nội vụ tổ chức tập huấn.',
      });
      assert.equal(saved.statusCode, 303);
      const page = (await leader.get(`/admin/bao-cao/${id}`)).body;
      assert.match(page, /value="07"/, 'ND 30 writes numbers below 10 with a leading zero');
      assert.match(page, /value="05\/10\/2023"/);
      assert.match(page, />Một số đơn vị chưa gửi tin, bài\.<\/textarea>/);
      const audit = await t.services.db.selectFrom('audit_log').select(['action', 'changes']).where('subject_type', '=', 'report').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['create', 'update']);
      assert.match(audit[1]!.changes, /Cán bộ kiêm nhiệm/);
    });

    test('the .docx export is a BÁO CÁO holding the figures and the narrative', async () => {
      const id = await createReport('2023');
      await leader.get(`/admin/bao-cao/${id}`);
      await leader.post(`/admin/bao-cao/${id}`, { number: '12', issuedOn: '29/12/2023', results: 'Hoàn thành kế hoạch năm.', proposals: 'Bổ sung kinh phí.' });
      const file = await leader.get(`/admin/bao-cao/${id}/tai-ve`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      assert.match(String(file.headers['content-disposition']), /attachment; filename="bao-cao-2023-ke-hoach-\d+\.docx"/);
      const texts = await docxParagraphTexts(file.rawPayload);
      for (const expected of [
        'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
        'Số: 12/BC-STTTT',
        'Lạng Sơn, ngày 29 tháng 12 năm 2023',
        'BÁO CÁO',
        'Kết quả năm 2023 thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2023',
        'I. KẾT QUẢ ĐẠT ĐƯỢC',
        'Hoàn thành kế hoạch năm.',
        'IV. KIẾN NGHỊ, ĐỀ XUẤT',
        'Bổ sung kinh phí.',
        'Kinh phí thực hiện theo Kế hoạch: 15.000.000 đồng (Bằng chữ: Mười lăm triệu đồng).',
        '- Sở Nội vụ;',
        'KT. GIÁM ĐỐC',
        'PHÓ GIÁM ĐỐC',
        'Nông Văn Niệp',
      ]) {
        assert.ok(texts.includes(expected), `${expected} in ${JSON.stringify(texts)}`);
      }
      const topic = texts.indexOf('II.1. Tuyên truyền các văn bản quy định về cải cách hành chính.');
      assert.ok(topic > 0);
      assert.equal(texts[topic + 1], '2', 'the table cell beside topic II.1: its articles in 2023');
    });

    test('a report reaches the supervisor only once sent; then it is frozen', async () => {
      const id = await createReport('2023-Q4');
      const supervisor = await signedIn(SUPERVISOR);
      assert.equal((await supervisor.get(`/admin/bao-cao/${id}`)).statusCode, 403, 'a draft stays inside its organization');
      assert.doesNotMatch((await supervisor.get('/admin/bao-cao/nhan')).body, new RegExp(`/admin/bao-cao/${id}"`));

      const staff = await signedIn(STAFF);
      assert.equal((await staff.get(`/admin/bao-cao/${id}`)).statusCode, 403);
      const page = (await leader.get(`/admin/bao-cao/${id}`)).body;
      assert.match(page, /action="\/admin\/bao-cao\/\d+\/gui"/);
      const sent = await leader.post(`/admin/bao-cao/${id}/gui`);
      assert.equal(sent.statusCode, 303);
      const after = (await leader.get(`/admin/bao-cao/${id}`)).body;
      assert.match(after, /Đã gửi báo cáo đến Sở Nội vụ/);
      assert.doesNotMatch(after, /<textarea/, 'a sent report has no form');
      const edit = await leader.post(`/admin/bao-cao/${id}`, { results: 'Sửa sau khi gửi' });
      assert.equal(edit.statusCode, 409);
      assert.equal((await t.services.db.selectFrom('reports').select('results').where('id', '=', id).executeTakeFirstOrThrow()).results, '');
      const audit = await t.services.db.selectFrom('audit_log').select('summary').where('subject_type', '=', 'report').where('action', '=', 'send').where('subject_id', '=', String(id)).execute();
      assert.deepEqual(audit.map((a) => a.summary), ['Báo cáo quý IV năm 2023 gửi Sở Nội vụ']);
      await t.worker.drain();
      const mail = t.mails().find((m) => m.subject === 'Báo cáo quý IV năm 2023 của Sở Thông tin và Truyền thông');
      assert.ok(mail, 'the supervisor is told');
      assert.equal(mail.to, SUPERVISOR);
      assert.match(mail.text, new RegExp(`http://cchc\\.test/admin/bao-cao/${id}`));

      const inbox = (await supervisor.get('/admin/bao-cao/nhan')).body;
      assert.ok(rows(inbox).some((r) => r[0] === 'Quý IV năm 2023' && r[1] === 'Sở Thông tin và Truyền thông' && r[3] === 'Đã gửi'), JSON.stringify(rows(inbox)));
      assert.doesNotMatch(inbox, />Quý I năm 2023</, 'unsent reports are not in the inbox');
      const read = await supervisor.get(`/admin/bao-cao/${id}`);
      assert.equal(read.statusCode, 200);
      assert.doesNotMatch(read.body, /<textarea|\/gui"/);
      assert.equal((await supervisor.get(`/admin/bao-cao/${id}/tai-ve`)).statusCode, 200);
      assert.equal((await supervisor.post(`/admin/bao-cao/${id}`, { results: 'x' })).statusCode, 403);
    });

    test('the back office lists the organization’s reports; a supervisor goes straight to the reports received', async () => {
      const list = await leader.get('/admin/bao-cao');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /<a href="\/admin\/bao-cao"[^>]*>Báo cáo<\/a>/, 'in the navigation');
      assert.ok(rows(list.body).some((r) => r[0] === 'Quý I năm 2023' && r[1] === 'Tuyên truyền cải cách hành chính năm 2023' && r[2] === 'Dự thảo'));
      const supervisor = await signedIn(SUPERVISOR);
      const redirected = await supervisor.get('/admin/bao-cao');
      assert.equal(redirected.statusCode, 303);
      assert.equal(redirected.headers.location, '/admin/bao-cao/nhan');
      assert.equal((await (await signedIn(STAFF)).get('/admin/bao-cao')).statusCode, 403);
    });

    test('users of another organization cannot read a report, even a sent one', async () => {
      const sentId = (await t.services.db.selectFrom('reports').select('id').where('status', '=', 'sent').executeTakeFirstOrThrow()).id;
      const outsider = await signedIn(OUTSIDER);
      assert.equal((await outsider.get(`/admin/bao-cao/${sentId}`)).statusCode, 403);
      assert.equal((await outsider.get(`/admin/bao-cao/${sentId}/tai-ve`)).statusCode, 403);
      assert.equal((await outsider.get(`/admin/plans/${planId}/bao-cao`)).statusCode, 403);
      const otherSupervisor = await signedIn(OTHER_SUPERVISOR);
      assert.equal((await otherSupervisor.get(`/admin/bao-cao/${sentId}`)).statusCode, 403, 'the province does not supervise the Sở');
      assert.deepEqual(rows((await otherSupervisor.get('/admin/bao-cao/nhan')).body), []);
    });
  });
}
