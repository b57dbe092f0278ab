import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { systemContext } from '../../platform/auth/actor.js';
import { ImportRejected } from '../../platform/import/spreadsheet.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

const APPROVER = 'chanhvanphong@demo.cchc.vn';
const EDITOR = 'bientap@demo.cchc.vn';
const HEADER = 'Năm,Tháng,Lĩnh vực,Tiếp nhận trực tuyến,Tiếp nhận trực tiếp,Giải quyết đúng hạn,Giải quyết quá hạn,Đang giải quyết,Quá hạn chưa giải quyết';

type Line = [year: number, month: number, field: string, online: number, inPerson: number, onTime: number, late: number, inProgress: number, overdue: number];

/**
 * Two fields over 2024 and 2025. Báo chí: online 10×month in 2025 (5×month in 2024), 2 in person,
 * 9 on time and 1 late; Bưu chính: 3 online, 2 in person, 5 on time, none late. In progress = month.
 */
function dataset(): Line[] {
  const lines: Line[] = [];
  for (const year of [2024, 2025]) {
    for (let month = 1; month <= 12; month++) {
      lines.push([year, month, 'Báo chí', (year === 2025 ? 10 : 5) * month, 2, 9, 1, month, month === 12 ? 1 : 0]);
      lines.push([year, month, 'Bưu chính', 3, 2, 5, 0, month, 0]);
    }
  }
  return lines;
}

const cell = (c: string | number) => (/[",]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c));
const csv = (lines: (Line | string[])[]) => Buffer.from(`${HEADER}\n${lines.map((l) => l.map(cell).join(',')).join('\n')}\n`);

/** The text of the key-figure card with that title. */
function card(body: string, title: string) {
  const match = new RegExp(`<h3 class="card__title">${title}</h3><p class="card__value">([^<]+)</p>`).exec(body);
  assert.ok(match, `card ${title}`);
  return match[1];
}

for (const engine of engines()) {
  describe(`published resolution statistics (${engine})`, () => {
    const clock = fixedClock('2026-06-15T02:00:00Z');
    let t: TestApp;
    let approver: ReturnType<typeof agent>;

    const count = async () => Number((await t.services.db.selectFrom('resolution_statistics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      t = await testApp(engine, { clock });
      approver = agent(t.app);
      await approver.login(APPROVER, DEMO_PASSWORD);
      const result = await t.services.statistics.importFile(systemContext('test'), csv(dataset()), 'test.csv');
      assert.deepEqual(result, { imported: 48, inserted: 48, replaced: 0 });
    });
    after(() => t.close());

    test('the page shows key figures, three SVG charts each with its data table, in Vietnamese', async () => {
      const page = await agent(t.app).get('/ket-qua-giai-quyet-tthc');
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.match(body, /<h1>Kết quả giải quyết thủ tục hành chính<\/h1>/);
      assert.match(body, /href="\/ket-qua-giai-quyet-tthc" aria-current="page"/, 'in the main navigation');
      // The latest year with data is the default: 2025.
      assert.match(body, /<option value="2025" selected>2025<\/option>/);
      // Received: Báo chí 10 × (1 + … + 12) online + 24 in person, Bưu chính 36 + 24.
      assert.equal(card(body, 'Tổng hồ sơ tiếp nhận'), '864');
      assert.equal(card(body, 'Tỷ lệ tiếp nhận trực tuyến'), '94,4%'); // 816 / 864
      assert.equal(card(body, 'Tỷ lệ giải quyết đúng hạn'), '93,3%'); // 168 / 180
      // Open dossiers are a stock: those at the end of December, not a sum of twelve months.
      assert.equal(card(body, 'Hồ sơ đang giải quyết'), '25');

      const svgs = [...body.matchAll(/<svg class="chart-svg"[^>]*>/g)].map((m) => m[0]);
      assert.equal(svgs.length, 3);
      for (const svg of svgs) assert.match(svg, /role="img" aria-label="Biểu đồ [^"]+"/);
      assert.match(svgs[0]!, /aria-label="Biểu đồ cột chồng: hồ sơ tiếp nhận theo tháng, năm 2025\. Tổng 864 hồ sơ, trong đó trực tuyến 816, trực tiếp 48; nhiều nhất tháng 12\/2025 với 127 hồ sơ\."/);
      assert.doesNotMatch(body, /<script(?![^>]*src=)/, 'no inline script');
      assert.doesNotMatch(body, /\sstyle="/, 'no style attribute (CSP style-src \'self\')');
      assert.match(body, />Trực tuyến<\/text>/);
      assert.match(body, />Tỷ lệ giải quyết đúng hạn<\/text>/);

      const figures = [...body.matchAll(/<figure class="stat-figure"[\s\S]*?<\/figure>/g)].map((m) => m[0]);
      assert.equal(figures.length, 3);
      for (const figure of figures) {
        assert.match(figure, /<figcaption class="stat-figure__caption">Hình \d\. [^<]+<\/figcaption>/);
        assert.match(figure, /<table class="table"><caption class="visually-hidden">Bảng \d\. [^<]+<\/caption>/);
        assert.match(figure, /<th scope="col">/);
        assert.match(figure, /<th scope="row">/);
      }
      assert.match(figures[0]!, /<th scope="row"><abbr title="tháng 3\/2025">T3<\/abbr><\/th><td class="num">33<\/td><td class="num">4<\/td><td class="num">37<\/td>/);
      assert.match(figures[2]!, /<th scope="row">Báo chí<\/th><td class="num">804<\/td><td class="num">97,0%<\/td>/);
      assert.match(body, /href="\/ket-qua-giai-quyet-tthc\.csv\?nam=2025"/);
      assert.match(body, /href="\/ket-qua-giai-quyet-tthc\.xlsx\?nam=2025"/);
    });

    test('year, quarter and field filters change the numbers; a wrong filter is explained', async () => {
      const visitor = agent(t.app);
      const q2 = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2025&quy=2');
      assert.equal(q2.statusCode, 200);
      assert.equal(card(q2.body, 'Tổng hồ sơ tiếp nhận'), '171'); // 150 + 6 + 9 + 6
      assert.equal(card(q2.body, 'Hồ sơ đang giải quyết'), '12'); // as at the end of June
      assert.match(q2.body, /quý ii năm 2025/);
      assert.equal([...q2.body.matchAll(/<abbr title="tháng \d+\/2025">/g)].length, 6, 'three months in each monthly table');

      const y2024 = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2024');
      assert.equal(card(y2024.body, 'Tổng hồ sơ tiếp nhận'), '474');

      const field = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2025&linh-vuc=bao-chi');
      assert.equal(card(field.body, 'Tổng hồ sơ tiếp nhận'), '804');
      assert.equal(card(field.body, 'Tỷ lệ giải quyết đúng hạn'), '90,0%');
      assert.match(field.body, /<option value="bao-chi" selected>Báo chí<\/option>/);
      assert.match(field.body, /năm 2025, lĩnh vực Báo chí/);

      const all = await visitor.get('/ket-qua-giai-quyet-tthc?nam=tat-ca');
      assert.equal(card(all.body, 'Tổng hồ sơ tiếp nhận'), '1.338'); // 864 + 474: Vietnamese grouping
      assert.match(all.body, /<abbr title="tháng 1\/2024">T1\/2024<\/abbr>/);

      const wrong = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2019&quy=7');
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /Quý không hợp lệ/);
      const noData = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2019');
      assert.equal(noData.statusCode, 422);
      assert.match(noData.body, /Chưa có số liệu năm 2019/);
      assert.equal(card(noData.body, 'Tổng hồ sơ tiếp nhận'), '864', 'the default view is still shown');
    });

    test('the page is cached by filter and served again with its ETag', async () => {
      const visitor = agent(t.app);
      const first = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2025&quy=1');
      const again = await visitor.get('/ket-qua-giai-quyet-tthc?nam=2025&quy=1', { 'if-none-match': String(first.headers.etag) });
      assert.equal(again.statusCode, 304);
    });

    test('CSV download: UTF-8 with a BOM for Excel, Vietnamese headers, the filtered rows', async () => {
      const response = await agent(t.app).get('/ket-qua-giai-quyet-tthc.csv?nam=2025&quy=1');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv; charset=utf-8/);
      assert.match(String(response.headers['content-disposition']), /attachment; filename="ket-qua-giai-quyet-tthc-2025-quy-1\.csv"/);
      const bytes = response.rawPayload;
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
      assert.equal(lines[0], HEADER);
      assert.deepEqual(lines.slice(1), [
        '2025,1,Báo chí,10,2,9,1,1,0',
        '2025,1,Bưu chính,3,2,5,0,1,0',
        '2025,2,Báo chí,20,2,9,1,2,0',
        '2025,2,Bưu chính,3,2,5,0,2,0',
        '2025,3,Báo chí,30,2,9,1,3,0',
        '2025,3,Bưu chính,3,2,5,0,3,0',
      ]);
      const field = await agent(t.app).get('/ket-qua-giai-quyet-tthc.csv?nam=tat-ca&linh-vuc=buu-chinh');
      assert.equal(field.body.trimEnd().split('\r\n').length, 1 + 24);
    });

    test('XLSX download opens with exceljs and has the rows, numbers and rates', async () => {
      const response = await agent(t.app).get('/ket-qua-giai-quyet-tthc.xlsx?nam=2024&linh-vuc=bao-chi');
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Số liệu')!;
      assert.ok(sheet);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      assert.deepEqual(header.slice(0, 9), HEADER.split(','));
      assert.deepEqual(header.slice(9), ['Tổng tiếp nhận', 'Tỷ lệ tiếp nhận trực tuyến', 'Tỷ lệ giải quyết đúng hạn']);
      assert.equal(sheet.actualRowCount, 1 + 12);
      const march = (sheet.getRow(4).values as unknown[]).slice(1);
      assert.deepEqual(march, [2024, 3, 'Báo chí', 15, 2, 9, 1, 3, 0, 17, 15 / 17, 0.9]);
      assert.equal(sheet.getRow(4).getCell(11).numFmt, '0.0%');
    });

    test('an upload with bad rows shows every error and imports nothing', async () => {
      const before = await count();
      await approver.get('/admin/statistics/import');
      const bad = csv([
        [2025, 1, 'Báo chí', 11, 2, 9, 1, 1, 0],
        ['2025', '13', 'Bưu chính', '3', '2', '5', '0', '1', '0'],
        ['2025', '2', 'Viễn thông và Internet', '1.5', '2', '', '0', '1', '0'],
        ['2026', '9', '=HYPERLINK("x")', '3', '2', '5', '0', '1', '0'],
      ]);
      const response = await approver.upload('/admin/statistics/import', 'file', { name: 'ket-qua.csv', type: 'text/csv', data: bad });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Tệp có 5 lỗi; chưa nhập dòng nào/);
      assert.match(response.body, /Dòng 3, cột “Tháng”: “13” không phải tháng hợp lệ/);
      assert.match(response.body, /Dòng 4, cột “Tiếp nhận trực tuyến”: “1\.5” không phải số nguyên không âm/);
      assert.match(response.body, /Dòng 4, cột “Giải quyết đúng hạn”: Để trống; nếu không có hồ sơ, hãy ghi 0\./);
      assert.match(response.body, /Dòng 5, cột “Tháng”: Tháng 9\/2026 chưa đến/);
      assert.match(response.body, /Dòng 5, cột “Lĩnh vực”: Tên lĩnh vực “=HYPERLINK\(&quot;x&quot;\)” phải bắt đầu bằng chữ hoặc số\./);
      assert.equal(await count(), before);
      const rows = await t.services.statistics.report((await t.services.statistics.portalOrganizationId())!, { nam: '2025', quy: '1', 'linh-vuc': 'bao-chi' });
      assert.equal(rows.report.rows[0]!.receivedOnline, 10, 'the good row of a bad file is not imported either');

      const missing = await approver.upload('/admin/statistics/import', 'file', { name: 'sai.csv', type: 'text/csv', data: Buffer.from('Năm,Tháng\n2025,1\n') });
      assert.equal(missing.statusCode, 422);
      assert.match(missing.body, /Dòng 1: Thiếu cột bắt buộc: “Lĩnh vực”/);
    });

    test('the fixed file is previewed, then imported, replacing the rows it repeats', async () => {
      const before = await count();
      await approver.get('/admin/statistics/import');
      const fixed = csv([
        [2025, 1, 'Báo chí', 11, 2, 9, 1, 1, 0],
        [2025, 2, 'Viễn thông và Internet', 15, 2, 14, 0, 1, 0],
      ]);
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Số liệu');
      for (const line of fixed.toString('utf8').trim().split('\n')) sheet.addRow(line.split(',').map((c, i) => (i === 2 || Number.isNaN(Number(c)) ? c : Number(c))));
      const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

      const uploaded = await approver.upload('/admin/statistics/import', 'file', { name: 'ket-qua-da-sua.xlsx', type: 'application/octet-stream', data: xlsx });
      assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 500));
      const previewUrl = String(uploaded.headers.location);
      const preview = await approver.get(previewUrl);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /2 dòng, trong đó 1 dòng mới và 1 dòng thay thế/);
      assert.match(preview.body, /Thay thế/);
      assert.equal(await count(), before, 'nothing is written before the confirmation');
      // Another person cannot see or confirm someone else's upload.
      const editor = agent(t.app);
      await editor.login('quantri@demo.cchc.vn', DEMO_PASSWORD);
      assert.equal((await editor.get(previewUrl)).statusCode, 404);

      const cachedBefore = await agent(t.app).get('/ket-qua-giai-quyet-tthc?nam=2025');
      const confirmed = await approver.post(previewUrl);
      assert.equal(confirmed.statusCode, 303);
      assert.equal(confirmed.headers.location, '/admin/statistics');
      assert.match((await approver.get('/admin/statistics')).body, /Đã nhập 2 dòng số liệu: 1 dòng mới, 1 dòng thay thế\./);
      assert.equal(await count(), before + 1);
      assert.equal((await approver.post(previewUrl)).statusCode, 404, 'a second click imports nothing');

      const page = await agent(t.app).get('/ket-qua-giai-quyet-tthc?nam=2025');
      assert.notEqual(page.headers.etag, cachedBefore.headers.etag, 'the cached page was dropped');
      assert.equal(card(page.body, 'Tổng hồ sơ tiếp nhận'), String(864 + 1 + 17));
      assert.match(page.body, /<option value="vien-thong-va-internet">Viễn thông và Internet<\/option>/);
      const audit = await t.services.db.selectFrom('audit_log').select(['summary', 'actor_name']).where('action', '=', 'import').where('summary', 'like', '%ket-qua-da-sua.xlsx%').executeTakeFirstOrThrow();
      assert.match(audit.summary, /2 dòng số liệu .*1 dòng mới, 1 dòng thay thế/);
      assert.equal(audit.actor_name, 'Vi Thị Hồng');
    });

    test('the shipped sample imports, and the CLI path refuses a bad file with every problem', async () => {
      const sample = readFileSync(new URL('../../../docs/samples/ket-qua-tthc.csv', import.meta.url));
      const result = await t.services.statistics.importFile(systemContext('cli'), sample);
      assert.equal(result.imported, 6);
      const downloaded = await approver.get('/admin/statistics/mau.csv');
      assert.deepEqual(downloaded.rawPayload, sample);
      await assert.rejects(
        t.services.statistics.importFile(systemContext('cli'), csv([['2025', '0', '', 'x', '1', '1', '1', '1', '1']])),
        (error: unknown) => error instanceof ImportRejected && error.problems.length === 3 && error.problems.every((p) => p.line === 2),
      );
    });

    test('correcting one row: 422 with the input kept, then saved, audited and published', async () => {
      const organizationId = (await t.services.statistics.portalOrganizationId())!;
      const row = (await t.services.statistics.report(organizationId, { nam: '2025', quy: '2', 'linh-vuc': 'buu-chinh' })).report.rows.find((r) => r.month === 4)!;
      const form = await approver.get(`/admin/statistics/${row.id}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Sửa số liệu: Bưu chính, tháng 4\/2025/);
      assert.match(form.body, /<input id="f-receivedOnline" name="receivedOnline" [^>]*value="3"/);

      const invalid = await approver.post(`/admin/statistics/${row.id}`, {
        receivedOnline: '-1',
        receivedInPerson: '1.500',
        resolvedOnTime: '',
        resolvedLate: '0',
        inProgress: '4',
        overdue: '0',
      });
      assert.equal(invalid.statusCode, 422);
      assert.match(invalid.body, /Có 3 lỗi cần sửa/);
      assert.match(invalid.body, /Tiếp nhận trực tuyến: nhập số nguyên không âm/);
      assert.match(invalid.body, /Tiếp nhận trực tiếp: nhập số nguyên không âm/);
      assert.match(invalid.body, /Vui lòng nhập giải quyết đúng hạn\./);
      assert.match(invalid.body, /name="receivedOnline" [^>]*value="-1"/);
      assert.match(invalid.body, /name="receivedInPerson" [^>]*value="1.500"/);

      const saved = await approver.post(`/admin/statistics/${row.id}`, { receivedOnline: '40', receivedInPerson: '2', resolvedOnTime: '5', resolvedLate: '0', inProgress: '4', overdue: '0' });
      assert.equal(saved.statusCode, 303);
      const audit = await t.services.db.selectFrom('audit_log').select(['changes', 'summary']).where('subject_type', '=', 'resolution_statistics').where('subject_id', '=', String(row.id)).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(audit.changes), { receivedOnline: [3, 40] });
      assert.match(audit.summary, /Sửa số liệu Bưu chính, tháng 4\/2025/);
      const page = await agent(t.app).get('/ket-qua-giai-quyet-tthc?nam=2025&quy=2&linh-vuc=buu-chinh');
      assert.equal(card(page.body, 'Tổng hồ sơ tiếp nhận'), String(40 + 2 + 5 + 5));
    });

    test('the public reads; only content.publish manages, in its own organization', async () => {
      assert.equal((await agent(t.app).get('/admin/statistics')).statusCode, 303);
      const editor = agent(t.app);
      await editor.login(EDITOR, DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/statistics')).statusCode, 403);
      assert.equal((await editor.get('/admin/statistics/import')).statusCode, 403);
      const list = await approver.get('/admin/statistics?nam=2025&linh-vuc=bao-chi');
      assert.equal(list.statusCode, 200);
      assert.equal([...list.body.matchAll(/<th scope="row">Báo chí<\/th>/g)].length, 12);
      assert.match(list.body, /href="\/admin\/statistics"[^>]*>Kết quả giải quyết TTHC<\/a>/);
    });
  });
}
