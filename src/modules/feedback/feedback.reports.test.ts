import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { systemContext } from '../../platform/auth/actor.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { DIGEST_JOB } from './feedback.digest.js';
import { RETENTION_JOB } from './feedback.retention.js';

const OFFICER = 'pakn@demo.cchc.vn';
const LEADER = 'giamdoc@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';
const PERSON = { name: 'Nguyễn Thị Phượng', address: 'Số 12 ngõ 34 phố Bắc Sơn, Lạng Sơn', phone: '0912 345 678', email: 'phuong.nguyen@example.vn' };
const system = systemContext('kiểm thử');

/** 09:00 in Hà Nội on a day. */
const nine = (day: string) => `${day}T02:00:00Z`;

for (const engine of engines()) {
  describe(`feedback reports, settings, retention and digest (${engine})`, () => {
    const clock = fixedClock(nine('2027-01-04'));
    let t: TestApp;
    let fields: number[] = [];
    let units: { id: number; name: string }[] = [];
    let officerId = 0;
    const codes: Record<string, string> = {};

    const idOf = async (code: string) => (await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const row = async (code: string) => t.services.db.selectFrom('feedback').selectAll().where('code', '=', code).executeTakeFirstOrThrow();

    async function receive(day: string, fieldId: number) {
      clock.set(nine(day));
      const { code } = await t.services.feedback.receive(system, {
        submitterKind: 'person',
        ...PERSON,
        title: 'Thủ tục cấp phép còn yêu cầu bản sao chứng thực',
        content: 'Bộ phận một cửa vẫn yêu cầu bản sao có chứng thực dù dữ liệu đã có trong cơ sở dữ liệu quốc gia về dân cư.',
        fieldId: String(fieldId),
        consent: '1',
      });
      return code;
    }

    /** Received, accepted and assigned on `day`, answered on `answeredOn`. */
    async function answered(day: string, answeredOn: string, fieldId: number, unitId: number) {
      const code = await receive(day, fieldId);
      const id = await idOf(code);
      await t.services.feedback.accept(system, id);
      await t.services.feedback.assign(system, id, { unitId: String(unitId), assigneeId: String(officerId) });
      await t.services.feedback.draft(system, id, { answer: 'Cơ quan đã chỉ đạo không yêu cầu bản sao chứng thực khi dữ liệu đã có.' });
      await t.services.feedback.approve(system, id);
      clock.set(nine(answeredOn));
      await t.services.feedback.answer(system, id);
      return code;
    }

    async function signIn(email: string) {
      const user = agent(t.app);
      assert.equal((await user.login(email, DEMO_PASSWORD)).statusCode, 303);
      return user;
    }

    before(async () => {
      t = await testApp(engine, { clock });
      for (const name of ['Đất đai', 'Hộ tịch']) fields.push(await t.services.feedback.addField(system, name));
      const choices = await t.services.feedback.choices(system);
      units = choices.units;
      officerId = choices.handlers.find((h) => h.fullName === 'Lăng Văn Đức')!.id;
      // Tết 2027 is Friday 05/02 to Thursday 11/02: B's 10 working days from 03/02 end on 24/02.
      codes.A = await answered('2027-01-04', '2027-01-15', fields[0]!, units[0]!.id);
      codes.B = await answered('2027-02-03', '2027-02-24', fields[1]!, units[0]!.id);
      codes.C = await answered('2027-02-03', '2027-02-25', fields[1]!, units[1]!.id);
      codes.D = await receive('2027-03-01', fields[0]!);
      await t.services.feedback.reject(system, await idOf(codes.D), { reason: 'Nội dung là khiếu nại, thuộc thủ tục giải quyết khiếu nại.' });
    });
    after(() => t.close());

    test('the report counts received, answered, on time and average working days across Tết, by month, field and unit', async () => {
      assert.equal((await row(codes.B!)).answer_due_on, '2027-02-24', 'the answer deadline skipped Tết');
      const officer = await signIn(OFFICER);
      const inbox = await officer.get('/admin/feedback');
      assert.match(inbox.body, /href="\/admin\/feedback\/bao-cao"/, 'the inbox links to the report');

      const page = await officer.get('/admin/feedback/bao-cao?nam=2027');
      assert.equal(page.statusCode, 200);
      const card = (title: string) => page.body.match(new RegExp(`<p class="card__title">${title}</p><p class="card__value">([^<]*)</p>`))?.[1];
      assert.equal(card('Tiếp nhận'), '4');
      assert.equal(card('Đã trả lời'), '3');
      assert.equal(card('Tỷ lệ trả lời đúng hạn'), '66,7%', 'B on its deadline is on time, C a day later is late');
      assert.equal(card('Số ngày làm việc trung bình đến khi trả lời'), '10,0', '(9 + 10 + 11) / 3, Tết not counted');
      const rowOf = (name: string) => [...(page.body.match(new RegExp(`<th scope="row">${name}</th>((?:<td class="num">[^<]*</td>)+)`))?.[1] ?? '').matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
      assert.deepEqual(rowOf('02/2027'), ['2', '2', '1', '1', '50,0%', '10,5']);
      assert.deepEqual(rowOf('03/2027'), ['1', '0', '0', '0', '—', '—']);
      assert.deepEqual(rowOf('Hộ tịch'), ['2', '2', '1', '1', '50,0%', '10,5']);
      assert.deepEqual(rowOf('Đất đai'), ['2', '1', '1', '0', '100,0%', '9,0']);
      assert.deepEqual(rowOf(units[0]!.name), ['2', '2', '2', '0', '100,0%', '9,5']);
      assert.deepEqual(rowOf('Chưa giao đơn vị'), ['1', '0', '0', '0', '—', '—']);
      assert.equal((page.body.match(/<svg class="chart-svg" focusable="false" role="img" aria-label="[^"]+"/g) ?? []).length, 3, 'three charts, each with a text summary');
      for (const value of Object.values(PERSON)) assert.ok(!page.body.includes(value), 'no personal data in the report');

      const range = await officer.get('/admin/feedback/bao-cao?tu=01%2F02%2F2027&den=28%2F02%2F2027');
      assert.match(range.body, /từ ngày 01\/02\/2027 đến ngày 28\/02\/2027/);
      assert.match(range.body, /<p class="card__title">Tiếp nhận<\/p><p class="card__value">2<\/p>/);
      const empty = await officer.get('/admin/feedback/bao-cao?nam=2030');
      assert.equal(empty.statusCode, 200, 'a year without cases still has its page');
      assert.match(empty.body, /<p class="card__title">Tỷ lệ trả lời đúng hạn<\/p><p class="card__value">—<\/p>/);
      const bad = await officer.get('/admin/feedback/bao-cao?tu=31%2F02%2F2027');
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Ngày không hợp lệ; nhập theo dạng dd\/mm\/yyyy/);

      const leader = await signIn(LEADER);
      assert.equal((await leader.get('/admin/feedback/bao-cao')).statusCode, 200, 'leaders read the report');
      const editor = await signIn(EDITOR);
      assert.equal((await editor.get('/admin/feedback/bao-cao')).statusCode, 403);
      assert.equal((await editor.get('/admin/feedback/bao-cao.csv')).statusCode, 403);
    });

    test('the report and the cases with the time of every step download as CSV and XLSX', async () => {
      const officer = await signIn(OFFICER);
      const csv = await officer.get('/admin/feedback/bao-cao.csv?nam=2027');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /bao-cao-pakn\.csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(lines[0], 'Nhóm,Tên,Tiếp nhận,Đã trả lời,Trả lời đúng hạn,Trả lời quá hạn,Tỷ lệ đúng hạn,Số ngày làm việc trung bình đến khi trả lời');
      assert.equal(lines[1], 'Cả kỳ,năm 2027,4,3,2,1,"66,7%","10,0"');
      assert.ok(lines.includes('Tháng,02/2027,2,2,1,1,"50,0%","10,5"'));
      assert.ok(lines.includes('Lĩnh vực,Hộ tịch,2,2,1,1,"50,0%","10,5"'));

      const list = await officer.get('/admin/feedback/bao-cao-danh-sach.csv?tu=01%2F02%2F2027&den=28%2F02%2F2027');
      const listLines = list.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(listLines.length, 3, 'the header and the two cases of February');
      assert.ok(listLines[0]!.includes('Thời điểm: Đã trả lời'));
      assert.ok(listLines.some((l) => l.startsWith(codes.B!)) && listLines.some((l) => l.startsWith(codes.C!)));
      assert.ok(!list.body.includes(codes.A!));
      assert.match(listLines.find((l) => l.startsWith(codes.C!))!, /25\/02\/2027 09:00/, 'the time of the answer');

      const xlsx = await officer.get('/admin/feedback/bao-cao.xlsx?nam=2027');
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const report = workbook.getWorksheet('Báo cáo PAKN')!;
      const total = (report.getRow(2).values as unknown[]).slice(1);
      assert.deepEqual(total.slice(0, 6), ['Cả kỳ', 'năm 2027', 4, 3, 2, 1]);
      assert.ok(Math.abs((total[6] as number) - 2 / 3) < 1e-9, 'the rate is a number formatted as a percentage');
      assert.equal(report.getRow(2).getCell(7).numFmt, '0.0%');
      assert.equal(total[7], 10);
      const cases = workbook.getWorksheet('Sổ tiếp nhận PAKN')!;
      assert.equal(cases.rowCount, 5, 'the header and the four cases of 2027');
      const answeredColumn = (cases.getRow(1).values as unknown[]).indexOf('Thời điểm: Đã trả lời');
      assert.equal(cases.getRow(2).getCell(answeredColumn).value, '15/01/2027 09:00');

      const register = await officer.get('/admin/feedback/so-tiep-nhan.csv');
      assert.equal(register.statusCode, 200, 'the receipt register still downloads');
      assert.equal(register.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n').length, 5);
    });

    test('a leader changes the answer deadline: a case accepted afterwards gets the new one, 0 and 61 are refused', async () => {
      const officer = await signIn(OFFICER);
      assert.equal((await officer.get('/admin/feedback/cai-dat')).statusCode, 403, 'officers do not change deadlines');

      const day = '2027-04-05';
      const cal = await t.services.calendar.calendar();
      codes.N0 = await receive(day, fields[0]!);
      await t.services.feedback.accept(system, await idOf(codes.N0));

      const leader = await signIn(LEADER);
      const page = await leader.get('/admin/feedback/cai-dat');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Nghị định 20\/2008\/NĐ-CP, Điều 9 khoản 1 điểm d/);
      assert.match(page.body, /đã có thời hạn giữ\s+nguyên thời hạn đó/);
      assert.match(page.body, /name="answer"[^>]*value="10"/);
      const settings = { classify: '5', answer: '15', remind: '2', retentionMonths: '24' };
      for (const answer of ['0', '61']) {
        const refused = await leader.post('/admin/feedback/cai-dat', { ...settings, answer });
        assert.equal(refused.statusCode, 422);
        assert.match(refused.body, /Thời hạn trả lời phải là số nguyên từ 1 đến 60 ngày làm việc/);
        assert.match(refused.body, new RegExp(`name="answer"[^>]*value="${answer}"`), 'the input is kept');
      }
      assert.equal((await leader.post('/admin/feedback/cai-dat', settings)).statusCode, 303);
      const audit = await t.services.db.selectFrom('audit_log').select(['changes', 'actor_name']).where('action', '=', 'feedback.settings').execute();
      assert.equal(audit.length, 1);
      assert.deepEqual(JSON.parse(audit[0]!.changes), { answer: [10, 15] });

      codes.N1 = await receive(day, fields[0]!);
      await t.services.feedback.accept(system, await idOf(codes.N1));
      assert.equal((await row(codes.N1)).answer_due_on, cal.addWorkingDays(day, 15), 'the new deadline applies');
      assert.equal((await row(codes.N0)).answer_due_on, cal.addWorkingDays(day, 10), 'an earlier case keeps its deadline');
    });

    test('a subscriber gets a digest of overdue, due-soon and other open cases on working days at 07:30, without personal data', async () => {
      const officer = await signIn(OFFICER);
      const page = await officer.get('/admin/feedback/thu-tong-hop');
      assert.match(page.body, /Bạn chưa đăng ký nhận thư tổng hợp hằng ngày/);
      assert.equal((await officer.post('/admin/feedback/thu-tong-hop', { subscribed: '1' })).statusCode, 303);
      assert.match((await officer.get('/admin/feedback/thu-tong-hop')).body, /Bạn đang nhận thư tổng hợp hằng ngày/);

      // Classification of N2, received Tuesday 01/06/2027, is due Tuesday 08/06: within 2 working days of Friday 04/06.
      codes.N2 = await receive('2027-06-01', fields[1]!);
      clock.set('2027-06-04T00:00:00Z');
      await t.services.recurring.start();
      await t.worker.drain();
      const before = t.mails().length;
      clock.set('2027-06-04T00:31:00Z');
      await t.worker.drain();
      const digests = t.mails().slice(before).filter((m) => m.subject.startsWith('Tổng hợp phản ánh, kiến nghị'));
      assert.equal(digests.length, 1, 'one digest, to the only subscriber');
      const digest = digests[0]!;
      assert.match(digest.to, /pakn@demo\.cchc\.vn/);
      assert.equal(digest.subject, 'Tổng hợp phản ánh, kiến nghị ngày 04/06/2027: 2 quá hạn, 1 sắp đến hạn');
      const [overdue = '', rest = ''] = digest.text.split('Đến hạn trong 2 ngày làm việc');
      assert.ok(overdue.includes(codes.N0!) && overdue.includes(codes.N1!), 'the cases past their answer deadline');
      assert.ok(rest.includes(codes.N2!) && rest.includes('hạn 08/06/2027'));
      assert.match(digest.text, new RegExp(`http://cchc.test/admin/feedback/${await idOf(codes.N2!)}`));
      for (const value of [...Object.values(PERSON), 'bản sao chứng thực']) assert.ok(!digest.text.includes(value), `no ${value} in the digest`);

      // A second run the same day sends nothing; the next is on Monday (the weekend skipped).
      await t.services.jobs.enqueue(t.services.db, DIGEST_JOB, {});
      await t.worker.drain();
      assert.equal(t.mails().filter((m) => m.subject.startsWith('Tổng hợp phản ánh, kiến nghị')).length, 1);
      const next = await t.services.db.selectFrom('jobs').select('run_at').where('kind', '=', DIGEST_JOB).where('status', '=', 'queued').execute();
      assert.deepEqual(next.map((j) => new Date(j.run_at).toISOString()), ['2027-06-07T00:30:00.000Z']);
    });

    test('the retention sweep erases personal data only of cases closed longer ago than the period, once', async () => {
      const leader = await signIn(LEADER);
      await leader.get('/admin/feedback/cai-dat');
      assert.equal((await leader.post('/admin/feedback/cai-dat', { classify: '5', answer: '15', remind: '2', retentionMonths: '12' })).statusCode, 303);
      // Twelve months before 20/02/2028: A (answered 15/01/2027) is past the period; B, C and D closed later; N0–N2 are open.
      clock.set('2028-02-19T20:00:00Z');
      await t.worker.drain();
      const erased = await row(codes.A!);
      assert.ok(erased.personal_erased_at);
      assert.deepEqual([erased.name, erased.address, erased.phone, erased.email], ['', '', '', '']);
      assert.ok(erased.content.includes('bản sao có chứng thực'), 'the content stays');
      for (const code of ['B', 'C', 'D', 'N0', 'N1', 'N2']) {
        const kept = await row(codes[code]!);
        assert.equal(kept.personal_erased_at, null, code);
        assert.equal(kept.name, PERSON.name, code);
      }
      const audits = () => t.services.db.selectFrom('audit_log').select(['subject_id', 'actor_id', 'actor_name']).where('action', '=', 'feedback.personal_erase').execute();
      const rows = await audits();
      assert.deepEqual(rows.map((r) => r.subject_id), [String(await idOf(codes.A!))]);
      assert.equal(rows[0]!.actor_id, null);
      assert.match(rows[0]!.actor_name, /^Hệ thống/);

      await t.services.recurring.handlers[RETENTION_JOB]!({}, { id: 0, kind: RETENTION_JOB, payload: {}, attempts: 1, maxAttempts: 5 });
      assert.equal((await audits()).length, 1, 'a second sweep erases nothing more');
      const queued = await t.services.db.selectFrom('jobs').select('id').where('kind', '=', RETENTION_JOB).where('status', '=', 'queued').execute();
      assert.equal(queued.length, 1, 'the next sweep is scheduled');
    });
  });
}
