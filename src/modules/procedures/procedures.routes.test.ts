import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { GUIDES, loadDemoGuides } from '../../demo/guides.js';
import { DEMO_PROCEDURE_COUNT, loadDemoProcedures } from '../../demo/procedures.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';
import { slugify } from '../../shared/text.js';

const EDITOR = 'bientap@demo.cchc.vn';
const APPROVER = 'chanhvanphong@demo.cchc.vn';
const NBSP = '\u00A0';

/** Links to procedure pages in a page, in order. */
const procedureLinks = (html: string) => [...html.matchAll(/href="\/thu-tuc-hanh-chinh\/([a-z0-9-]+)"/g)].map((m) => m[1]!).filter((s) => s !== 'mau-don');

const HEADER = ['Mã thủ tục', 'Tên thủ tục', 'Lĩnh vực', 'Cấp thực hiện', 'Cơ quan thực hiện', 'Mức độ trực tuyến', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Thành phần hồ sơ', 'Trình tự thực hiện', 'Điều kiện', 'Căn cứ pháp lý', 'Kết quả', 'Địa chỉ dịch vụ công trực tuyến'];

/** Five rows in the national database's shape; `broken` spoils rows 3, 5 and 6 (lines as Excel numbers them). */
function sheetRows(broken: boolean): string[][] {
  const row = (code: string, name: string, extra: Partial<Record<'level' | 'online' | 'steps' | 'fees' | 'url', string>> = {}) => [
    code,
    name,
    'Viễn thông và Internet',
    extra.level ?? 'Cấp Tỉnh',
    'Sở Thông tin và Truyền thông',
    extra.online ?? 'Toàn trình',
    'Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    extra.fees ?? 'Lệ phí: 300.000 đồng',
    'Đơn đề nghị | 1\nBản sao giấy chứng nhận đăng ký doanh nghiệp | 1',
    extra.steps ?? 'Nộp hồ sơ; Thẩm định hồ sơ; Trả kết quả',
    '',
    'Luật Viễn thông số 24/2023/QH15',
    'Văn bản chấp thuận',
    extra.url ?? 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html',
  ];
  return [
    row('1.090001', 'Đăng ký cung cấp dịch vụ viễn thông thử nghiệm tại địa phương'),
    row(broken ? '1.0901' : '1.090002', 'Thông báo thay đổi điểm cung cấp dịch vụ viễn thông công cộng'),
    row('1.090003', 'Xác nhận hoàn thành lắp đặt trạm viễn thông dùng chung'),
    row('1.090004', 'Đăng ký sử dụng chung cột ăng-ten viễn thông', broken ? { level: 'Cấp bộ phận' } : {}),
    row('1.090005', 'Thỏa thuận vị trí đặt tủ cáp viễn thông trên vỉa hè', broken ? { online: 'Mức cao nhất', fees: 'Lệ phí | năm trăm nghìn' } : { online: 'Một phần' }),
  ];
}

const csv = (rows: string[][]) =>
  Buffer.from('\uFEFF' + [HEADER, ...rows].map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n');

async function xlsx(rows: string[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Thủ tục');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CSV_TYPE = 'text/csv';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

for (const engine of engines()) {
  describe(`procedure catalogue (${engine})`, () => {
    const clock = fixedClock('2026-06-15T02:00:00Z');
    let t: TestApp;
    let approver: ReturnType<typeof agent>;
    let agencyId: number;
    let guideSlugs: string[];

    const count = async () => Number((await t.services.db.selectFrom('procedures').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const slugOf = async (code: string) => (await t.services.db.selectFrom('procedures').select('slug').where('code', '=', code).executeTakeFirstOrThrow()).slug;

    before(async () => {
      t = await testApp(engine, { clock });
      approver = agent(t.app);
      await approver.login(APPROVER, DEMO_PASSWORD);
      agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
      await loadDemoGuides(t.services, agencyId);
      guideSlugs = GUIDES.map((g) => slugify(g.title, 80));
      await loadDemoProcedures(t.services, agencyId);
    });
    after(() => t.close());

    test('the demo catalogue: 47 procedures in six fields, 38 online toàn trình and 9 một phần, form templates attached', async () => {
      assert.equal(await count(), DEMO_PROCEDURE_COUNT);
      assert.ok(DEMO_PROCEDURE_COUNT >= 40);
      assert.deepEqual(await t.services.procedures.countByOnlineLevel(agencyId), { full: 38, partial: 9 });
      assert.equal((await t.services.procedures.fields(agencyId)).length, 6);
      const templates = await t.services.db.selectFrom('procedure_components').select('id').where('template_key', 'is not', null).execute();
      assert.ok(templates.length >= 10, `${templates.length} templates`);
      const codes = await t.services.db.selectFrom('procedures').select('code').execute();
      for (const { code } of codes) assert.match(code, /^\d\.\d{6}$/);
    });

    test('the catalogue: 20 a page, filters by field, level and online level, folded search by name and by code', async () => {
      const visitor = agent(t.app);
      const first = await visitor.get('/thu-tuc-hanh-chinh');
      assert.equal(first.statusCode, 200);
      assert.match(first.body, /Có 47 thủ tục\./);
      assert.equal(procedureLinks(first.body).length, 20);
      assert.match(first.body, /href="\/thu-tuc-hanh-chinh\?page=2"/);
      assert.match(first.body, /<option value="bao-chi">Báo chí \(11\)<\/option>/);
      assert.match(first.body, /href="\/thu-tuc-hanh-chinh" aria-current="page">Tra cứu thủ tục</, 'in the main navigation');
      assert.match((await visitor.get('/')).body, /href="\/thu-tuc-hanh-chinh"><strong>Tra cứu thủ tục hành chính<\/strong>/, 'a quick link on the home page');
      const etag = String(first.headers.etag);
      assert.equal((await visitor.get('/thu-tuc-hanh-chinh', { 'if-none-match': etag })).statusCode, 304, 'served from the page cache');
      assert.equal(procedureLinks((await visitor.get('/thu-tuc-hanh-chinh?page=3')).body).length, 7);

      assert.match((await visitor.get('/thu-tuc-hanh-chinh?field=bao-chi')).body, /Tìm thấy 11 thủ tục\./);
      assert.match((await visitor.get('/thu-tuc-hanh-chinh?online=partial')).body, /Tìm thấy 9 thủ tục\./);
      assert.match((await visitor.get('/thu-tuc-hanh-chinh?field=xuat-ban-in-va-phat-hanh&online=partial')).body, /Tìm thấy 3 thủ tục\./);
      assert.match((await visitor.get('/thu-tuc-hanh-chinh?level=commune')).body, /Không có thủ tục nào phù hợp/);

      const byName = await visitor.get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('dang ky hoat dong co so in')}`);
      assert.equal(byName.statusCode, 200);
      assert.deepEqual(procedureLinks(byName.body), ['dang-ky-hoat-dong-co-so-in', 'thay-doi-thong-tin-dang-ky-hoat-dong-co-so-in'], 'the name beginning with the words first');
      const words = await visitor.get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('GIẤY PHÉP bưu chính')}`);
      assert.deepEqual(procedureLinks(words.body).sort(), ['cap-giay-phep-buu-chinh', 'cap-lai-giay-phep-buu-chinh-khi-het-han', 'sua-doi-bo-sung-giay-phep-buu-chinh']);
      const hotel = await visitor.get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('khách sạn')}`);
      assert.match(hotel.body, /Không tìm thấy thủ tục nào cho “khách sạn”/);

      const code = (await t.services.db.selectFrom('procedures').select('code').where('name', '=', 'Cấp giấy phép hoạt động in').executeTakeFirstOrThrow()).code;
      assert.deepEqual(procedureLinks((await visitor.get(`/thu-tuc-hanh-chinh?q=${code}`)).body), ['cap-giay-phep-hoat-dong-in']);
      const byPrefix = await visitor.get('/thu-tuc-hanh-chinh?q=2.00');
      assert.match(byPrefix.body, /Tìm thấy 5 thủ tục\./, 'the Bưu chính codes begin with 2.');

      const invalid = await visitor.get('/thu-tuc-hanh-chinh?level=bogus');
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Vui lòng chọn cấp thực hiện trong danh sách/);
      assert.equal(procedureLinks(invalid.body).length, 20, 'the unfiltered list is still shown');
    });

    test('a procedure page: what to bring, what it costs, how long, where, and the online block with the guides', async () => {
      const visitor = agent(t.app);
      const page = await visitor.get('/thu-tuc-hanh-chinh/cap-giay-phep-hoat-dong-in');
      assert.equal(page.statusCode, 200);
      for (const heading of ['Thành phần hồ sơ', 'Trình tự thực hiện', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Làm trực tuyến', 'Căn cứ pháp lý', 'Điều kiện thực hiện']) {
        assert.match(page.body, new RegExp(`<h2 id="[a-z-]+">${heading}</h2>`), heading);
      }
      assert.match(page.body, new RegExp(`1\\.500\\.000${NBSP}đ`));
      assert.match(page.body, /15 ngày làm việc/);
      assert.match(page.body, /Đơn đề nghị cấp giấy phép hoạt động in/);
      assert.match(page.body, /trực tuyến một phần/);
      assert.match(page.body, /<a class="button" href="https:\/\/dichvucong\.gov\.vn\/p\/home\/[^"]+" rel="noopener">Nộp hồ sơ trực tuyến<\/a>/);
      for (const slug of guideSlugs) assert.ok(page.body.includes(`href="/tin-tuc/${slug}"`), `links the guide ${slug}`);
      assert.ok(page.body.indexOf(guideSlugs[0]!) < page.body.indexOf(guideSlugs[3]!), 'guides in reading order');
      assert.match(page.body, /<a href="\/van-ban\?q=60%2F2014%2FN%C4%90-CP">60\/2014\/NĐ-CP<\/a>/, 'legal basis links the documents library');

      const templateHref = page.body.match(/href="(\/thu-tuc-hanh-chinh\/mau-don\/\d+)"/)?.[1];
      assert.ok(templateHref, 'a form template to download');
      const template = await visitor.get(templateHref);
      assert.equal(template.statusCode, 200);
      assert.equal(template.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      assert.match(String(template.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''%C4%90%C6%A1n/);
      assert.equal((await visitor.get('/thu-tuc-hanh-chinh/mau-don/999999')).statusCode, 404);

      const print = await visitor.get('/thu-tuc-hanh-chinh/cap-giay-phep-hoat-dong-in/in');
      assert.equal(print.statusCode, 200);
      assert.match(print.body, /<meta name="robots" content="noindex"\/>/);
      assert.match(print.body, /<h2 id="components-heading">Thành phần hồ sơ<\/h2>/);
      assert.match(print.body, /Nộp hồ sơ trực tuyến tại: https:\/\/dichvucong\.gov\.vn/);
      assert.doesNotMatch(print.body, />Bản in</);
      assert.match(page.body, /href="\/thu-tuc-hanh-chinh\/cap-giay-phep-hoat-dong-in\/in"/);
      assert.equal((await visitor.get('/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay')).statusCode, 404);
    });

    test('a citizen finds a procedure through the site search without diacritics, then reads the guide with its pictures', async () => {
      const visitor = agent(t.app);
      const found = await visitor.get(`/tim-kiem?q=${encodeURIComponent('giay phep thiet lap trang thong tin dien tu tong hop')}&type=procedure`);
      assert.equal(found.statusCode, 200);
      assert.match(found.body, /href="\/thu-tuc-hanh-chinh\/cap-giay-phep-thiet-lap-trang-thong-tin-dien-tu-tong-hop"/);
      assert.match(found.body, /Thủ tục hành chính · /);
      assert.match(found.body, /<option value="procedure" selected>Thủ tục hành chính<\/option>/);

      const guide = await visitor.get(`/tin-tuc/${guideSlugs[0]}`);
      assert.equal(guide.statusCode, 200);
      assert.match(guide.body, /Bước 1\. Cài ứng dụng VNeID/);
      const figures = [...guide.body.matchAll(/<img src="(\/tep\/covers\/\d+\/[a-f0-9]{16}-960\.webp)" alt="([^"]+)"/g)];
      assert.equal(figures.length, GUIDES[0]!.steps.length, 'one picture per step');
      const picture = await visitor.get(figures[0]![1]!);
      assert.equal(picture.statusCode, 200);
      assert.equal(picture.headers['content-type'], 'image/webp');
      assert.match(guide.body, /<figcaption>Hình 2\./);
      const category = await visitor.get('/danh-muc/huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen');
      for (const slug of guideSlugs) assert.ok(category.body.includes(`href="/tin-tuc/${slug}"`), slug);
    });

    test('back office: only content.publish manages; invalid input comes back 422 with the messages and the input kept', async () => {
      const editor = agent(t.app);
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/procedures')).statusCode, 403);
      assert.equal((await agent(t.app).get('/admin/procedures')).statusCode, 303);

      const list = await approver.get('/admin/procedures?online=partial');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /9 thủ tục\./);
      assert.match(list.body, /href="\/admin\/procedures"[^>]*>Thủ tục hành chính<\/a>/, 'in the back-office navigation');

      await approver.get('/admin/procedures/new');
      const invalid = await approver.post('/admin/procedures/new', {
        code: '1-004227',
        name: 'Cấp phép thử nghiệm dịch vụ <b>mới</b>',
        field: 'Viễn thông và Internet',
        agency: 'Sở Thông tin và Truyền thông',
        onlineLevel: 'full',
        processingTime: '05 ngày làm việc',
        components: 'Đơn đề nghị | một',
        steps: '',
        onlineUrl: 'http://dichvucong.gov.vn',
      });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Có 5 lỗi cần sửa/);
      assert.match(invalid.body, /Mã thủ tục theo dạng của Cơ sở dữ liệu quốc gia/);
      assert.match(invalid.body, /Vui lòng chọn ít nhất một cấp thực hiện/);
      assert.match(invalid.body, /Vui lòng nhập trình tự thực hiện/);
      assert.match(invalid.body, /Dòng 1: viết “Tên giấy tờ \| số bản”/);
      assert.match(invalid.body, /phải là một liên kết https/);
      assert.match(invalid.body, /<a href="#f-code">/);
      assert.match(invalid.body, /value="1-004227"/);
      assert.match(invalid.body, /value="Cấp phép thử nghiệm dịch vụ &lt;b>mới&lt;\/b>"/);
      assert.match(invalid.body, /Đơn đề nghị \| một<\/textarea>/);

      const existing = (await t.services.db.selectFrom('procedures').select('code').executeTakeFirstOrThrow()).code;
      const duplicate = await approver.post('/admin/procedures/new', {
        code: existing,
        name: 'Thủ tục trùng mã',
        field: 'Báo chí',
        levels: 'province',
        agency: 'Sở',
        onlineLevel: 'none',
        processingTime: '05 ngày làm việc',
        steps: 'Nộp hồ sơ',
      });
      assert.equal(duplicate.statusCode, 422);
      assert.match(duplicate.body, new RegExp(`Mã thủ tục ${existing.replace('.', '\\.')} đã có trong danh mục`));
    });

    test('back office: create, edit, attach a template, delete; every change audited and seen by the public at once', async () => {
      await approver.get('/admin/procedures/new');
      const created = await approver.post('/admin/procedures/new', {
        code: '1.099001.000.00.00.H33',
        name: 'Đăng ký thông tin điểm phát sóng Wi-Fi công cộng miễn phí',
        field: 'Viễn thông và Internet',
        levels: ['province', 'commune'],
        agency: 'Sở Thông tin và Truyền thông',
        onlineLevel: 'full',
        onlineUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.099001',
        processingTime: 'Trong 03 ngày làm việc',
        fees: 'Không',
        components: 'Tờ khai đăng ký điểm phát sóng | 1\nSơ đồ vị trí điểm phát sóng | 2',
        steps: '1. Nộp tờ khai trực tuyến\n2. Sở kiểm tra, xác nhận\n3. Nhận kết quả điện tử',
        legalBasis: 'Luật Viễn thông số 24/2023/QH15',
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 500));
      const id = Number(String(created.headers.location).split('/').pop());
      const stored = await t.services.procedures.get({ actor: (await t.services.users.loadActor((await t.services.users.listAll()).find((u) => u.email === APPROVER)!.id)), ip: '', requestId: '' }, id);
      assert.equal(stored.code, '1.099001', 'the long national code is kept in its short form');
      assert.deepEqual(stored.levels, ['province', 'commune']);
      assert.equal(stored.processingDays, 3);
      assert.deepEqual(stored.steps, ['Nộp tờ khai trực tuyến', 'Sở kiểm tra, xác nhận', 'Nhận kết quả điện tử']);
      assert.deepEqual(stored.fees, []);

      const visitor = agent(t.app);
      const page = await visitor.get(`/thu-tuc-hanh-chinh/${stored.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Không thu phí, lệ phí/);
      assert.match(page.body, /Cấp tỉnh, Cấp xã/);
      assert.match((await visitor.get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('wi-fi mien phi')}`)).body, new RegExp(`href="/thu-tuc-hanh-chinh/${stored.slug}"`));

      const edit = await approver.get(`/admin/procedures/${id}`);
      assert.match(edit.body, /Tờ khai đăng ký điểm phát sóng \| 1\nSơ đồ vị trí điểm phát sóng \| 2<\/textarea>/);
      const component = stored.components[0]!;
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      const uploaded = await approver.upload(`/admin/procedures/${id}/components/${component.id}/template`, 'template', { name: 'To khai.pdf', type: 'application/pdf', data: pdf });
      assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 400));
      await approver.get(`/admin/procedures/${id}`);
      const fake = await approver.upload(`/admin/procedures/${id}/components/${component.id}/template`, 'template', { name: 'mau.docx', type: 'application/pdf', data: Buffer.from('MZ not a document') });
      assert.equal(fake.statusCode, 422);
      assert.match(fake.body, /phải là tệp DOCX, PDF hoặc XLSX/);
      assert.match((await visitor.get(`/thu-tuc-hanh-chinh/${stored.slug}`)).body, /Tải To khai\.pdf/);

      await approver.get(`/admin/procedures/${id}`);
      const saved = await approver.post(`/admin/procedures/${id}`, {
        code: '1.099001',
        name: 'Đăng ký thông tin điểm phát sóng Wi-Fi công cộng miễn phí',
        field: 'Viễn thông và Internet',
        levels: 'province',
        agency: 'Sở Thông tin và Truyền thông',
        onlineLevel: 'full',
        onlineUrl: stored.onlineUrl,
        processingTime: 'Trong 02 ngày làm việc',
        fees: 'Lệ phí đăng ký | 50.000',
        components: 'Tờ khai đăng ký điểm phát sóng | 1',
        steps: 'Nộp tờ khai trực tuyến\nNhận kết quả điện tử',
      });
      assert.equal(saved.statusCode, 303);
      const updated = await visitor.get(`/thu-tuc-hanh-chinh/${stored.slug}`);
      assert.match(updated.body, new RegExp(`50\\.000${NBSP}đ`), 'the cached page was dropped');
      assert.match(updated.body, /Tải To khai\.pdf/, 'the template stays with its component');
      assert.doesNotMatch(updated.body, /Sơ đồ vị trí/);

      await approver.get(`/admin/procedures/${id}`);
      assert.equal((await approver.post(`/admin/procedures/${id}/delete`)).statusCode, 303);
      assert.equal((await visitor.get(`/thu-tuc-hanh-chinh/${stored.slug}`)).statusCode, 404);
      assert.doesNotMatch((await visitor.get(`/tim-kiem?q=${encodeURIComponent('wi-fi cong cong mien phi')}`)).body, new RegExp(stored.slug));
      const audit = await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'procedure').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['create', 'update', 'update', 'delete']);
    });

    test('import: a file with three bad rows shows each error and imports nothing; the fixed file imports all, in one go', async () => {
      const before = await count();
      await approver.get('/admin/procedures/import');
      const bad = await approver.upload('/admin/procedures/import', 'file', { name: 'thu-tuc.csv', type: CSV_TYPE, data: csv(sheetRows(true)) });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Tệp có 4 lỗi ở 3 dòng; chưa nhập dòng nào\./);
      assert.match(bad.body, /Dòng 3 \(Mã thủ tục\): Mã thủ tục theo dạng của Cơ sở dữ liệu quốc gia/);
      assert.match(bad.body, /Dòng 5 \(Cấp thực hiện\): Cấp thực hiện “Cấp bộ phận” không hợp lệ/);
      assert.match(bad.body, /Dòng 6 \(Mức độ trực tuyến\): Mức độ trực tuyến “Mức cao nhất” không hợp lệ/);
      assert.match(bad.body, /Dòng 6 \(Phí, lệ phí\): Dòng 1: viết “Tên khoản thu \| số tiền”/);
      assert.doesNotMatch(bad.body, /name="token"/, 'nothing to confirm');
      assert.equal(await count(), before);

      await approver.get('/admin/procedures/import');
      const good = await approver.upload('/admin/procedures/import', 'file', { name: 'thu-tuc.xlsx', type: XLSX_TYPE, data: await xlsx(sheetRows(false)) });
      assert.equal(good.statusCode, 200, good.body.slice(0, 500));
      assert.match(good.body, /Tệp hợp lệ: 5 thủ tục/);
      assert.match(good.body, /5 thủ tục sẽ được thêm mới, 0 thủ tục đã có/);
      assert.equal(await count(), before, 'a preview writes nothing');
      const token = good.body.match(/name="token" value="([a-f0-9]{32})"/)![1]!;
      const done = await approver.post('/admin/procedures/import/confirm', { token });
      assert.equal(done.statusCode, 303);
      assert.match((await approver.get('/admin/procedures')).body, /Đã nhập 5 thủ tục: 5 thêm mới, 0 cập nhật\./);
      assert.equal(await count(), before + 5);
      assert.equal((await approver.post('/admin/procedures/import/confirm', { token })).statusCode, 422, 'a token is used once');

      const imported = await agent(t.app).get(`/thu-tuc-hanh-chinh/${await slugOf('1.090005')}`);
      assert.match(imported.body, /trực tuyến một phần/);
      assert.match(imported.body, /<li>Thẩm định hồ sơ<\/li>/, 'items separated by ";" became steps');
      assert.match(imported.body, new RegExp(`300\\.000${NBSP}đ`));
      assert.match(imported.body, /5 ngày làm việc/);

      await approver.get('/admin/procedures/import');
      const again = await approver.upload('/admin/procedures/import', 'file', { name: 'thu-tuc.csv', type: CSV_TYPE, data: csv(sheetRows(false)) });
      assert.match(again.body, /0 thủ tục sẽ được thêm mới, 5 thủ tục đã có \(cùng mã\) sẽ được cập nhật/);

      const template = await approver.get('/admin/procedures/import/mau.csv');
      assert.equal(template.headers['content-type'], 'text/csv; charset=utf-8');
      assert.ok(template.body.startsWith('\uFEFF"Mã thủ tục","Tên thủ tục","Lĩnh vực"'), 'an empty sheet with the columns, for Excel');

      const notSheet = await approver.upload('/admin/procedures/import', 'file', { name: 'x.csv', type: CSV_TYPE, data: Buffer.from('Tên,Giá\nA,1\n') });
      assert.equal(notSheet.statusCode, 422);
      assert.match(notSheet.body, /Thiếu cột bắt buộc: “Mã thủ tục”/);

      const audit = await t.services.db.selectFrom('audit_log').select(['action', 'summary']).where('subject_type', '=', 'procedure').where('action', '=', 'import').execute();
      assert.deepEqual(audit, [{ action: 'import', summary: 'Nhập 5 thủ tục từ tệp' }]);
    });

    test('the sample file in docs/samples imports cleanly', async () => {
      const actor = await t.services.users.loadActor((await t.services.users.listAll()).find((u) => u.email === APPROVER)!.id);
      const result = await t.services.procedures.importFile({ actor, ip: '', requestId: 'test' }, readFileSync('docs/samples/thu-tuc.csv'));
      assert.deepEqual(result, { imported: 5, created: 5, updated: 0 });
      const page = await agent(t.app).get(`/thu-tuc-hanh-chinh/${await slugOf('1.009902')}`);
      assert.match(page.body, new RegExp(`1\\.500\\.000${NBSP}đ`));
    });
  });
}
