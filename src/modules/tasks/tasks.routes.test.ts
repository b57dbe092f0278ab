import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { loadDemoPlan } from '../../demo/plans.js';
import { systemContext } from '../../platform/auth/actor.js';

const OFFICE = 'chanhvanphong@demo.cchc.vn';
const LEADER = 'giamdoc@demo.cchc.vn';
const FOCAL_CNTT = 'daumoi.cntt@demo.cchc.vn';
const STAFF = 'chuyenvien@demo.cchc.vn';
const SUPERVISOR = 'giamsat@demo.cchc.vn';
/** A leader of another agency of the installation (the province), created by the test. */
const OUTSIDER = 'lanhdao.ubnd@demo.cchc.vn';

type Agent = ReturnType<typeof agent>;

/** A tiny PNG (1×1), as a phone's photo would be for the sniffing that matters here. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/** The rows of a page's tables, each a list of its cells' text. */
const rows = (html: string) =>
  [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => [...row!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map(([, c]) => c!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()));

for (const engine of engines()) {
  describe(`plan execution: tasks, evidence, dissemination, budget, dashboard (${engine})`, () => {
    let t: TestApp;
    let planId: number;
    let agencyId: number;
    const clock = fixedClock('2023-05-15T03:00:00.000Z');
    const units = new Map<string, number>();

    async function signedIn(email: string) {
      const a = agent(t.app);
      assert.equal((await a.login(email, DEMO_PASSWORD)).statusCode, 303);
      return a;
    }

    /** Posts a multipart form (fields and one file) as the browser does, the CSRF token in the query. */
    async function postMultipart(a: Agent, url: string, fields: Record<string, string>, file?: { field: string; name: string; type: string; data: Buffer }) {
      const boundary = '----cchcTasks7d1f';
      const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
      if (file) {
        parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
      }
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      return t.app.inject({
        method: 'POST',
        url: `${url}?_csrf=${encodeURIComponent(a.csrf)}`,
        headers: { cookie: [...a.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat(parts),
      });
    }

    const taskIdOf = async (code: string) => {
      const row = await t.services.db
        .selectFrom('tasks as k')
        .leftJoin('plan_topics as pt', 'pt.id', 'k.topic_id')
        .leftJoin('plan_channels as pc', 'pc.id', 'k.channel_id')
        .select('k.id')
        .where('k.plan_id', '=', planId)
        .where((eb) => eb.or([eb('pt.code', '=', code), eb('pc.code', '=', code)]))
        .executeTakeFirstOrThrow();
      return row.id;
    };

    /** The edit form's fields for a task, changed as given. */
    async function editTask(a: Agent, id: number, changes: Record<string, string | string[]>) {
      const page = await a.get(`/admin/nhiem-vu/${id}`);
      const title = /<textarea[^>]*name="title"[^>]*>([^<]*)<\/textarea>/.exec(page.body)![1]!;
      const link = /<option value="((?:topic|channel)-\d+)" selected>/.exec(page.body)?.[1] ?? '';
      return a.post(`/admin/nhiem-vu/${id}`, { title, link, leadUnitId: String(units.get('VP')), schedule: 'regular', status: 'inProgress', ...changes });
    }

    before(async () => {
      t = await testApp(engine, { clock });
      agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
      for (const u of await t.services.organizations.allUnits()) if (u.organizationId === agencyId) units.set(u.code, u.id);
      planId = await loadDemoPlan(t.services, agencyId);
      const provinceId = (await t.services.organizations.findByCode('UBND'))!.id;
      await t.services.users.createWithPassword(systemContext('test'), { email: OUTSIDER, fullName: 'Hoàng Văn Lâm', password: DEMO_PASSWORD, organizationId: provinceId, roles: ['leader'] });
    });
    after(() => t.close());

    test('the Office creates one task per topic and per channel of the seed plan, grouped under Văn phòng Sở; running it again adds none', async () => {
      const office = await signedIn(OFFICE);
      const empty = await office.get(`/admin/plans/${planId}/nhiem-vu`);
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /Kế hoạch chưa có nhiệm vụ nào/);
      const created = await office.post(`/admin/plans/${planId}/nhiem-vu/tao-tu-ke-hoach`);
      assert.equal(created.statusCode, 303);
      const page = await office.get(`/admin/plans/${planId}/nhiem-vu`);
      assert.match(page.body, /Đã tạo 11 nhiệm vụ từ kế hoạch/);
      assert.match(page.body, /<h2 id="unit-\d+">Văn phòng Sở<\/h2>/);
      const codes = rows(page.body)
        .map((r) => r[0]!)
        .filter((c) => /^II/.test(c));
      assert.deepEqual(codes, ['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'III.1', 'III.2', 'III.3', 'III.4', 'III.5']);
      assert.match(page.body, />Tuyên truyền các văn bản quy định về cải cách hành chính<\/a>/, 'a topic task is named after its first sentence');
      assert.ok(!page.body.includes('Tạo nhiệm vụ từ kế hoạch</button>'), 'nothing is left to create');

      await office.post(`/admin/plans/${planId}/nhiem-vu/tao-tu-ke-hoach`);
      assert.match((await office.get(`/admin/plans/${planId}/nhiem-vu`)).body, /Mọi nội dung và hình thức của kế hoạch đều đã có nhiệm vụ/);
      const audited = await t.services.db.selectFrom('audit_log').select('id').where('subject_type', '=', 'task').where('action', '=', 'create').execute();
      assert.equal(audited.length, 11);
    });

    test('an article published with topic II.1 in the plan’s year moves the II.1 task’s progress', async () => {
      const office = await signedIn(OFFICE);
      const id = await taskIdOf('II.1');
      const saved = await editTask(office, id, { targetCount: '4', targetUnit: 'tin, bài' });
      assert.equal(saved.statusCode, 303, saved.body);
      const before = await office.get(`/admin/nhiem-vu/${id}`);
      assert.match(before.body, /0\/4 tin, bài/);

      const approver = (await t.services.users.loadActor((await t.services.users.listAll()).find((u) => u.email === OFFICE)!.id))!;
      const ctx = { actor: approver, ip: '', requestId: 'test' };
      const [category] = await t.services.categories.tree(agencyId);
      const publish = async (topic: string, at: string) => {
        const article = await t.services.articles.create(ctx, { title: `Tin cải cách hành chính ${topic} ${at}`, bodyHtml: '<p>Nội dung</p>', categoryIds: String(category!.id), topic });
        await t.services.articles.submit(ctx, article);
        await t.services.articles.publish(ctx, article, new Date(at));
      };
      await publish('II.1', '2023-04-10T03:00:00.000Z');
      await publish('II.1', '2022-12-31T16:59:00.000Z'); // 23:59 on 31/12/2022 in Vietnam: the year before the plan's
      await publish('II.3', '2023-04-11T03:00:00.000Z');

      const after = await office.get(`/admin/nhiem-vu/${id}`);
      assert.match(after.body, /1\/4 tin, bài/);
      assert.match(after.body, /<span class="progress__value">25%<\/span>/);
      assert.match(after.body, /Tin cải cách hành chính II\.1 2023-04-10/);
      const portal = await office.get(`/admin/nhiem-vu/${await taskIdOf('III.1')}`);
      assert.match(portal.body, /Kết quả<\/dt><dd>2 \(/, 'the portal channel counts every topic’s articles of the year');
    });

    test('a unit’s focal point adds evidence to a task their unit is on, and not to another unit’s', async () => {
      const focal = await signedIn(FOCAL_CNTT);
      const other = await taskIdOf('II.2');
      const refused = await postMultipart(focal, `/admin/nhiem-vu/${other}/minh-chung`, { kind: 'note', title: 'Không phải việc của phòng', occurredOn: '10/05/2023' });
      assert.equal(refused.statusCode, 403);
      const page = await focal.get(`/admin/nhiem-vu/${other}`);
      assert.equal(page.statusCode, 200, 'staff read every task');
      assert.ok(!page.body.includes('Thêm minh chứng</button>'));

      const office = await signedIn(OFFICE);
      const own = await taskIdOf('II.6');
      assert.equal((await editTask(office, own, { leadUnitId: String(units.get('VP')), cooperatingUnitIds: String(units.get('CNTT')), targetCount: '12', targetUnit: 'tin, bài' })).statusCode, 303);
      await focal.get(`/admin/nhiem-vu/${own}`);
      const added = await postMultipart(
        focal,
        `/admin/nhiem-vu/${own}/minh-chung`,
        { kind: 'photo', title: 'Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa', occurredOn: '12/05/2023', quantity: '3' },
        { field: 'file', name: 'anh-huong-dan.png', type: 'image/png', data: PNG },
      );
      assert.equal(added.statusCode, 303, added.body);
      const shown = await focal.get(`/admin/nhiem-vu/${own}`);
      assert.match(shown.body, /Hướng dẫn người dân nộp hồ sơ trực tuyến/);
      assert.match(shown.body, /3\/12 tin, bài/);
      const file = /href="(\/admin\/minh-chung\/\d+\/tep)">anh-huong-dan\.png</.exec(shown.body)![1]!;
      const download = await focal.get(file);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'image/png');
      const audit = await t.services.db.selectFrom('audit_log').select('summary').where('subject_type', '=', 'task_evidence').executeTakeFirstOrThrow();
      assert.match(audit.summary, /Hướng dẫn người dân/);

      const reported = await focal.post(`/admin/nhiem-vu/${own}/bao-cao`, { status: 'done', notes: 'Đã hoàn thành hướng dẫn tại Bộ phận một cửa.' });
      assert.equal(reported.statusCode, 303);
      assert.match((await focal.get(`/admin/nhiem-vu/${own}`)).body, /badge--success">Đã hoàn thành/);
      assert.equal((await focal.post(`/admin/nhiem-vu/${own}`, { title: 'Đổi tên nhiệm vụ', leadUnitId: String(units.get('CNTT')), schedule: 'regular', status: 'done' })).statusCode, 403, 'only the Office and leaders assign tasks');
      const evidenceId = Number(/\/admin\/minh-chung\/(\d+)\/tep/.exec(file)![1]);
      assert.equal((await office.post(`/admin/minh-chung/${evidenceId}/xoa`)).statusCode, 303, 'the Office may remove any evidence');
      assert.doesNotMatch((await focal.get(`/admin/nhiem-vu/${own}`)).body, /anh-huong-dan\.png/);
    });

    test('an upload is judged by its bytes: a text file named .jpg is refused with 422 and the input kept', async () => {
      const office = await signedIn(OFFICE);
      const id = await taskIdOf('III.2');
      await office.get(`/admin/nhiem-vu/${id}`);
      const response = await postMultipart(
        office,
        `/admin/nhiem-vu/${id}/minh-chung`,
        { kind: 'photo', title: 'Ảnh chào cờ tháng 5', occurredOn: '02/05/2023' },
        { field: 'file', name: 'chao-co.jpg', type: 'image/jpeg', data: Buffer.from('MZ đây không phải là ảnh') },
      );
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Tệp phải là ảnh JPEG, PNG, WebP hoặc tệp PDF, DOCX, XLSX/);
      assert.match(response.body, /value="Ảnh chào cờ tháng 5"/);
      const stored = await t.services.db.selectFrom('task_evidence').select('id').where('task_id', '=', id).execute();
      assert.equal(stored.length, 0);
    });

    test('dissemination: a focal point records their own unit; the page shows who has and has not; staff cannot record', async () => {
      const focal = await signedIn(FOCAL_CNTT);
      await focal.get(`/admin/plans/${planId}/nhiem-vu`);
      const recorded = await focal.post(`/admin/plans/${planId}/nhiem-vu/pho-bien`, { unitId: String(units.get('CNTT')), heldOn: '20/02/2023', form: 'meeting', attendance: '12', note: 'Họp phòng' });
      assert.equal(recorded.statusCode, 303);
      const otherUnit = await focal.post(`/admin/plans/${planId}/nhiem-vu/pho-bien`, { unitId: String(units.get('TTR')), heldOn: '20/02/2023', form: 'meeting', attendance: '5' });
      assert.equal(otherUnit.statusCode, 403, otherUnit.body.match(/error-summary[\s\S]{0,600}/)?.[0]);
      const bad = await focal.post(`/admin/plans/${planId}/nhiem-vu/pho-bien`, { unitId: String(units.get('CNTT')), heldOn: '31/02/2023', form: 'meeting', attendance: '12' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Ngày phổ biến không hợp lệ/);

      const page = await focal.get(`/admin/plans/${planId}/nhiem-vu`);
      const table = rows(page.body);
      assert.deepEqual(table.find((r) => r[0] === 'Phòng Công nghệ thông tin')?.slice(1), ['Đã phổ biến', '20/02/2023: Họp, hội nghị đơn vị, 12 người (Họp phòng)']);
      assert.equal(table.find((r) => r[0] === 'Thanh tra Sở')?.[1], 'Chưa phổ biến');

      const staff = await signedIn(STAFF);
      await staff.get(`/admin/plans/${planId}/nhiem-vu`);
      assert.equal((await staff.post(`/admin/plans/${planId}/nhiem-vu/pho-bien`, { unitId: String(units.get('BCVT')), heldOn: '20/02/2023', form: 'email', attendance: '3' })).statusCode, 403);
    });

    test('budget: lines, an expense with its receipt, the remainder per line and in total; overspending a line is refused', async () => {
      const leader = await signedIn(LEADER);
      await leader.get(`/admin/plans/${planId}/kinh-phi`);
      assert.equal((await leader.post(`/admin/plans/${planId}/kinh-phi/muc`, { name: 'Hội nghị chuyên đề về CCHC', amount: '10.000.000' })).statusCode, 303);
      assert.equal((await leader.post(`/admin/plans/${planId}/kinh-phi/muc`, { name: 'Bản tin màn hình LED', amount: '6000000 đ' })).statusCode, 303);
      const badAmount = await leader.post(`/admin/plans/${planId}/kinh-phi/muc`, { name: 'Tài liệu', amount: '1,5 triệu' });
      assert.equal(badAmount.statusCode, 422);
      assert.match(badAmount.body, /Số tiền không hợp lệ/);

      const lineId = (await t.services.db.selectFrom('budget_lines').select('id').where('name', '=', 'Hội nghị chuyên đề về CCHC').executeTakeFirstOrThrow()).id;
      await leader.get(`/admin/plans/${planId}/kinh-phi`);
      const spent = await postMultipart(leader, `/admin/plans/${planId}/kinh-phi/chi`, { lineId: String(lineId), spentOn: '05/05/2023', amount: '2.500.000', description: 'In tài liệu hội nghị' }, { field: 'receipt', name: 'phieu-chi.png', type: 'image/png', data: PNG });
      assert.equal(spent.statusCode, 303, spent.body);
      const over = await postMultipart(leader, `/admin/plans/${planId}/kinh-phi/chi`, { lineId: String(lineId), spentOn: '06/05/2023', amount: '8.000.000', description: 'Thuê hội trường' });
      assert.equal(over.statusCode, 422);
      assert.match(over.body, /vượt số còn lại của mục “Hội nghị chuyên đề về CCHC” \(7\.500\.000\u00a0đ\)/);

      const page = await leader.get(`/admin/plans/${planId}/kinh-phi`);
      assert.match(page.body, new RegExp(`data-line-remaining="${lineId}">7\\.500\\.000\u00a0đ<`));
      assert.match(page.body, /id="budget-remaining">13\.500\.000\u00a0đ</);
      assert.match(page.body, /Bằng chữ: Mười ba triệu năm trăm nghìn đồng/);
      assert.match(page.body, /phieu-chi\.png/);

      const staff = await signedIn(STAFF);
      await staff.get(`/admin/plans/${planId}/kinh-phi`);
      assert.equal((await staff.post(`/admin/plans/${planId}/kinh-phi/muc`, { name: 'Mục không được phép', amount: '1.000' })).statusCode, 403);
    });

    test('overdue is computed from the clock; the dashboard shows it with progress charts and their tables', async () => {
      const leader = await signedIn(LEADER);
      const id = await taskIdOf('II.5');
      assert.equal((await editTask(leader, id, { schedule: 'deadline', dueOn: '30/06/2023', status: 'notStarted' })).statusCode, 303);
      assert.doesNotMatch((await leader.get(`/admin/nhiem-vu/${id}`)).body, /Quá hạn/);

      clock.set('2023-07-03T03:00:00.000Z');
      const later = await signedIn(LEADER);
      assert.match((await later.get(`/admin/nhiem-vu/${id}`)).body, /badge--danger">Quá hạn/);
      const dashboard = await later.get(`/admin/plans/${planId}/tong-quan`);
      assert.equal(dashboard.statusCode, 200, dashboard.body.slice(0, 3000));
      assert.match(dashboard.body, /<svg class="chart-svg"[^>]*role="img" aria-label="Biểu đồ thanh ngang: tiến độ theo nội dung tuyên truyền, 6 mục/);
      const overdue = rows(dashboard.body).find((r) => r[1] === '30/06/2023');
      assert.ok(overdue, 'the overdue task is listed with its deadline');
      assert.ok(rows(dashboard.body).some((r) => r[0]?.startsWith('II.1.') && r[2] === '25%'), 'the topic table has the II.1 task’s progress');

      const supervisor = await signedIn(SUPERVISOR);
      assert.match((await supervisor.get(`/admin/plans/${planId}/tong-quan`)).body, /id="overall-progress">\d+%</, 'Sở Nội vụ follows the plans of the agencies it supervises');
      const outsider = await signedIn(OUTSIDER);
      assert.equal((await outsider.get(`/admin/plans/${planId}/tong-quan`)).statusCode, 403);
    });

    test('a closed plan’s execution stands as the record: read, never changed', async () => {
      await t.services.plans.advance(systemContext('test'), planId);
      const focal = await signedIn(FOCAL_CNTT);
      const id = await taskIdOf('II.6');
      const page = await focal.get(`/admin/nhiem-vu/${id}`);
      assert.match(page.body, /Kế hoạch đã kết thúc/);
      assert.ok(!page.body.includes('Thêm minh chứng</button>'));
      assert.equal((await postMultipart(focal, `/admin/nhiem-vu/${id}/minh-chung`, { kind: 'note', title: 'Ghi nhận muộn', occurredOn: '01/07/2023' })).statusCode, 403);
      const leader = await signedIn(LEADER);
      await leader.get(`/admin/plans/${planId}/kinh-phi`);
      assert.equal((await leader.post(`/admin/plans/${planId}/kinh-phi/muc`, { name: 'Mục thêm sau khi kết thúc', amount: '1.000.000' })).statusCode, 403);
    });
  });
}
