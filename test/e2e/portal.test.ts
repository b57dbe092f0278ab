// The portal journey of issue 3 in a real browser: an editor writes an article (pasting from Word),
// adds a cover and submits it; an approver publishes it; a citizen finds it by a query typed without
// diacritics, reads it and sees it in the RSS feed. Then axe-core checks the pages the journey used.
// Run: node --import tsx --test test/e2e/portal.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { foldVi } from '../../src/shared/text.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { assertAccessible, chromiumSkip as skip, closeAll, launchChromium, logIn, path, type Problems, startServer, submit, watchedPage } from '../helpers/browser.js';

const EDITOR_EMAIL = 'bientap@demo.cchc.vn';
const APPROVER_EMAIL = 'chanhvanphong@demo.cchc.vn';
const TIMEOUT = 15_000;
/** BASE_URL of the test app: feeds and canonical links are absolute on it. */
const PUBLIC_BASE = 'http://cchc.test';

const TITLE = 'Hướng dẫn thanh toán điện tử phí hồ sơ đất đai';
const SAPO = 'Từ ngày 01/7, người dân thanh toán điện tử phí hồ sơ đất đai ngay trên Cổng Dịch vụ công, không phải đến Bộ phận Một cửa.';
const QUERY = 'thanh toan dien tu dat dai';
const CATEGORY = 'Tin tức CCHC';
const HEADING = 'Các bước thanh toán trực tuyến';
const BOLD = 'phí hồ sơ đất đai';
const ITALIC = 'ví điện tử hoặc thẻ ngân hàng';
const LIST = ['Đăng nhập bằng tài khoản định danh điện tử', 'Chọn hồ sơ cần thanh toán', 'Xác nhận giao dịch và lưu biên lai'];
const CELLS = [
  ['Loại phí', 'Mức thu', 'Hình thức nộp'],
  ['Lệ phí cấp giấy chứng nhận', '100.000 đồng', 'Chuyển khoản điện tử'],
];

/** What Word puts on the clipboard (text/html): a whole document, Mso classes, mso- styles, list paragraphs, conditional comments. */
const wordListItem = (position: 'First' | 'Middle' | 'Last', text: string) =>
  `<p class=MsoListParagraphCxSp${position} style='margin-left:.5in;mso-add-space:auto;text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>${text}<o:p></o:p></span></p>`;
const wordCell = (text: string, bold: boolean) =>
  `<td width=208 valign=top style='width:155.8pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt'><p class=MsoNormal><span lang=VI>${bold ? `<b>${text}</b>` : text}<o:p></o:p></span></p></td>`;
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/CANBO~1/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0in;font-size:12.0pt;font-family:"Times New Roman",serif;} --></style></head>
<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>
<!--StartFragment--><h1 style='mso-outline-level:1'><span lang=VI>${HEADING}<o:p></o:p></span></h1>
<p class=MsoNormal><span lang=VI>Người dân có thể nộp <b>${BOLD}</b> bằng <i>${ITALIC}</i> ngay trên Cổng Dịch vụ công.<o:p></o:p></span></p>
${wordListItem('First', LIST[0]!)}
${wordListItem('Middle', LIST[1]!)}
${wordListItem('Last', LIST[2]!)}
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>${CELLS[0]!.map((c) => wordCell(c, true)).join('')}</tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>${CELLS[1]!.map((c) => wordCell(c, false)).join('')}</tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><!--EndFragment-->
</body></html>`;
const WORD_TEXT = [HEADING, `Người dân có thể nộp ${BOLD} bằng ${ITALIC} ngay trên Cổng Dịch vụ công.`, ...LIST, ...CELLS.map((r) => r.join('\t'))].join('\n');

let t: TestApp;
let browser: Browser;
let base: string;
let tmp: string;
const contexts: BrowserContext[] = [];
/** Set by the journey once the article is on the portal; the accessibility checks reuse it. */
let published: { id: number; slug: string } | null = null;

before(async () => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'cchc-e2e-portal-'));
  t = await testApp('sqlite', { demo: 'accounts' });
  base = await startServer(t);
  browser = await launchChromium();
});

after(async () => {
  await closeAll(contexts, browser, t);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A page whose CSP violations are kept apart, one line per distinct report, with the hash. */
const newPage = (problems?: Problems) => watchedPage(browser, base, contexts, { timeout: TIMEOUT, problems, csp: 'apart+hash' });

async function logOut(page: Page) {
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin/login'), page.getByRole('button', { name: 'Đăng xuất', exact: true }).click()]);
  await page.getByText('Bạn đã đăng xuất').waitFor();
}

/** The flash message of the page, once shown. */
async function flash(page: Page, text: string | RegExp) {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

/** The Squire editing area that editor.js puts in place of the body's textarea. */
const editorArea = (page: Page) => page.getByRole('textbox', { name: 'Nội dung', exact: true });

test('hành trình cổng thông tin: viết (dán từ Word), gửi duyệt, đăng, tìm không dấu, đọc, RSS', { skip, timeout: 180_000 }, async (s) => {
  const problems: Problems = { errors: [], csp: new Set() };
  const { page } = await newPage(problems);
  let articleId = 0;

  await s.test('biên tập viên viết bài, dán nội dung từ Word, lưu nháp, thêm ảnh đại diện, gửi duyệt', async () => {
    await logIn(page, EDITOR_EMAIL);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/admin/articles'),
      page.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: 'Tin, bài', exact: true }).click(),
    ]);
    await Promise.all([page.waitForURL((url) => url.pathname === '/admin/articles/new'), page.getByRole('link', { name: 'Viết bài mới' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Viết bài mới' }).waitFor();

    await page.getByRole('textbox', { name: 'Tiêu đề', exact: true }).pressSequentially(TITLE);
    await page.getByRole('textbox', { name: 'Sapo (tóm tắt)' }).fill(SAPO);

    // Ctrl+V from Word: a paste event whose clipboard holds text/html (and text/plain), on the focused editing area.
    const area = editorArea(page);
    await area.click();
    await area.evaluate(
      (element, clip) => {
        const data = new DataTransfer();
        data.setData('text/html', clip.html);
        data.setData('text/plain', clip.text);
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html: WORD_HTML, text: WORD_TEXT },
    );
    await area.locator('table tr').nth(1).locator('td').nth(2).waitFor();
    await area.getByRole('heading', { name: HEADING }).waitFor();
    assert.equal(await area.locator('ul > li').count(), LIST.length, 'Word list paragraphs become a bulleted list in the editor');
    assert.equal(await area.locator('[class*="Mso"], [style]').count(), 0, "Word's classes and styles are not kept in the editor");

    await page.getByRole('checkbox', { name: CATEGORY, exact: true }).check();
    let response = await submit(page, 'Lưu bản nháp');
    assert.equal(response?.status(), 200);
    assert.match(path(page), /^\/admin\/articles\/\d+$/, `sau khi lưu: ${page.url()}`);
    articleId = Number(path(page).split('/').pop());
    await flash(page, 'Đã lưu bản nháp');
    assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), TITLE);

    // What was saved: Word's structure, without Word's markup.
    const row = await t.services.db.selectFrom('articles').select(['title', 'body_html', 'status']).where('id', '=', articleId).executeTakeFirstOrThrow();
    assert.equal(row.title, TITLE);
    assert.equal(row.status, 'draft');
    assert.match(row.body_html, new RegExp(`<h2>${HEADING}</h2>`));
    assert.match(row.body_html, new RegExp(`<strong>${BOLD}</strong>`));
    assert.match(row.body_html, new RegExp(`<em>${ITALIC}</em>`));
    assert.match(row.body_html, /<ul><li>/);
    assert.match(row.body_html, /<table>/);
    assert.doesNotMatch(row.body_html, /Mso|mso-|style=|class=|<o:p|<span|file:/);

    // The cover: a PNG picked with the file input.
    const png = join(tmp, 'anh-dai-dien.png');
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4f91' } }).png().toFile(png);
    await page.getByLabel('Chọn ảnh (JPEG, PNG, WebP; tối đa 10 MB)').setInputFiles(png);
    response = await submit(page, 'Tải ảnh lên');
    assert.equal(response?.status(), 200);
    await flash(page, 'Đã cập nhật ảnh đại diện');
    const preview = page.getByRole('region', { name: 'Ảnh đại diện và tệp đính kèm' }).locator('figure img');
    assert.ok((await preview.evaluate(async (img: HTMLImageElement) => (await img.decode(), img.naturalWidth))) > 0, 'ảnh đại diện hiện trong trang sửa bài');

    response = await submit(page, 'Gửi duyệt');
    assert.equal(response?.status(), 200);
    await flash(page, 'Đã gửi bài để duyệt');
    await page.getByText('Chờ duyệt', { exact: true }).first().waitFor();
    await logOut(page);
  });

  await s.test('người duyệt mở bài từ danh sách "Chờ duyệt" và đăng ngay', async () => {
    assert.ok(articleId > 0, 'bước trước chưa tạo được bài');
    await logIn(page, APPROVER_EMAIL);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/admin/articles'),
      page.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: 'Tin, bài', exact: true }).click(),
    ]);
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('status') === 'submitted'),
      page.getByRole('navigation', { name: 'Lọc theo trạng thái' }).getByRole('link', { name: /^Chờ duyệt \(\d+\)$/ }).click(),
    ]);
    const rows = page.getByRole('table', { name: 'Danh sách tin, bài' }).locator('tbody tr');
    assert.equal(await rows.count(), 1, 'một bài đang chờ duyệt');
    await Promise.all([page.waitForURL((url) => url.pathname === `/admin/articles/${articleId}`), rows.getByRole('link', { name: TITLE, exact: true }).click()]);
    const response = await submit(page, 'Đăng ngay');
    assert.equal(response?.status(), 200);
    await flash(page, 'Đã đăng bài lên cổng thông tin');
    const slug = (await t.services.db.selectFrom('articles').select('slug').where('id', '=', articleId).executeTakeFirstOrThrow()).slug;
    assert.equal(await page.getByRole('link', { name: 'Xem trên cổng' }).getAttribute('href'), `/tin-tuc/${slug}`);
    published = { id: articleId, slug };
    await logOut(page);
  });

  await s.test('người dân tìm bằng từ khóa không dấu, đọc bài (bảng, chữ đậm, tiêu đề, ảnh) và thấy bài trong RSS', async () => {
    assert.ok(published, 'bài chưa được đăng ở bước trước');
    const { page: citizen } = await newPage(problems);
    await citizen.goto('/');
    const search = citizen.getByRole('search', { name: 'Tìm kiếm trên cổng thông tin' });
    await search.getByRole('searchbox', { name: 'Từ khóa tìm kiếm' }).pressSequentially(QUERY);
    await Promise.all([citizen.waitForURL((url) => url.pathname === '/tim-kiem'), search.getByRole('button', { name: 'Tìm', exact: true }).click()]);
    assert.equal(new URL(citizen.url()).searchParams.get('q'), QUERY);

    const hit = citizen.locator('.search-results > li').filter({ has: citizen.getByRole('link', { name: TITLE, exact: true }) });
    await hit.waitFor();
    assert.equal(await hit.getByRole('link', { name: TITLE, exact: true }).getAttribute('href'), `/tin-tuc/${published.slug}`);
    const marks = await hit.locator('mark').allInnerTexts();
    assert.ok(marks.length > 0, 'các từ khớp được tô sáng bằng <mark>');
    const terms = new Set(QUERY.split(' '));
    for (const mark of marks) assert.ok(terms.has(foldVi(mark.trim())), `"${mark}" được tô sáng nhưng không phải từ khóa`);
    assert.ok(marks.some((m) => m !== foldVi(m)), `từ có dấu được tô sáng khi tìm không dấu: ${marks.join(', ')}`);

    await Promise.all([citizen.waitForURL((url) => url.pathname === `/tin-tuc/${published!.slug}`), hit.getByRole('link', { name: TITLE, exact: true }).click()]);
    await citizen.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const body = citizen.locator('.article__body');
    assert.equal((await body.getByRole('heading', { level: 2 }).innerText()).trim(), HEADING);
    assert.deepEqual((await body.locator('strong').allInnerTexts()).map((s) => s.trim()).filter((s) => s === BOLD), [BOLD]);
    assert.equal((await body.locator('em').innerText()).trim(), ITALIC);
    assert.deepEqual((await body.locator('ul > li').allInnerTexts()).map((s) => s.trim()), LIST);
    const cells = await body.locator('table tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td, th'), (cell) => (cell.textContent ?? '').trim())));
    assert.deepEqual(cells, CELLS);
    assert.equal(await body.locator('[style], [class]').count(), 0);

    const cover = citizen.locator('figure.article__cover img');
    const loaded = await cover.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { naturalWidth: img.naturalWidth, src: img.currentSrc };
    });
    assert.ok(loaded.naturalWidth > 0, `ảnh đại diện không tải được: ${JSON.stringify(loaded)}`);
    assert.match(new URL(loaded.src).pathname, /^\/tep\/covers\/\d+\/[a-z0-9]{16}-(480|960|1600)\.webp$/);

    const feed = await citizen.request.get('/rss.xml');
    assert.equal(feed.status(), 200);
    const xml = await feed.text();
    const link = `${PUBLIC_BASE}/tin-tuc/${published.slug}`;
    const item = xml.split('<item>').find((i) => i.includes(`<link>${link}</link>`));
    assert.ok(item, `RSS không có bài ${link}:\n${xml.slice(0, 2000)}`);
    assert.ok(item.includes(`<title>${TITLE}</title>`), `RSS: tiêu đề của bài:\n${item}`);
  });

  await s.test('không có lỗi JavaScript hay tài nguyên hỏng trong cả hành trình', () => {
    assert.deepEqual(problems.errors, [], 'lỗi JavaScript hoặc tài nguyên hỏng trong trình duyệt');
  });

  await s.test('không vi phạm Content-Security-Policy (kể cả khi dán từ Word)', () => {
    // The pasted HTML is parsed by editor.js (into an inert <template>) to clean it; under
    // style-src 'self' every style="…" attribute Word writes is then reported as a violation.
    assert.deepEqual([...problems.csp], [], 'vi phạm CSP trong trình duyệt (mỗi dòng một báo cáo khác nhau)');
  });
});

test('các trang của hành trình không có vi phạm WCAG 2.1 A/AA (axe-core)', { skip, timeout: 180_000 }, async (s) => {
  const { page } = await newPage();

  await s.test('trang chủ /', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page, 'trang chủ');
  });

  await s.test('trang danh mục /danh-muc/tin-tuc-cchc', async () => {
    await page.goto('/danh-muc/tin-tuc-cchc');
    await page.getByRole('heading', { level: 1, name: CATEGORY }).waitFor();
    await assertAccessible(page, 'trang danh mục');
  });

  await s.test('mọi tin bài /tin-tuc', async () => {
    await page.goto('/tin-tuc');
    await page.getByRole('heading', { level: 1, name: 'Tin bài' }).waitFor();
    await assertAccessible(page, 'trang mọi tin bài');
  });

  await s.test('trang bài viết', async () => {
    assert.ok(published, 'hành trình chưa đăng được bài');
    await page.goto(`/tin-tuc/${published.slug}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await assertAccessible(page, 'trang bài viết');
  });

  await s.test('trang kết quả tìm kiếm', async () => {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(QUERY)}`);
    await page.locator('.search-results mark').first().waitFor();
    await assertAccessible(page, 'trang kết quả tìm kiếm');
  });

  await s.test('trang soạn bài /admin/articles/new (biên tập viên)', async () => {
    await logIn(page, EDITOR_EMAIL);
    await page.goto('/admin/articles/new');
    await editorArea(page).waitFor();
    await page.getByRole('toolbar', { name: 'Định dạng văn bản' }).waitFor();
    await assertAccessible(page, 'trang soạn bài');
  });
});
