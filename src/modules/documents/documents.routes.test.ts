import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { DEMO_DOCUMENTS, loadDemoDocuments } from '../../demo/documents.js';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';
import { docxWithText, pdfWithText } from './documents.fixtures.js';

const APPROVER = 'chanhvanphong@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';

const HEADER = '"Số, ký hiệu",Loại văn bản,Cơ quan ban hành,Người ký,Chức vụ người ký,Ngày ban hành,Ngày hiệu lực,Ngày hết hiệu lực,Tình trạng,Lĩnh vực,Trích yếu,Nội dung';

/** Rows of the editor's spreadsheet; three are wrong the first time (lines 3, 4 and 6). */
const GOOD_ROWS = [
  '21/KH-STTTT,Kế hoạch,Sở Thông tin và Truyền thông,Lương Văn Thành,Giám đốc,05/02/2025,05/02/2025,,Còn hiệu lực,Cải cách hành chính,Tuyên truyền cải cách hành chính năm 2025,',
  '22/KH-STTTT,Kế hoạch,Sở Thông tin và Truyền thông,Lương Văn Thành,Giám đốc,06/02/2025,06/02/2025,,Còn hiệu lực,Chuyển đổi số,Chuyển đổi số năm 2025 của Sở,',
  '09/TB-STTTT,,Sở Thông tin và Truyền thông,,,10/02/2025,,,,Cải cách hành chính,Lịch chào cờ đầu tháng quý I năm 2025,',
  '23/KH-STTTT,Kế hoạch,Sở Thông tin và Truyền thông,,,12/02/2025,12/02/2025,31/12/2025,Hết hiệu lực,Cải cách hành chính,Kiểm tra công tác văn thư năm 2025,',
  '"401/STTTT-VP",Công văn,Sở Thông tin và Truyền thông,,,14/02/2025,,,Còn hiệu lực,Dịch vụ công trực tuyến,"V/v hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán phí",',
];
const BAD_ROWS = [
  GOOD_ROWS[0]!,
  GOOD_ROWS[1]!.replace('22/KH-STTTT', '2/KH-STTTT'),
  GOOD_ROWS[2]!.replace('10/02/2025,,', '10/02/2025,09/02/2025,'),
  GOOD_ROWS[3]!,
  GOOD_ROWS[4]!.replace('"401/STTTT-VP"', '21/KH-STTTT').replace('Công văn', 'Kế hoạch'),
];
const csv = (rows: string[]) => Buffer.from(`\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`);

async function xlsx(rows: string[]) {
  const { parse } = await import('csv-parse/sync');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Văn bản');
  for (const row of parse(`${HEADER}\n${rows.join('\n')}`) as string[][]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The document links of a list page, in order. */
const links = (html: string) => [...html.matchAll(/<td><a href="\/van-ban\/([^"]+)">/g)].map((m) => m[1]!);
const codesOf = (html: string) => [...html.matchAll(/<td><strong>([^<]+)<\/strong>/g)].map((m) => m[1]!);

for (const engine of engines()) {
  describe(`legal documents library (${engine})`, () => {
    let t: TestApp;
    let approver: ReturnType<typeof agent>;
    let agencyId: number;
    const visitor = () => agent(t.app);

    const slugOf = async (code: string) => (await t.services.db.selectFrom('documents').select('slug').where('code', '=', code).executeTakeFirstOrThrow()).slug;
    const idOf = async (code: string) => (await t.services.db.selectFrom('documents').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    const count = async () => Number((await t.services.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    async function create(fields: Record<string, string>) {
      await approver.get('/admin/documents/new');
      return approver.post('/admin/documents/new', { status: 'inForce', published: '1', issuerName: 'Sở Thông tin và Truyền thông', ...fields });
    }

    before(async () => {
      t = await testApp(engine);
      agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
      await loadDemoDocuments(t.services, agencyId);
      approver = agent(t.app);
      await approver.login(APPROVER, DEMO_PASSWORD);
    });
    after(() => t.close());

    test('the public list: 20 per page, newest first, linked, with the library in the main navigation', async () => {
      const page = await visitor().get('/van-ban');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<a href="\/van-ban"[^>]*>Tra cứu văn bản<\/a>/);
      assert.match(page.body, new RegExp(`${DEMO_DOCUMENTS.length} văn bản\\.`));
      assert.equal(links(page.body).length, 20);
      assert.equal(codesOf(page.body)[0], '08/KH-STTTT', 'the newest (22/01/2024) comes first');
      assert.match(page.body, /href="\/van-ban\?trang=2"/);
      const second = await visitor().get('/van-ban?trang=2');
      assert.equal(links(second.body).length, DEMO_DOCUMENTS.length - 20);
      assert.equal(codesOf(second.body).at(-1), '20/2008/NĐ-CP');
      assert.equal(codesOf((await visitor().get('/van-ban?sapxep=cu-nhat')).body)[0], '20/2008/NĐ-CP');
      assert.match(page.body, /<th scope="col">Số, ký hiệu<\/th>/);
      assert.match(page.body, /15\/07\/2021/, 'dates dd/mm/yyyy');
    });

    test('filters: type, issuer, field, year and status, alone and together; a bad value names its filter', async () => {
      const decrees = DEMO_DOCUMENTS.filter((d) => d.type === 'decree').map((d) => d.numberSymbol);
      const byType = await visitor().get('/van-ban?loai=nghi-dinh');
      assert.deepEqual([...codesOf(byType.body)].sort(), [...decrees].sort());
      assert.match(byType.body, /<option value="nghi-dinh" selected>Nghị định<\/option>/);

      assert.deepEqual(codesOf((await visitor().get(`/van-ban?coquan=${encodeURIComponent('Văn phòng Chính phủ')}`)).body), ['01/2023/TT-VPCP']);
      assert.deepEqual([...codesOf((await visitor().get(`/van-ban?linhvuc=${encodeURIComponent('Chuyển đổi số')}`)).body)].sort(), ['06/QĐ-TTg', '749/QĐ-TTg']);
      assert.deepEqual(codesOf((await visitor().get('/van-ban?nam=2023&tinhtrang=het-hieu-luc')).body), ['13/2023/NĐ-CP']);
      const partly = codesOf((await visitor().get('/van-ban?tinhtrang=het-hieu-luc-mot-phan')).body);
      assert.deepEqual([...partly].sort(), ['20/2008/NĐ-CP', '61/2018/NĐ-CP', '63/2010/NĐ-CP']);
      assert.deepEqual(codesOf((await visitor().get('/van-ban?loai=ke-hoach&nam=2024')).body), ['08/KH-STTTT']);

      const bad = await visitor().get('/van-ban?loai=khong-co&nam=20x');
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Năm ban hành gồm 4 chữ số/);
      assert.equal(links(bad.body).length, 20, 'the unfiltered library is still shown');
      const unknownType = await visitor().get('/van-ban?loai=khong-co');
      assert.equal(unknownType.statusCode, 422);
      assert.match(unknownType.body, /Vui lòng chọn loại văn bản trong danh sách/);
    });

    test('folded search: without tone marks, đ as d, by number and symbol', async () => {
      const search = async (q: string) => codesOf((await visitor().get(`/van-ban?q=${encodeURIComponent(q)}`)).body);
      const electronic = await search('dien tu');
      for (const code of ['45/2020/NĐ-CP', '20/2023/QH15', '06/QĐ-TTg', '766/QĐ-TTg', '01/2023/TT-VPCP']) assert.ok(electronic.includes(code), `${code} in ${electronic}`);
      assert.ok(!electronic.includes('30/2020/NĐ-CP'));
      assert.deepEqual([...(await search('một cửa liên thông'))].sort(), ['107/2021/NĐ-CP', '61/2018/NĐ-CP']);
      assert.deepEqual([...(await search('61/2018/nd-cp'))].sort(), ['107/2021/NĐ-CP', '61/2018/NĐ-CP']);
      assert.deepEqual(await search('45/KH-STTTT'), ['45/KH-STTTT']);
      assert.ok((await search('du lieu ca nhan')).includes('13/2023/NĐ-CP'));
      assert.ok((await search('Đề án')).includes('06/QĐ-TTg'), 'the query is folded too');
      assert.deepEqual(await search('ien tu'), [], 'words match from their start, not from the middle');
      assert.deepEqual(await search('chao co dau thang'), ['45/KH-STTTT'], 'the full text is searched');
      const none = await visitor().get('/van-ban?q=khongcotrongthuvien');
      assert.match(none.body, /Không tìm thấy văn bản nào cho “khongcotrongthuvien”/);
      const filtered = await search('ke hoach');
      assert.ok(filtered.includes('45/KH-STTTT') && filtered.includes('2150/QĐ-UBND'));
      assert.deepEqual(codesOf((await visitor().get('/van-ban?q=ke+hoach&loai=quyet-dinh')).body), ['2150/QĐ-UBND']);
    });

    test('the detail page: the labelled metadata table, dates dd/mm/yyyy, relations shown both ways', async () => {
      const page = await visitor().get(`/van-ban/${await slugOf('61/2018/NĐ-CP')}`);
      assert.equal(page.statusCode, 200);
      const row = (label: string, value: string) => assert.match(page.body, new RegExp(`<th scope="row">${label}</th><td>${value}`), label);
      row('Số, ký hiệu', '61/2018/NĐ-CP');
      row('Loại văn bản', 'Nghị định');
      row('Ngày ban hành', '<time datetime="2018-04-23">23/04/2018</time>');
      row('Trích yếu', 'Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính');
      row('Cơ quan ban hành', 'Chính phủ');
      row('Người ký', 'Nguyễn Xuân Phúc — TM. Chính phủ, Thủ tướng');
      row('Lĩnh vực', 'Thủ tục hành chính');
      row('Ngày có hiệu lực', '<time datetime="2018-06-21">21/06/2018</time>');
      row('Tình trạng hiệu lực', '<span class="badge badge--warning">Hết hiệu lực một phần</span>');
      assert.match(page.body, /<h1>Nghị định 61\/2018\/NĐ-CP<\/h1>/);
      const amending = await slugOf('107/2021/NĐ-CP');
      assert.match(page.body, new RegExp(`<h3>Được sửa đổi bởi</h3><ul><li[^>]*><a href="/van-ban/${amending}">Nghị định 107/2021/NĐ-CP</a>`));

      const other = await visitor().get(`/van-ban/${amending}`);
      assert.match(other.body, new RegExp(`<h3>Sửa đổi, bổ sung</h3><ul><li[^>]*><a href="/van-ban/${await slugOf('61/2018/NĐ-CP')}">Nghị định 61/2018/NĐ-CP</a>`));
      assert.match(other.body, /<th scope="row">Người ký<\/th><td><span class="muted">Chưa cập nhật<\/span>/);
      const amender = (await visitor().get(`/van-ban/${await slugOf('92/2017/NĐ-CP')}`)).body;
      assert.match(amender, /<h3>Sửa đổi, bổ sung<\/h3>/);
      assert.match(amender, /Nghị định 20\/2008\/NĐ-CP/);
      assert.match(amender, /Nghị định 63\/2010\/NĐ-CP/);
      assert.match((await visitor().get(`/van-ban/${await slugOf('45/2020/NĐ-CP')}`)).body, /<h3>Được hướng dẫn bởi<\/h3><ul><li[^>]*><a href="[^"]+">Thông tư 01\/2023\/TT-VPCP<\/a>/);
      assert.match((await visitor().get(`/van-ban/${await slugOf('01/2023/TT-VPCP')}`)).body, /<h3>Hướng dẫn<\/h3>/);

      const repealed = (await visitor().get(`/van-ban/${await slugOf('13/2023/NĐ-CP')}`)).body;
      assert.match(repealed, /<th scope="row">Ngày hết hiệu lực<\/th><td><time datetime="2026-01-01">01\/01\/2026<\/time>/);
      assert.match(repealed, /Hết hiệu lực<\/span>/);
      const seed = (await visitor().get(`/van-ban/${await slugOf('45/KH-STTTT')}`)).body;
      assert.match(seed, /<h1>Kế hoạch 45\/KH-STTTT<\/h1>/);
      assert.match(seed, /<h2 id="body-heading">Nội dung văn bản<\/h2>/);
      assert.match(seed, /<p>II\. NỘI DUNG<\/p>/);
      assert.equal((await visitor().get('/van-ban/khong-co-van-ban-nay')).statusCode, 404);
    });

    test('the back office is for content.publish holders; others are refused, visitors sent to sign in', async () => {
      const editor = agent(t.app);
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/documents')).statusCode, 403);
      assert.equal((await editor.get('/admin/documents/new')).statusCode, 403);
      assert.equal((await editor.get('/admin/documents/import')).statusCode, 403);
      await editor.get('/admin');
      assert.equal((await editor.post('/admin/documents/new', { numberSymbol: '99/KH-STTTT' })).statusCode, 403);
      const anonymous = await visitor().get('/admin/documents');
      assert.ok([302, 303, 401].includes(anonymous.statusCode), String(anonymous.statusCode));
      const list = await approver.get('/admin/documents?type=decree');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /href="\/admin\/documents\/new">Thêm văn bản<\/a>/);
      assert.match(list.body, /href="\/admin\/documents"[^>]*>Văn bản<\/a>/, 'the back-office navigation links the library');
      assert.match(list.body, new RegExp(`${DEMO_DOCUMENTS.filter((d) => d.type === 'decree').length} văn bản\\.`));
    });

    test('a form with errors comes back 422 with every message and the input kept', async () => {
      const response = await create({
        type: 'plan',
        numberSymbol: '5/KH-STTTT',
        issuedOn: '10/03/2024',
        effectiveOn: '01/03/2024',
        expiresOn: '31/02/2025',
        summary: 'Kế hoạch thử nghiệm thư viện văn bản',
        signerName: 'Lương Văn Thành',
      });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Có 3 lỗi cần sửa/);
      assert.match(response.body, /<a href="#f-numberSymbol">Số, ký hiệu không đúng dạng: số nhỏ hơn 10 phải thêm số 0 ở trước \(05, không phải 5\)\.<\/a>/);
      assert.match(response.body, /Ngày có hiệu lực không được trước ngày ban hành/);
      assert.match(response.body, /Ngày hết hiệu lực không hợp lệ; nhập theo dạng dd\/mm\/yyyy/);
      assert.match(response.body, /value="5\/KH-STTTT"/);
      assert.match(response.body, /value="Lương Văn Thành"/);
      assert.match(response.body, />Kế hoạch thử nghiệm thư viện văn bản<\/textarea>/);
      assert.match(response.body, /<option value="plan" selected>Kế hoạch \(KH\)<\/option>/);

      const wrongType = await create({ type: 'decision', numberSymbol: '45/KH-STTTT', issuedOn: '10/03/2024', summary: 'Sai loại văn bản' });
      assert.equal(wrongType.statusCode, 422);
      assert.match(wrongType.body, /“KH” là chữ viết tắt của Kế hoạch, không phải Quyết định \(QĐ\)/);
      const missing = await create({ issuerName: '' });
      assert.equal(missing.statusCode, 422);
      for (const message of [/Vui lòng chọn loại văn bản/, /Vui lòng nhập số, ký hiệu/, /Vui lòng nhập ngày ban hành/, /Vui lòng nhập trích yếu/, /Vui lòng nhập cơ quan ban hành/]) assert.match(missing.body, message);
      const future = await create({ type: 'plan', numberSymbol: '99/KH-STTTT', issuedOn: '01/01/2099', summary: 'Văn bản ở tương lai' });
      assert.match(future.body, /Ngày ban hành không được sau ngày hôm nay/);
      const stale = await create({ type: 'plan', numberSymbol: '98/KH-STTTT', issuedOn: '01/01/2024', expiresOn: '31/12/2024', summary: 'Đã hết hạn mà vẫn ghi còn hiệu lực' });
      assert.match(stale.body, /hãy chọn tình trạng “Hết hiệu lực”/);
    });

    test('the same số, ký hiệu of the same issuer in the same year is refused; another year or issuer is not', async () => {
      const duplicate = await create({ type: 'plan', numberSymbol: '45/KH-STTTT', issuedOn: '20/09/2023', summary: 'Trùng số với kế hoạch tuyên truyền' });
      assert.equal(duplicate.statusCode, 422);
      assert.match(duplicate.body, /Số, ký hiệu 45\/KH-STTTT của Sở Thông tin và Truyền thông năm 2023 đã có trong thư viện/);
      const nextYear = await create({ type: 'plan', numberSymbol: '45/KH-STTTT', issuedOn: '20/09/2024', summary: 'Kế hoạch số 45 của năm sau', field: 'Cải cách hành chính' });
      assert.equal(nextYear.statusCode, 303, nextYear.body.slice(0, 500));
      const otherIssuer = await create({ type: 'plan', numberSymbol: '45/KH-STTTT', issuedOn: '21/09/2023', summary: 'Cùng số của cơ quan khác', issuerName: 'Sở Thông tin và Truyền thông tỉnh khác' });
      assert.equal(otherIssuer.statusCode, 303);
      const id = Number(String(nextYear.headers.location).split('/').pop());
      const audit = await t.services.db.selectFrom('audit_log').select(['action', 'summary']).where('subject_type', '=', 'document').where('subject_id', '=', String(id)).execute();
      assert.deepEqual(audit, [{ action: 'create', summary: '45/KH-STTTT — Kế hoạch số 45 của năm sau' }]);
      const found = await visitor().get(`/tim-kiem?q=${encodeURIComponent('ke hoach so 45 cua nam sau')}`);
      assert.match(found.body, new RegExp(`href="/van-ban/${await t.services.db.selectFrom('documents').select('slug').where('id', '=', id).executeTakeFirstOrThrow().then((r) => r.slug)}"`));
      assert.match(found.body, /Văn bản · 20\/09\/2024/);
    });

    test('editing changes the public page and the search at once; an unpublished document disappears from both', async () => {
      const created = await create({ type: 'notice', numberSymbol: '31/TB-STTTT', issuedOn: '02/05/2024', summary: 'Thông báo lịch tiếp công dân tháng 5', field: 'Tiếp công dân' });
      assert.equal(created.statusCode, 303);
      const id = Number(String(created.headers.location).split('/').pop());
      const slug = await slugOf('31/TB-STTTT');
      assert.match((await visitor().get(`/van-ban/${slug}`)).body, /Thông báo lịch tiếp công dân tháng 5/);
      const edit = await approver.get(`/admin/documents/${id}`);
      assert.match(edit.body, /value="02\/05\/2024"/, 'dates are edited as dd/mm/yyyy');
      const saved = await approver.post(`/admin/documents/${id}`, {
        type: 'notice', numberSymbol: '31/TB-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuedOn: '02/05/2024', status: 'inForce', summary: 'Thông báo lịch tiếp công dân định kỳ tháng 5', field: 'Tiếp công dân', published: '1',
      });
      assert.equal(saved.statusCode, 303);
      assert.match((await visitor().get(`/van-ban/${slug}`)).body, /lịch tiếp công dân định kỳ tháng 5/);
      assert.match((await visitor().get('/tim-kiem?q=tiep+cong+dan+dinh+ky')).body, new RegExp(`/van-ban/${slug}`));
      await approver.post(`/admin/documents/${id}`, { type: 'notice', numberSymbol: '31/TB-STTTT', issuerName: 'Sở Thông tin và Truyền thông', issuedOn: '02/05/2024', status: 'inForce', summary: 'Thông báo lịch tiếp công dân định kỳ tháng 5' });
      assert.equal((await visitor().get(`/van-ban/${slug}`)).statusCode, 404);
      assert.doesNotMatch((await visitor().get('/tim-kiem?q=tiep+cong+dan+dinh+ky')).body, new RegExp(`/van-ban/${slug}`));
      assert.doesNotMatch((await visitor().get('/van-ban?q=tiep+cong+dan')).body, /31\/TB-STTTT/);
      assert.match((await approver.get('/admin/documents?published=0')).body, /31\/TB-STTTT/);
      const actions = await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'document').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(actions.map((a) => a.action), ['create', 'update', 'update']);
    });

    test('attachments: PDF and DOCX sniffed, their text extracted and found by /tim-kiem and /van-ban; PDF shown inline', async () => {
      const created = await create({ type: 'guidance', numberSymbol: '14/HD-STTTT', issuedOn: '06/05/2024', summary: 'Hướng dẫn tiếp nhận phản ánh qua kênh trực tuyến', field: 'Phản ánh, kiến nghị' });
      const id = Number(String(created.headers.location).split('/').pop());
      const slug = await slugOf('14/HD-STTTT');
      await approver.get(`/admin/documents/${id}`);
      const pdf = await approver.upload(`/admin/documents/${id}/attachments`, 'attachment', { name: 'Hướng dẫn (bản ký).pdf', type: 'application/pdf', data: pdfWithText('Ket noi Zalo OA de tra loi phan anh cua nguoi dan') });
      assert.equal(pdf.statusCode, 303, pdf.body.slice(0, 400));
      assert.match((await approver.get(`/admin/documents/${id}`)).body, /Nội dung tệp đã được đưa vào tìm kiếm/);
      const docx = await approver.upload(`/admin/documents/${id}/attachments`, 'attachment', { name: 'phu-luc.docx', type: 'application/octet-stream', data: await docxWithText(['Phụ lục: thanh toán điện tử qua Bưu điện VNPost', 'Đoạn thứ hai.']) });
      assert.equal(docx.statusCode, 303);
      await approver.get(`/admin/documents/${id}`);
      const fake = await approver.upload(`/admin/documents/${id}/attachments`, 'attachment', { name: 'ke-hoach.pdf', type: 'application/pdf', data: Buffer.from('MZ\u0090 not a pdf at all') });
      assert.equal(fake.statusCode, 422);
      assert.match(fake.body, /Tệp văn bản phải là PDF hoặc DOCX/);

      const hit = await visitor().get('/tim-kiem?q=zalo+oa&type=document');
      assert.match(hit.body, new RegExp(`<a href="/van-ban/${slug}">Hướng dẫn 14/HD-STTTT: Hướng dẫn tiếp nhận phản ánh qua kênh trực tuyến</a>`));
      assert.match(hit.body, /<mark>Zalo<\/mark>/);
      assert.match((await visitor().get('/tim-kiem?q=vnpost')).body, new RegExp(`/van-ban/${slug}`));
      assert.deepEqual(codesOf((await visitor().get('/van-ban?q=buu+dien+vnpost')).body), ['14/HD-STTTT']);

      const page = (await visitor().get(`/van-ban/${slug}`)).body;
      const [pdfFile, docxFile] = await t.services.documents.attachments(id);
      assert.equal(pdfFile!.fileName, 'Hướng dẫn (bản ký).pdf');
      assert.match(page, new RegExp(`<iframe class="document-viewer" src="/van-ban/tep/${pdfFile!.id}/xem" title="Toàn văn Hướng dẫn 14/HD-STTTT \\(PDF\\)"`));
      assert.match(page, new RegExp(`<a href="/van-ban/tep/${docxFile!.id}" download="phu-luc.docx">Tải về phu-luc.docx</a>`));
      const inline = await visitor().get(`/van-ban/tep/${pdfFile!.id}/xem`);
      assert.equal(inline.statusCode, 200);
      assert.equal(inline.headers['content-type'], 'application/pdf');
      assert.match(String(inline.headers['content-disposition']), /^inline;/);
      assert.match(String(inline.headers['content-security-policy']), /frame-ancestors 'self'/, 'our own pages may frame it');
      assert.equal(inline.headers['x-frame-options'], 'SAMEORIGIN');
      assert.ok(inline.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
      const download = await visitor().get(`/van-ban/tep/${docxFile!.id}`);
      assert.equal(download.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      assert.match(String(download.headers['content-disposition']), /^attachment;.*filename\*=UTF-8''phu-luc\.docx/);

      await approver.get(`/admin/documents/${id}`);
      assert.equal((await approver.post(`/admin/document-attachments/${pdfFile!.id}/delete`)).statusCode, 303);
      assert.doesNotMatch((await visitor().get('/tim-kiem?q=zalo+oa')).body, new RegExp(`/van-ban/${slug}`));
      assert.equal((await visitor().get(`/van-ban/tep/${pdfFile!.id}/xem`)).statusCode, 404);
    });

    test('relations are added, shown both ways, refused when doubled or reflexive, and removed', async () => {
      const created = await create({ type: 'plan', numberSymbol: '16/KH-STTTT', issuedOn: '20/01/2025', summary: 'Tuyên truyền cải cách hành chính năm 2025 (thay thế kế hoạch năm 2024)' });
      const id = Number(String(created.headers.location).split('/').pop());
      const old = await idOf('08/KH-STTTT');
      await approver.get(`/admin/documents/${id}`);
      assert.equal((await approver.post(`/admin/documents/${id}/relations`, { kind: 'replaces', targetId: String(old) })).statusCode, 303);
      const replaced = (await visitor().get(`/van-ban/${await slugOf('08/KH-STTTT')}`)).body;
      assert.match(replaced, new RegExp(`<h3>Bị thay thế bởi</h3><ul><li[^>]*><a href="/van-ban/${await slugOf('16/KH-STTTT')}">Kế hoạch 16/KH-STTTT</a>`));
      assert.match((await visitor().get(`/van-ban/${await slugOf('16/KH-STTTT')}`)).body, /<h3>Thay thế<\/h3><ul><li[^>]*><a href="[^"]+">Kế hoạch 08\/KH-STTTT<\/a>/);
      await approver.get(`/admin/documents/${old}`);
      const reverse = await approver.post(`/admin/documents/${old}/relations`, { kind: 'replaces', targetId: String(id) });
      assert.equal(reverse.statusCode, 422);
      assert.match(reverse.body, /Hai văn bản này đã có quan hệ đó/);
      const self = await approver.post(`/admin/documents/${id}/relations`, { kind: 'amends', targetId: String(id) });
      assert.match(self.body, /không thể liên quan với chính nó/);
      assert.match((await approver.get(`/admin/documents/${old}`)).body, /Sửa ở văn bản 16\/KH-STTTT/);
      await approver.get(`/admin/documents/${id}`);
      assert.equal((await approver.post(`/admin/documents/${id}/relations/delete`, { kind: 'replaces', targetId: String(old) })).statusCode, 303);
      assert.doesNotMatch((await visitor().get(`/van-ban/${await slugOf('08/KH-STTTT')}`)).body, /Bị thay thế bởi/);
    });

    test('import: three bad rows are each explained and nothing is saved; the fixed file (XLSX) imports all', async () => {
      const before = await count();
      await approver.get('/admin/documents/import');
      const bad = await approver.upload('/admin/documents/import', 'file', { name: 'van-ban.csv', type: 'text/csv', data: csv(BAD_ROWS) });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Tệp có 3 lỗi; chưa nhập dòng nào/);
      assert.match(bad.body, /Dòng 3: Số, ký hiệu không đúng dạng: số nhỏ hơn 10 phải thêm số 0 ở trước \(02, không phải 2\)\./);
      assert.match(bad.body, /Dòng 4: Ngày có hiệu lực không được trước ngày ban hành\./);
      assert.match(bad.body, /Dòng 6: Số, ký hiệu 21\/KH-STTTT trùng với dòng 2/);
      assert.match(bad.body, /<tr id="dong-2"><td>2<\/td><td>21\/KH-STTTT<\/td><td>Kế hoạch<\/td>.*?Hợp lệ/s);
      assert.doesNotMatch(bad.body, /name="token"/, 'a file with errors cannot be imported');
      assert.equal(await count(), before);

      await approver.get('/admin/documents/import');
      const good = await approver.upload('/admin/documents/import', 'file', { name: 'van-ban.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data: await xlsx(GOOD_ROWS) });
      assert.equal(good.statusCode, 200, good.body.slice(0, 500));
      assert.match(good.body, /Xem trước: 5 dòng/);
      assert.match(good.body, /Nhập 5 văn bản<\/button>/);
      assert.equal(await count(), before, 'a preview saves nothing');
      const token = good.body.match(/name="token" value="([a-f0-9]{32})"/)![1]!;
      const confirmed = await approver.post('/admin/documents/import/confirm', { token });
      assert.equal(confirmed.statusCode, 303);
      assert.match((await approver.get('/admin/documents')).body, /Đã nhập 5 văn bản/);
      assert.equal(await count(), before + 5);
      const notice = await t.services.db.selectFrom('documents').select(['type', 'status', 'issuer_organization_id']).where('code', '=', '09/TB-STTTT').executeTakeFirstOrThrow();
      assert.deepEqual(notice, { type: 'notice', status: 'inForce', issuer_organization_id: agencyId }, 'type from the symbol, status by default, issuer linked by name');
      assert.match((await visitor().get('/tim-kiem?q=ho+tro+nguoi+dan+nop+ho+so')).body, /401\/STTTT-VP/);
      const again = await approver.post('/admin/documents/import/confirm', { token });
      assert.equal(again.statusCode, 422);
      assert.match(again.body, /Không còn tệp đã xem trước/);
      const imports = await t.services.db.selectFrom('audit_log').select('action').where('action', '=', 'import').execute();
      assert.equal(imports.length, 5);

      // A previewed file the editor decides against is dropped, and cannot be imported later.
      await approver.get('/admin/documents/import');
      const other = await approver.upload('/admin/documents/import', 'file', { name: 'khac.csv', type: 'text/csv', data: csv([GOOD_ROWS[0]!.replace('21/KH-STTTT', '24/KH-STTTT')]) });
      const dropped = other.body.match(/name="token" value="([a-f0-9]{32})"/)![1]!;
      assert.equal((await approver.post('/admin/documents/import/discard', { token: dropped })).statusCode, 303);
      assert.equal((await approver.post('/admin/documents/import/confirm', { token: dropped })).statusCode, 422);
      assert.equal(await count(), before + 5);
    });

    test('import refuses files it cannot read, and rows that clash with the library', async () => {
      await approver.get('/admin/documents/import');
      const noFile = await approver.upload('/admin/documents/import', 'other', { name: 'x.csv', type: 'text/csv', data: Buffer.from('a') });
      assert.equal(noFile.statusCode, 422);
      assert.match(noFile.body, /Vui lòng chọn một tệp/);
      await approver.get('/admin/documents/import');
      const columns = await approver.upload('/admin/documents/import', 'file', { name: 'x.csv', type: 'text/csv', data: Buffer.from('Trích yếu\nabc\n') });
      assert.match(columns.body, /Thiếu cột bắt buộc: “Số, ký hiệu”/);
      await approver.get('/admin/documents/import');
      const clash = await approver.upload('/admin/documents/import', 'file', {
        name: 'x.csv',
        type: 'text/csv',
        data: csv(['76/NQ-CP,Nghị quyết,Chính phủ,,,15/07/2021,,,Còn hiệu lực,,Ban hành Chương trình tổng thể cải cách hành chính,', '12/XYZ-STTTT,Sắc lệnh,Sở Thông tin và Truyền thông,,,01/02/2024,,,Sắp hết,,Loại văn bản lạ,']),
      });
      assert.match(clash.body, /Dòng 2: Số, ký hiệu 76\/NQ-CP của Chính phủ năm 2021 đã có trong thư viện/);
      assert.match(clash.body, /Dòng 3: Loại văn bản “Sắc lệnh” không có trong danh mục/);
      assert.match(clash.body, /Dòng 3: Tình trạng “Sắp hết” không hợp lệ/);
    });

    test('deleting a document removes its page, search entry, files and relations', async () => {
      const created = await create({ type: 'report', numberSymbol: '77/BC-STTTT', issuedOn: '03/06/2024', summary: 'Báo cáo sẽ bị xóa khỏi thư viện' });
      const id = Number(String(created.headers.location).split('/').pop());
      await approver.get(`/admin/documents/${id}`);
      await approver.upload(`/admin/documents/${id}/attachments`, 'attachment', { name: 'bc.pdf', type: 'application/pdf', data: pdfWithText('Bao cao se bi xoa') });
      await approver.get(`/admin/documents/${id}`);
      await approver.post(`/admin/documents/${id}/relations`, { kind: 'guides', targetId: String(await idOf('45/KH-STTTT')) });
      const [file] = await t.services.documents.attachments(id);
      const slug = await slugOf('77/BC-STTTT');
      assert.equal((await approver.post(`/admin/documents/${id}/delete`)).statusCode, 303);
      assert.equal((await visitor().get(`/van-ban/${slug}`)).statusCode, 404);
      assert.equal(await t.services.storage.exists(file!.storageKey), false);
      assert.doesNotMatch((await visitor().get('/tim-kiem?q=bao+cao+se+bi+xoa')).body, new RegExp(slug));
      assert.doesNotMatch((await visitor().get(`/van-ban/${await slugOf('45/KH-STTTT')}`)).body, /77\/BC-STTTT/);
      const audit = await t.services.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'document').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['create', 'relate', 'delete']);
    });
  });
}
