// The catalogues of issue 4 in a real browser, tried as a new user would ("Done when"): a citizen types a
// procedure's name without diacritics, finds it (also through /tim-kiem), reads what to bring and what it
// costs, opens a guide and sees how the agency performs; an editor imports a spreadsheet with three bad
// rows, sees each error, fixes the file and imports it (procedures, then documents). Then axe-core checks
// the catalogue pages and the import previews with their errors shown.
// Run: node --import tsx --test test/e2e/catalogues.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testApp, type TestApp } from '../helpers/app.js';
import { assertAccessible, chromiumSkip as skip, closeAll, launchChromium, logIn, path, type Problems, startServer, submit, watchedPage } from '../helpers/browser.js';

/** The approver: imports need content.publish, which the editor account lacks. */
const APPROVER_EMAIL = 'chanhvanphong@demo.cchc.vn';
const TIMEOUT = 20_000;

/** A demo procedure (src/demo/procedures.ts) with a fee, typed without diacritics. */
const PROCEDURE = 'Cấp giấy phép hoạt động in';
const PROCEDURE_QUERY = 'cap giay phep hoat dong in';
const PROCEDURE_COMPONENT = 'Đơn đề nghị cấp giấy phép hoạt động in';
const PROCEDURE_FEE_LABEL = 'Phí thẩm định điều kiện hoạt động cơ sở in';
/** formatDong: digits grouped with dots, a no-break space, then "đ". */
const PROCEDURE_FEE = '1.500.000\u00a0đ';

const SAMPLES = join(import.meta.dirname, '../../docs/samples');

let t: TestApp;
let browser: Browser;
let base: string;
let tmp: string;
const contexts: BrowserContext[] = [];
/** Set by the journeys; the accessibility checks reuse them. */
const seen: { procedureSlug?: string; documentSlug?: string } = {};

before(async () => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'cchc-e2e-catalogues-'));
  t = await testApp('sqlite', { demo: 'full' });
  base = await startServer(t);
  browser = await launchChromium();
});

after(async () => {
  await closeAll(contexts, browser, t);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const newPage = (problems?: Problems) => watchedPage(browser, base, contexts, { timeout: TIMEOUT, problems });

/** "Có 47 thủ tục." → 47 (the catalogue's status line, digits grouped the Vietnamese way). */
async function catalogueCount(page: Page): Promise<number> {
  await page.goto('/thu-tuc-hanh-chinh');
  const text = await page.locator('main p[role="status"], p[role="status"]').first().innerText();
  const m = text.match(/Có ([\d.]+) thủ tục/);
  assert.ok(m, `dòng trạng thái của danh mục: "${text}"`);
  return Number(m[1]!.replace(/\./g, ''));
}

// ---- CSV files: built from the clean samples of docs/samples ----

const readCsv = (file: string) => parse(readFileSync(join(SAMPLES, file), 'utf8'), { bom: true, relax_column_count: true }) as string[][];
const csvCell = (value: string) => `"${value.replace(/"/g, '""')}"`;
const writeCsv = (file: string, rows: string[][]) => {
  const target = join(tmp, file);
  writeFileSync(target, '\ufeff' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');
  return target;
};

/** The new procedures the editor imports: two sample rows, under codes and names the demo does not have. */
const NEW_PROCEDURES = [
  { code: '1.099101', name: 'Cấp giấy phép xuất bản bản tin của văn phòng đại diện nước ngoài (nhập từ tệp)' },
  { code: '1.099102', name: 'Cấp lại giấy phép xuất bản bản tin của văn phòng đại diện nước ngoài (nhập từ tệp)' },
];

function procedureFiles() {
  const [header, ...rows] = readCsv('thu-tuc.csv');
  assert.ok(header && rows.length >= 5, 'docs/samples/thu-tuc.csv: tiêu đề và ít nhất 5 dòng');
  const col = (title: string) => {
    const i = header.indexOf(title);
    assert.ok(i >= 0, `thu-tuc.csv có cột “${title}”`);
    return i;
  };
  const [code, name, online] = [col('Mã thủ tục'), col('Tên thủ tục'), col('Mức độ trực tuyến')];
  const good = NEW_PROCEDURES.map((p, i) => rows[i]!.map((cell, c) => (c === code ? p.code : c === name ? p.name : cell)));
  const base3 = (i: number, code3: string, name3: string) => rows[i]!.map((cell, c) => (c === code ? code3 : c === name ? name3 : cell));
  const bad = [
    base3(2, '1.0991', 'Thủ tục thử với mã sai dạng'), // line 4: malformed code
    base3(3, '1.099104', ''), // line 5: missing name
    base3(4, '1.099105', 'Thủ tục thử với mức độ trực tuyến lạ').map((cell, c) => (c === online ? 'Mức độ 5' : cell)), // line 6: unknown online level
  ];
  const fixed = [
    base3(2, '1.099103', 'Thủ tục thử với mã đã sửa'),
    base3(3, '1.099104', 'Thủ tục thử với tên đã bổ sung'),
    base3(4, '1.099105', 'Thủ tục thử với mức độ trực tuyến đã sửa').map((cell, c) => (c === online ? 'Toàn trình' : cell)),
  ];
  return {
    bad: writeCsv('thu-tuc-loi.csv', [header, ...good, ...bad]),
    fixed: writeCsv('thu-tuc-da-sua.csv', [header, ...good, ...fixed]),
    names: [...NEW_PROCEDURES.map((p) => p.name), ...fixed.map((r) => r[name]!)],
  };
}

function documentFiles() {
  const [header, ...rows] = readCsv('van-ban.csv');
  assert.ok(header && rows.length >= 3, 'docs/samples/van-ban.csv: tiêu đề và ít nhất 3 dòng');
  const symbol = header.indexOf('Số, ký hiệu');
  assert.ok(symbol >= 0, 'van-ban.csv có cột “Số, ký hiệu”');
  const good = rows.slice(0, 2);
  const badRow = rows[2]!.map((cell, c) => (c === symbol ? '16 KH STTTT' : cell));
  return {
    bad: writeCsv('van-ban-loi.csv', [header, ...good, badRow]),
    fixed: writeCsv('van-ban-da-sua.csv', [header, ...good, rows[2]!]),
    symbols: [...good, rows[2]!].map((r) => r[symbol]!),
  };
}

// ---- 1. The citizen ----

test('người dân: tìm thủ tục không dấu (danh mục và /tim-kiem), đọc hồ sơ và phí, mở hướng dẫn, xem kết quả giải quyết', { skip, timeout: 240_000 }, async (s) => {
  const problems: Problems = { errors: [], csp: new Set() };
  const { page } = await newPage(problems);

  await s.test('từ trang chủ, mục "Tra cứu thủ tục", gõ tên không dấu và tìm thấy thủ tục', async () => {
    await page.goto('/');
    await Promise.all([page.waitForURL((url) => url.pathname === '/thu-tuc-hanh-chinh'), page.getByRole('link', { name: 'Tra cứu thủ tục', exact: true }).first().click()]);
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    const form = page.getByRole('search', { name: 'Tìm thủ tục hành chính' });
    await form.getByRole('searchbox', { name: /Tên hoặc mã thủ tục/ }).pressSequentially(PROCEDURE_QUERY);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === PROCEDURE_QUERY), form.getByRole('button', { name: 'Lọc', exact: true }).click()]);
    await page.getByRole('status').filter({ hasText: /Tìm thấy \d+ thủ tục/ }).waitFor();
    const link = page.locator('.search-results').getByRole('link', { name: PROCEDURE, exact: true });
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href ?? '', /^\/thu-tuc-hanh-chinh\/[a-z0-9-]+$/);
    seen.procedureSlug = href!.split('/').pop()!;
    // The first hit should be the procedure whose whole name was typed.
    assert.equal((await page.locator('.search-results > li h2 a').first().innerText()).trim(), PROCEDURE, 'thủ tục gõ đủ tên đứng đầu kết quả');
  });

  await s.test('tìm thấy cả qua ô tìm kiếm chung của cổng (/tim-kiem)', async () => {
    assert.ok(seen.procedureSlug, 'bước trước chưa tìm thấy thủ tục');
    await page.goto('/');
    const search = page.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' });
    await search.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).pressSequentially(PROCEDURE_QUERY);
    await Promise.all([page.waitForURL((url) => url.pathname === '/tim-kiem'), search.getByRole('button', { name: 'Tìm', exact: true }).click()]);
    const hit = page.locator('.search-results').getByRole('link', { name: PROCEDURE, exact: true });
    await hit.waitFor();
    assert.equal(await hit.getAttribute('href'), `/thu-tuc-hanh-chinh/${seen.procedureSlug}`);
    await Promise.all([page.waitForURL((url) => url.pathname === `/thu-tuc-hanh-chinh/${seen.procedureSlug}`), hit.click()]);
    await page.getByRole('heading', { level: 1, name: PROCEDURE }).waitFor();
  });

  await s.test('đọc "Thành phần hồ sơ" (mang theo gì) và "Phí, lệ phí" (bao nhiêu tiền)', async () => {
    const components = page.locator('#thanh-phan-ho-so');
    await components.getByRole('heading', { level: 2, name: 'Thành phần hồ sơ' }).waitFor();
    const names = (await components.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((x) => x.trim());
    assert.ok(names.includes(PROCEDURE_COMPONENT), `thành phần hồ sơ: ${names.join(' | ')}`);
    const template = components.getByRole('link', { name: /^Tải / }).first();
    const templateResponse = await page.request.get((await template.getAttribute('href'))!);
    assert.equal(templateResponse.status(), 200, 'mẫu đơn tải về được');

    const fees = page.locator('#phi-le-phi');
    await fees.getByRole('heading', { level: 2, name: 'Phí, lệ phí' }).waitFor();
    const row = fees.locator('tbody tr').filter({ hasText: PROCEDURE_FEE_LABEL });
    assert.equal((await row.locator('td').nth(1).innerText()).trim(), PROCEDURE_FEE);
    // The summary at the top says the same amount, linked to the fee section.
    assert.equal((await page.getByRole('link', { name: PROCEDURE_FEE, exact: true }).getAttribute('href')), '#phi-le-phi');
  });

  await s.test('mở một hướng dẫn từ khối "Làm trực tuyến": các bước có ảnh chụp màn hình tải được', async () => {
    const online = page.getByRole('region', { name: 'Làm trực tuyến' });
    const guides = online.locator('a[href^="/tin-tuc/"]');
    assert.ok((await guides.count()) > 0, 'khối "Làm trực tuyến" có liên kết tới các bài hướng dẫn');
    const guide = guides.first();
    const title = (await guide.innerText()).trim();
    const href = (await guide.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.pathname === href), guide.click()]);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const images = page.locator('.article__body figure img');
    const count = await images.count();
    assert.ok(count >= 2, `hướng dẫn "${title}" có ảnh cho các bước (thấy ${count})`);
    assert.ok((await page.locator('.article__body').getByRole('heading', { level: 2 }).count()) >= 2 || (await page.locator('.article__body figcaption').count()) >= 2, 'các bước của hướng dẫn');
    const widths = await images.evaluateAll(async (imgs) =>
      Promise.all(
        (imgs as HTMLImageElement[]).map(async (img) => {
          img.loading = 'eager';
          await img.decode().catch(() => {});
          return { src: img.currentSrc || img.src, width: img.naturalWidth };
        }),
      ),
    );
    const broken = widths.filter((w) => !(w.width > 0));
    assert.deepEqual(broken, [], 'mọi ảnh các bước của hướng dẫn đều tải được (naturalWidth > 0)');
  });

  await s.test('xem kết quả giải quyết: biểu đồ SVG, bảng số liệu, đổi năm thì số liệu đổi', async () => {
    await page.goto('/ket-qua-giai-quyet-tthc');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const charts = page.locator('figure.stat-figure .stat-figure__chart svg');
    assert.equal(await charts.count(), 3, 'ba biểu đồ SVG vẽ sẵn trên máy chủ');
    assert.ok((await page.locator('figure.stat-figure table').count()) >= 3, 'mỗi biểu đồ có bảng số liệu bên cạnh');
    const year = page.getByLabel('Năm', { exact: true });
    const before = await year.inputValue();
    const figures = () => page.locator('.card__value').allInnerTexts();
    const table = () => page.locator('figure.stat-figure table').first().innerText();
    const [figuresBefore, tableBefore] = [await figures(), await table()];
    const other = (await year.locator('option').evaluateAll((options) => (options as HTMLOptionElement[]).map((o) => o.value))).find((v) => /^\d{4}$/.test(v) && v !== before);
    assert.ok(other, `có năm khác để chọn (đang chọn ${before})`);
    await year.selectOption(other);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('nam') === other), page.getByRole('search', { name: 'Lọc số liệu giải quyết thủ tục hành chính' }).getByRole('button', { name: 'Lọc' }).click()]);
    assert.equal(await page.getByLabel('Năm', { exact: true }).inputValue(), other);
    assert.equal(await charts.count(), 3);
    assert.notDeepEqual(await figures(), figuresBefore, `số liệu chính đổi khi chọn năm ${other} thay vì ${before}`);
    assert.notEqual(await table(), tableBefore, 'bảng số liệu đổi theo năm');
    assert.match(await page.locator('figure.stat-figure table').first().innerText(), new RegExp(other));
  });

  await s.test('không có lỗi JavaScript, tài nguyên hỏng hay vi phạm CSP', () => {
    assert.deepEqual(problems.errors, [], 'lỗi JavaScript hoặc tài nguyên hỏng trong trình duyệt');
    assert.deepEqual([...problems.csp], [], 'vi phạm Content-Security-Policy');
  });
});

// ---- 2. The editor ----

test('biên tập: nhập tệp có dòng lỗi, thấy từng lỗi, không dòng nào được nhập; sửa tệp, nhập lại, thấy trên cổng', { skip, timeout: 240_000 }, async (s) => {
  const problems: Problems = { errors: [], csp: new Set() };
  const { page } = await newPage(problems);
  const { page: citizen } = await newPage(problems);
  const procedureCsv = procedureFiles();
  const documentCsv = documentFiles();

  await s.test('thủ tục: tệp có 3 dòng lỗi → lỗi từng dòng, số thủ tục trên cổng không đổi', async () => {
    const countBefore = await catalogueCount(citizen);
    await logIn(page, APPROVER_EMAIL);
    await page.goto('/admin/procedures/import');
    await page.getByRole('heading', { level: 1, name: /Nhập thủ tục hành chính/ }).waitFor();
    await page.getByLabel(/^Tệp thủ tục/).setInputFiles(procedureCsv.bad);
    const response = await submit(page, 'Kiểm tra tệp');
    assert.equal(response?.status(), 422, 'tệp có lỗi bị từ chối');
    const alert = page.getByRole('alert').filter({ hasText: 'chưa nhập dòng nào' });
    await alert.waitFor();
    const items = (await alert.locator('li').allInnerTexts()).map((x) => x.trim());
    const lines = new Set(items.map((x) => x.match(/^Dòng (\d+)/)?.[1]));
    assert.deepEqual([...lines].sort(), ['4', '5', '6'], `các dòng lỗi: ${items.join(' | ')}`);
    assert.ok(items.some((x) => x.startsWith('Dòng 4') && /Mã thủ tục/.test(x)), `dòng 4: mã sai dạng — ${items.join(' | ')}`);
    assert.ok(items.some((x) => x.startsWith('Dòng 5') && /Tên thủ tục/.test(x)), `dòng 5: thiếu tên — ${items.join(' | ')}`);
    assert.ok(items.some((x) => x.startsWith('Dòng 6') && /Mức độ 5/.test(x)), `dòng 6: mức độ trực tuyến lạ — ${items.join(' | ')}`);
    // The preview table marks the same rows.
    const preview = page.getByRole('table', { name: 'Xem trước các dòng của tệp' });
    assert.equal(await preview.locator('tbody tr').count(), 5);
    assert.equal(await preview.locator('tbody tr').filter({ hasText: 'Lỗi' }).count(), 3);
    assert.equal(await page.getByRole('button', { name: /^Nhập \d+ thủ tục$/ }).count(), 0, 'không có nút nhập khi tệp còn lỗi');
    assert.equal(await catalogueCount(citizen), countBefore, 'không thủ tục nào được nhập');
  });

  await s.test('thủ tục: tệp đã sửa → xem trước hợp lệ, xác nhận, thủ tục mới có trên cổng', async () => {
    const countBefore = await catalogueCount(citizen);
    await page.getByLabel(/^Tệp thủ tục/).setInputFiles(procedureCsv.fixed);
    let response = await submit(page, 'Kiểm tra tệp');
    assert.equal(response?.status(), 200);
    await page.getByRole('status').filter({ hasText: 'Tệp hợp lệ: 5 thủ tục' }).waitFor();
    response = await submit(page, 'Nhập 5 thủ tục');
    assert.equal(response?.status(), 200);
    assert.equal(path(page), '/admin/procedures');
    await page.getByRole('status').filter({ hasText: /Đã nhập 5 thủ tục: 5 thêm mới/ }).waitFor();
    assert.equal(await catalogueCount(citizen), countBefore + 5, 'danh mục trên cổng có thêm 5 thủ tục');
    const form = citizen.getByRole('search', { name: 'Tìm thủ tục hành chính' });
    await form.getByRole('searchbox', { name: /Tên hoặc mã thủ tục/ }).fill('nhap tu tep');
    await Promise.all([citizen.waitForURL((url) => url.searchParams.get('q') === 'nhap tu tep'), form.getByRole('button', { name: 'Lọc', exact: true }).click()]);
    for (const p of NEW_PROCEDURES) await citizen.locator('.search-results').getByRole('link', { name: p.name, exact: true }).waitFor();
    await citizen.goto(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('1.099105')}`);
    const link = citizen.locator('.search-results').getByRole('link', { name: procedureCsv.names[4]!, exact: true });
    await Promise.all([citizen.waitForURL((url) => url.pathname.startsWith('/thu-tuc-hanh-chinh/')), link.click()]);
    await citizen.getByRole('heading', { level: 1, name: procedureCsv.names[4]! }).waitFor();
  });

  await s.test('văn bản: một dòng có số, ký hiệu sai → lỗi dòng 4, không nhập; sửa tệp → nhập, có trên /van-ban', async () => {
    await page.goto('/admin/documents/import');
    await page.getByRole('heading', { level: 1, name: /Nhập văn bản/ }).waitFor();
    await page.getByLabel('Tệp CSV (UTF-8) hoặc XLSX').setInputFiles(documentCsv.bad);
    let response = await submit(page, 'Xem trước');
    assert.equal(response?.status(), 422, 'tệp có lỗi bị từ chối');
    const alert = page.getByRole('alert').filter({ hasText: 'chưa nhập dòng nào' });
    await alert.waitFor();
    const items = (await alert.locator('li').allInnerTexts()).map((x) => x.trim());
    assert.ok(items.length >= 1 && items.every((x) => x.startsWith('Dòng 4')), `lỗi chỉ ở dòng 4: ${items.join(' | ')}`);
    assert.equal(await page.getByRole('button', { name: /^Nhập \d+ văn bản$/ }).count(), 0, 'không có nút nhập khi tệp còn lỗi');
    for (const symbol of documentCsv.symbols.slice(0, 2)) {
      await citizen.goto(`/van-ban?q=${encodeURIComponent(symbol)}`);
      assert.match(await citizen.getByRole('status').first().innerText(), /Không/, `văn bản ${symbol} chưa được nhập`);
    }

    await page.getByLabel('Tệp CSV (UTF-8) hoặc XLSX').setInputFiles(documentCsv.fixed);
    response = await submit(page, /^Tải tệp khác lên$|^Xem trước$/);
    assert.equal(response?.status(), 200);
    await page.getByText('Mọi dòng đều hợp lệ.').waitFor();
    response = await submit(page, 'Nhập 3 văn bản');
    assert.equal(response?.status(), 200);
    assert.equal(path(page), '/admin/documents');
    await page.getByRole('status').filter({ hasText: 'Đã nhập 3 văn bản' }).waitFor();
    for (const symbol of documentCsv.symbols) {
      await citizen.goto(`/van-ban?q=${encodeURIComponent(symbol)}`);
      assert.doesNotMatch(await citizen.getByRole('status').first().innerText(), /Không/, `văn bản ${symbol} có trên /van-ban`);
      assert.ok((await citizen.locator('main').innerText()).includes(symbol), `/van-ban?q=${symbol} hiện văn bản vừa nhập`);
    }
  });

  await s.test('không có lỗi JavaScript, tài nguyên hỏng hay vi phạm CSP', () => {
    assert.deepEqual(problems.errors, [], 'lỗi JavaScript hoặc tài nguyên hỏng trong trình duyệt');
    assert.deepEqual([...problems.csp], [], 'vi phạm Content-Security-Policy');
  });
});

// ---- 3. axe-core ----

test('các trang danh mục và trang nhập tệp không có vi phạm WCAG 2.1 A/AA (axe-core)', { skip, timeout: 240_000 }, async (s) => {
  const { page } = await newPage();

  await s.test('thư viện văn bản /van-ban', async () => {
    await page.goto('/van-ban');
    await page.getByRole('heading', { level: 1, name: 'Văn bản' }).waitFor();
    seen.documentSlug ??= (await page.locator('main a[href^="/van-ban/"]').first().getAttribute('href'))!.split('/').pop()!;
    await assertAccessible(page, 'thư viện văn bản');
  });

  await s.test('trang chi tiết văn bản', async () => {
    assert.ok(seen.documentSlug, 'không tìm thấy văn bản nào trong /van-ban');
    await page.goto(`/van-ban/${seen.documentSlug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Số, ký hiệu').first().waitFor();
    await assertAccessible(page, 'trang chi tiết văn bản');
  });

  await s.test('danh mục thủ tục /thu-tuc-hanh-chinh', async () => {
    await page.goto('/thu-tuc-hanh-chinh');
    await page.getByRole('heading', { level: 1, name: 'Thủ tục hành chính' }).waitFor();
    seen.procedureSlug ??= (await page.locator('.search-results a[href^="/thu-tuc-hanh-chinh/"]').first().getAttribute('href'))!.split('/').pop()!;
    await assertAccessible(page, 'danh mục thủ tục');
  });

  await s.test('trang chi tiết thủ tục', async () => {
    await page.goto(`/thu-tuc-hanh-chinh/${seen.procedureSlug}`);
    await page.getByRole('heading', { level: 2, name: 'Thành phần hồ sơ' }).waitFor();
    await assertAccessible(page, 'trang chi tiết thủ tục');
  });

  await s.test('bản in của thủ tục', async () => {
    await page.goto(`/thu-tuc-hanh-chinh/${seen.procedureSlug}/in`);
    await page.getByRole('heading', { level: 2, name: 'Thành phần hồ sơ' }).waitFor();
    // What a citizen prints: the same papers and amounts, and the online address written out instead of buttons.
    assert.ok((await page.locator('#thanh-phan-ho-so tbody tr').count()) > 0, 'bản in có thành phần hồ sơ');
    assert.ok((await page.locator('#phi-le-phi').innerText()).length > 0, 'bản in có phí, lệ phí');
    assert.equal(await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).count(), 0, 'bản in không có nút bấm');
    assert.equal(await page.locator('head meta[name="robots"][content="noindex"]').count(), 1, 'bản in không được lập chỉ mục');
    await assertAccessible(page, 'bản in của thủ tục');
  });

  await s.test('kết quả giải quyết TTHC /ket-qua-giai-quyet-tthc', async () => {
    await page.goto('/ket-qua-giai-quyet-tthc');
    await page.locator('figure.stat-figure svg').first().waitFor();
    await assertAccessible(page, 'trang kết quả giải quyết TTHC');
  });

  await s.test('trang nhập thủ tục, xem trước tệp có lỗi', async () => {
    await logIn(page, APPROVER_EMAIL);
    await page.goto('/admin/procedures/import');
    await page.getByLabel(/^Tệp thủ tục/).setInputFiles(procedureFiles().bad);
    await submit(page, 'Kiểm tra tệp');
    await page.getByRole('alert').filter({ hasText: 'chưa nhập dòng nào' }).waitFor();
    await assertAccessible(page, 'trang nhập thủ tục (xem trước có lỗi)');
  });

  await s.test('trang nhập văn bản, xem trước tệp có lỗi', async () => {
    await page.goto('/admin/documents/import');
    await page.getByLabel('Tệp CSV (UTF-8) hoặc XLSX').setInputFiles(documentFiles().bad);
    await submit(page, 'Xem trước');
    await page.getByRole('alert').filter({ hasText: 'chưa nhập dòng nào' }).waitFor();
    await assertAccessible(page, 'trang nhập văn bản (xem trước có lỗi)');
  });
});
