import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { systemContext } from '../../platform/auth/actor.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { loadDemoProcedures } from '../../demo/procedures.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { pdfWithText } from '../documents/documents.fixtures.js';

const OFFICER = 'pakn@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';
const PROCEDURE = 'Cấp giấy phép xuất bản bản tin (địa phương)';
const TITLE = 'Thủ tục cấp giấy phép xuất bản bản tin đòi nộp bản sao chứng thực';

const tokenOf = (html: string) => html.match(/name="startedAt" value="([^"]+)"/)?.[1] ?? '';
const codeOf = (html: string) => html.match(/class="tracking-code">([^<]+)</)?.[1] ?? '';
const secretOf = (html: string) => html.match(/class="tracking-secret">([^<]+)</)?.[1] ?? '';

type File = { field: string; name: string; type: string; data: Buffer };

for (const engine of engines()) {
  describe(`feedback attachments, related procedure and duplicates (${engine})`, () => {
    const clock = fixedClock('2027-03-03T02:00:00Z');
    let t: TestApp;
    let fieldId = 0;
    let png: Buffer;
    const pdf = pdfWithText('Bien ban lam viec voi bo phan mot cua');
    // A Windows program renamed to .pdf: "MZ" and a PE header, nothing a document starts with.
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(400)]);
    const file = (name: string, data: Buffer, type = 'application/pdf'): File => ({ field: 'attachments', name, type, data });
    let withFiles = { code: '', secret: '', id: 0 };

    before(async () => {
      t = await testApp(engine, { clock });
      fieldId = await t.services.feedback.addField(systemContext('test'), 'Báo chí, xuất bản');
      await loadDemoProcedures(t.services, (await t.services.organizations.findByCode('STTTT'))!.id);
      png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } }).png().toBuffer();
    });
    after(() => t.close());

    const form = (overrides: Record<string, string> = {}) => ({
      submitterKind: 'person',
      name: 'Hoàng Thị Lan',
      address: 'Số 5 đường Trần Đăng Ninh, Lạng Sơn',
      phone: '0912 000 111',
      title: TITLE,
      content: 'Khi nộp hồ sơ cấp giấy phép xuất bản bản tin, bộ phận một cửa yêu cầu bản sao chứng thực dù đã có bản điện tử. Đề nghị bỏ yêu cầu này.',
      fieldId: String(fieldId),
      consent: '1',
      ...overrides,
    });

    /** Opens the form, waits as a person would, and sends it with files as the browser does (multipart). */
    async function submit(ip: string, overrides: Record<string, string>, files: File[]) {
      const visitor = agent(t.app, ip);
      const page = await visitor.get('/phan-anh-kien-nghi/gui');
      assert.match(page.body, /enctype="multipart\/form-data"/);
      clock.advance(10_000);
      return visitor.postMultipart('/phan-anh-kien-nghi/gui', { ...form(overrides), startedAt: tokenOf(page.body) }, files);
    }

    const count = async (table: 'feedback' | 'feedback_attachments') => Number((await t.services.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const idOf = async (code: string) => (await t.services.db.selectFrom('feedback').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

    test('files are judged by their bytes: a renamed program is refused by name with every field kept; a PNG named .pdf is kept as PNG', async () => {
      const refused = await submit('198.51.100.31', {}, [file('anh-chup.pdf', png), file('bien-ban.pdf', exe)]);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Tệp “bien-ban.pdf” không phải PDF, JPEG, PNG hoặc DOCX/);
      assert.match(refused.body, /vui lòng chọn lại các tệp/, 'the message says files must be chosen again');
      assert.match(refused.body, new RegExp(TITLE), 'the title is kept');
      assert.match(refused.body, /Số 5 đường Trần Đăng Ninh/, 'the address is kept');
      assert.equal(await count('feedback'), 0);
      assert.equal(await count('feedback_attachments'), 0);

      const accepted = await submit('198.51.100.32', {}, [file('Ảnh chụp giấy hẹn.pdf', png), file('Biên bản.pdf', pdf)]);
      assert.equal(accepted.statusCode, 200);
      withFiles = { code: codeOf(accepted.body), secret: secretOf(accepted.body), id: await idOf(codeOf(accepted.body)) };
      const rows = await t.services.db.selectFrom('feedback_attachments').select(['file_name', 'mime', 'storage_key']).where('feedback_id', '=', withFiles.id).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => [r.file_name, r.mime]),
        [
          ['Ảnh chụp giấy hẹn.png', 'image/png'],
          ['Biên bản.pdf', 'application/pdf'],
        ],
      );
      for (const row of rows) assert.equal(await t.services.storage.exists(row.storage_key), true);
    });

    test('six files are refused, and so is a file over 10 MB, each with a message and nothing stored', async () => {
      const six = await submit('198.51.100.33', {}, Array.from({ length: 6 }, (_, i) => file(`trang-${i + 1}.pdf`, pdf)));
      assert.equal(six.statusCode, 422);
      assert.match(six.body, /Bạn đã chọn 6 tệp; chỉ được đính kèm tối đa 5 tệp/);
      const big = await submit('198.51.100.34', {}, [file('ho-so-scan.pdf', Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024)]))]);
      assert.equal(big.statusCode, 422);
      assert.match(big.body, /Tệp “ho-so-scan.pdf” lớn hơn 10 MB/);
      assert.match(big.body, new RegExp(TITLE));
      assert.equal(await count('feedback'), 1);
      assert.equal(await count('feedback_attachments'), 2);
    });

    test('the submitter sees their file names; a feedback officer downloads the files (audited), an editor and the public cannot', async () => {
      const citizen = agent(t.app, '198.51.100.35');
      await citizen.get('/phan-anh-kien-nghi/tra-cuu');
      const lookup = await citizen.post('/phan-anh-kien-nghi/tra-cuu', { code: withFiles.code, secret: withFiles.secret });
      assert.match(lookup.body, /Ảnh chụp giấy hẹn.png/);
      assert.doesNotMatch(lookup.body, /tep-dinh-kem\//, 'names only, no download for the public');

      const officer = agent(t.app, '192.0.2.41');
      await officer.login(OFFICER, DEMO_PASSWORD);
      const detail = await officer.get(`/admin/feedback/${withFiles.id}`);
      const href = detail.body.match(/href="(\/admin\/feedback\/tep-dinh-kem\/\d+)">Ảnh chụp giấy hẹn.png</)?.[1];
      assert.ok(href, 'the detail page links the file');
      const download = await officer.get(href);
      assert.equal(download.statusCode, 200);
      assert.equal(download.headers['content-type'], 'image/png');
      assert.deepEqual(download.rawPayload, png);
      assert.ok(await t.services.db.selectFrom('audit_log').select('id').where('action', '=', 'feedback.attachment_view').where('subject_id', '=', String(withFiles.id)).executeTakeFirst());

      const editor = agent(t.app, '192.0.2.42');
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get(href)).statusCode, 403);
      assert.notEqual((await agent(t.app, '198.51.100.36').get(href)).statusCode, 200);
    });

    test('the related procedure: suggested as one types, an unknown one refused, the chosen one linked on the detail page and the published answer', async () => {
      const suggestions = await agent(t.app).get('/phan-anh-kien-nghi/lien-quan?related=xuat%20ban%20ban%20tin');
      assert.match(suggestions.body, /^<datalist id="related-options">/);
      assert.ok(suggestions.body.includes(`value="${PROCEDURE}"`));

      const unknown = await submit('198.51.100.37', { related: 'Thủ tục cấp phép bay không người lái trên biển' }, []);
      assert.equal(unknown.statusCode, 422);
      assert.match(unknown.body, /Không tìm thấy thủ tục hành chính hoặc văn bản nào khớp với “Thủ tục cấp phép bay không người lái trên biển”/);
      assert.match(unknown.body, new RegExp(TITLE));

      const sent = await submit('198.51.100.38', { related: PROCEDURE, publishAllowed: '1' }, []);
      assert.equal(sent.statusCode, 200);
      const id = await idOf(codeOf(sent.body));
      const procedure = await t.services.db.selectFrom('procedures').select(['id', 'slug']).where('name', '=', PROCEDURE).executeTakeFirstOrThrow();
      const row = await t.services.db.selectFrom('feedback').select(['related_type', 'related_id']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual([row.related_type, row.related_id], ['procedure', procedure.id]);

      const officer = agent(t.app, '192.0.2.43');
      await officer.login(OFFICER, DEMO_PASSWORD);
      const link = `<a href="/thu-tuc-hanh-chinh/${procedure.slug}">${PROCEDURE}</a>`;
      assert.ok((await officer.get(`/admin/feedback/${id}`)).body.includes(link), 'shown in the back office');

      const system = systemContext('test');
      const { units, handlers } = await t.services.feedback.choices(system);
      await t.services.feedback.accept(system, id);
      await t.services.feedback.assign(system, id, { unitId: String(units[0]!.id), assigneeId: String(handlers[0]!.id) });
      await t.services.feedback.draft(system, id, { answer: 'Hồ sơ nộp trực tuyến không phải kèm bản sao chứng thực.' });
      await t.services.feedback.approve(system, id);
      await t.services.feedback.answer(system, id);
      await t.services.feedback.publish(system, id, { publicTitle: 'Xin giấy phép xuất bản bản tin có cần bản sao chứng thực?', publicContent: 'Người dân hỏi về yêu cầu bản sao chứng thực.' });
      const slug = (await t.services.db.selectFrom('feedback').select('public_slug').where('id', '=', id).executeTakeFirstOrThrow()).public_slug;
      const published = await agent(t.app).get(`/phan-anh-kien-nghi/${slug}`);
      assert.equal(published.statusCode, 200);
      assert.ok(published.body.includes(link), 'the published answer links the procedure');
      assert.ok(!published.body.includes('Hoàng Thị Lan'));
    });

    test('a duplicate is linked to an earlier case by its code: shown on both, audited, on the timeline, and left open', async () => {
      const system = systemContext('test');
      const original = await t.services.feedback.receive(system, form({ title: 'Bản tin nội bộ phải xin phép lại khi đổi khuôn khổ' }));
      clock.advance(60_000);
      const later = await t.services.feedback.receive(system, form({ title: 'Đổi khuôn khổ bản tin có phải xin phép lại không' }));
      const [originalId, laterId] = [await idOf(original.code), await idOf(later.code)];
      const officer = agent(t.app, '192.0.2.44');
      await officer.login(OFFICER, DEMO_PASSWORD);
      const reason = 'Cùng hỏi về việc đổi khuôn khổ bản tin.';

      await officer.get(`/admin/feedback/${laterId}`);
      const unknown = await officer.post(`/admin/feedback/${laterId}/duplicate`, { originalCode: 'PA-2027-999999', reason });
      assert.equal(unknown.statusCode, 422);
      assert.match(unknown.body, /Không tìm thấy phản ánh, kiến nghị có mã tra cứu PA-2027-999999/);
      const backwards = await officer.post(`/admin/feedback/${originalId}/duplicate`, { originalCode: later.code, reason });
      assert.equal(backwards.statusCode, 422);
      assert.match(backwards.body, /phải được tiếp nhận trước/);

      assert.equal((await officer.post(`/admin/feedback/${laterId}/duplicate`, { originalCode: original.code.toLowerCase(), reason })).statusCode, 303);
      const laterPage = await officer.get(`/admin/feedback/${laterId}`);
      assert.match(laterPage.body, new RegExp(`Trùng với phản ánh gốc</dt><dd><a href="/admin/feedback/${originalId}">${original.code}</a>`));
      assert.ok(laterPage.body.includes(reason));
      const originalPage = await officer.get(`/admin/feedback/${originalId}`);
      assert.match(originalPage.body, new RegExp(`Phản ánh trùng với phản ánh này</dt><dd><ul><li><a href="/admin/feedback/${laterId}">${later.code}</a>`));
      assert.match(originalPage.body, new RegExp(`Phản ánh ${later.code} được đánh dấu trùng với phản ánh này`), 'on the original timeline');
      assert.ok(await t.services.db.selectFrom('audit_log').select('id').where('action', '=', 'feedback.duplicate').where('subject_id', '=', String(laterId)).executeTakeFirst());
      assert.equal((await t.services.db.selectFrom('feedback').select('status').where('id', '=', laterId).executeTakeFirstOrThrow()).status, 'received', 'linking does not close the case');

      const citizen = agent(t.app, '198.51.100.39');
      await citizen.get('/phan-anh-kien-nghi/tra-cuu');
      const lookup = await citizen.post('/phan-anh-kien-nghi/tra-cuu', { code: later.code, secret: later.secret });
      assert.match(lookup.body, /trùng với một phản ánh, kiến nghị đã được tiếp nhận trước đó/);
      assert.ok(!lookup.body.includes(original.code), "the other case's code is not shown to this submitter");

      const chained = await officer.post(`/admin/feedback/${originalId}/duplicate`, { originalCode: withFiles.code, reason });
      assert.equal(chained.statusCode, 422, 'an original is not made a duplicate: links do not chain');
      assert.match(chained.body, new RegExp(`đã là phản ánh gốc của ${later.code}`));

      await officer.get(`/admin/feedback/${laterId}`);
      const again = await officer.post(`/admin/feedback/${laterId}/duplicate`, { originalCode: original.code, reason });
      assert.notEqual(again.statusCode, 200);
      assert.equal(Number((await t.services.db.selectFrom('feedback_duplicates').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), 1);
    });

    test("erasing a submitter's personal data deletes their files too", async () => {
      const keys = (await t.services.db.selectFrom('feedback_attachments').select('storage_key').where('feedback_id', '=', withFiles.id).execute()).map((r) => r.storage_key);
      assert.equal(keys.length, 2);
      await t.services.feedback.reject(systemContext('test'), withFiles.id, { reason: 'Nội dung thuộc thẩm quyền của Bộ Thông tin và Truyền thông.' });
      const officer = agent(t.app, '192.0.2.45');
      await officer.login(OFFICER, DEMO_PASSWORD);
      await officer.get(`/admin/feedback/${withFiles.id}`);
      assert.equal((await officer.post(`/admin/feedback/${withFiles.id}/erase-personal`, { reason: 'Người gửi yêu cầu xóa dữ liệu.' })).statusCode, 303);
      assert.equal(await count('feedback_attachments'), 0);
      for (const key of keys) assert.equal(await t.services.storage.exists(key), false, key);
    });
  });
}
