// A plan from issue to report, as new users meet it (issue 6, "Done when"): the Office pastes the
// plan's text, gives it a number and issues it; a unit's focal point acknowledges it ("Đã nhận"),
// records how it reached their staff and adds evidence to their unit's task; the leader sees the
// progress move on the dashboard and downloads the quarterly report. On each engine, over the full
// demo (whose own copy of the plan is already issued: the Office issues a fresh one here).
// Run: node scripts/run-tests.mjs test/e2e/plans.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { SEED_PLAN_FILE } from '../../src/demo/plans.js';
import { docxParagraphTexts } from '../../src/platform/docx/official-document.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { assertAccessible, chromiumSkip as skip, closeAll, launchChromium, logIn, path, type Problems, startServer, submit, watchedPage } from '../helpers/browser.js';
import { engines } from '../helpers/database.js';

const TIMEOUT = 20_000;
/** The seed's topic II.6, the task the focal point's unit is given. */
const TASK = 'Tuyên truyền và đẩy mạnh việc thực hiện dịch vụ công trực tuyến';
const UNIT = 'Phòng Công nghệ thông tin';
/** The smallest document file-type reads as a PDF, standing in for an article printed to PDF. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

/** Clicks a link or button and waits for the document it leads to. */
async function follow(page: Page, target: Locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), target.click()]);
}

const menu = (page: Page, label: string) => follow(page, page.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: label, exact: true }));

/** The percentage in the last cell of a dashboard table's row ("16%"). */
const percentIn = async (row: Locator) => Number((await row.getByRole('cell').last().innerText()).replace('%', ''));

for (const engine of engines()) {
  describe(`kế hoạch từ ban hành đến báo cáo (${engine})`, () => {
    let t: TestApp;
    let browser: Browser;
    let base: string;
    const contexts: BrowserContext[] = [];
    const problems: Problems = { errors: [], csp: new Set() };

    before(async () => {
      if (skip) return;
      t = await testApp(engine, { demo: 'full' });
      base = await startServer(t);
      browser = await launchChromium();
    });

    after(() => closeAll(contexts, browser, t));

    async function signedIn(email: string) {
      const { page } = await watchedPage(browser, base, contexts, { timeout: TIMEOUT, problems, csp: 'errors' });
      await logIn(page, email);
      return page;
    }

    test('Văn phòng ban hành, đơn vị nhận, phổ biến và cập nhật minh chứng, lãnh đạo xem tiến độ và tải báo cáo quý', { skip, timeout: 300_000 }, async () => {
      // The Office pastes the plan's text; it is saved as a draft.
      const office = await signedIn('chanhvanphong@demo.cchc.vn');
      await menu(office, 'Kế hoạch');
      await assertAccessible(office, 'danh sách kế hoạch', { nodes: 1 });
      await follow(office, office.getByRole('link', { name: 'Nhập kế hoạch từ văn bản' }));
      await assertAccessible(office, 'trang nhập kế hoạch từ văn bản', { nodes: 1 });
      await office.getByLabel('Toàn văn kế hoạch').fill(await readFile(SEED_PLAN_FILE, 'utf8'));
      await submit(office, 'Đọc và lưu dự thảo');
      assert.match(path(office), /^\/admin\/plans\/\d+$/);
      const planId = Number(path(office).split('/').pop());
      await office.getByText('Đã đọc và lưu kế hoạch dự thảo').waitFor();
      await office.getByRole('heading', { level: 1, name: 'Kế hoạch …/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023' }).waitFor();
      await assertAccessible(office, 'trang kế hoạch dự thảo', { nodes: 1 });

      // The units' line of "Nơi nhận" is sent to the agency, so that any of its staff acknowledges it.
      await follow(office, office.getByRole('link', { name: 'Sửa nơi nhận Các phòng chuyên môn thuộc Sở' }));
      await assertAccessible(office, 'trang sửa nơi nhận', { nodes: 1 });
      await office.getByLabel('Người nhận trong hệ thống').selectOption({ label: 'Cơ quan: Sở Thông tin và Truyền thông' });
      await submit(office, 'Lưu');
      await office.getByText('Đã lưu nơi nhận.').waitFor();

      // Issuing without a number sends the Office to the header form, saying what is missing.
      await submit(office, 'Ban hành kế hoạch');
      assert.equal(path(office), `/admin/plans/${planId}/edit`);
      await office.getByText('Nhập số của kế hoạch (ví dụ 45) trước khi ban hành.').waitFor();
      await assertAccessible(office, 'trang sửa thông tin chung', { nodes: 1 });
      await office.getByLabel('Số', { exact: true }).fill('46');
      await submit(office, 'Lưu thay đổi');
      await submit(office, 'Ban hành kế hoạch');
      await office.getByText('Kế hoạch chuyển sang “Đã ban hành”. Đã gửi đến 1 nơi nhận bản điện tử.').waitFor();
      const unitsLine = office.getByRole('row', { name: /^Các phòng chuyên môn thuộc Sở/ });
      assert.match(await unitsLine.innerText(), /Chưa xác nhận/);
      await assertAccessible(office, 'trang kế hoạch đã ban hành', { nodes: 1 });

      // The Office makes the tasks and gives topic II.6 to the IT unit, with a target.
      await follow(office, office.getByRole('link', { name: 'Nhiệm vụ, minh chứng' }));
      await submit(office, 'Tạo nhiệm vụ từ kế hoạch');
      await office.getByText(/Đã tạo \d+ nhiệm vụ từ kế hoạch/).waitFor();
      await assertAccessible(office, 'trang nhiệm vụ của kế hoạch', { nodes: 1 });
      await follow(office, office.getByRole('link', { name: TASK }));
      await office.getByLabel('Đơn vị chủ trì').selectOption({ label: UNIT });
      await office.getByLabel('Chỉ tiêu (số lượng)').fill('12');
      await office.getByLabel('Đơn vị tính của chỉ tiêu').fill('tin, bài');
      await submit(office, 'Lưu thay đổi');
      await office.getByText('Đã lưu thay đổi.').waitFor();
      await assertAccessible(office, 'trang nhiệm vụ (Văn phòng)', { nodes: 1 });

      // The leader looks at the dashboard before the unit reports.
      const leader = await signedIn('giamdoc@demo.cchc.vn');
      await menu(leader, 'Kế hoạch');
      await follow(leader, leader.getByRole('link', { name: '46/KH-STTTT' }));
      await follow(leader, leader.getByRole('link', { name: 'Tổng quan tiến độ' }));
      await leader.getByRole('heading', { level: 1, name: 'Tổng quan thực hiện kế hoạch' }).waitFor();
      const topicRow = leader.locator('#figure-topics').getByRole('row', { name: /^II\.6\./ });
      const before = await percentIn(topicRow);
      assert.ok(before < 100, `II.6 is not yet done (${before}%)`);
      const notDisseminated = leader.getByText(/^Chưa phổ biến:/);
      assert.match(await notDisseminated.innerText(), new RegExp(UNIT));
      await assertAccessible(leader, 'trang tổng quan', { nodes: 1 });

      // The IT unit's focal point finds the plan sent to them and acknowledges it.
      const focal = await signedIn('daumoi.cntt@demo.cchc.vn');
      await menu(focal, 'Kế hoạch gửi đến tôi');
      const received = focal.getByRole('row', { name: /46\/KH-STTTT/ });
      await follow(focal, received.getByRole('button', { name: 'Đã nhận' }));
      await focal.getByText('Đã xác nhận đã nhận kế hoạch (nơi nhận: Các phòng chuyên môn thuộc Sở).').waitFor();
      assert.match(await received.innerText(), /Đã nhận \d{2}\/\d{2}\/\d{4}/);
      assert.equal(await received.getByRole('button', { name: 'Đã nhận' }).count(), 0);
      await assertAccessible(focal, 'trang kế hoạch gửi đến tôi', { nodes: 1 });

      // They record how the plan reached their staff (seed V.1): their unit is the one preselected.
      await follow(focal, received.getByRole('link', { name: /Kế hoạch 46\/KH-STTTT/ }));
      await assertAccessible(focal, 'trang kế hoạch (người nhận)', { nodes: 1 });
      await follow(focal, focal.getByRole('link', { name: 'Nhiệm vụ, minh chứng' }));
      assert.equal(await focal.getByLabel('Đơn vị', { exact: true }).locator('option:checked').innerText(), UNIT);
      await focal.getByLabel('Ngày phổ biến').fill('20/02/2023');
      await focal.getByLabel('Hình thức phổ biến').selectOption({ label: 'Họp, hội nghị đơn vị' });
      await focal.getByLabel('Số người tham dự, được phổ biến').fill('9');
      await focal.getByLabel('Ghi chú').fill('Quán triệt tại cuộc họp giao ban của phòng tháng 02/2023.');
      await submit(focal, 'Ghi nhận');
      await focal.getByText(`Đã ghi nhận việc phổ biến kế hoạch của ${UNIT}.`).waitFor();
      const disseminated = focal.getByRole('table', { name: 'Việc phổ biến kế hoạch theo đơn vị' }).getByRole('row', { name: new RegExp(`^${UNIT}`) });
      assert.match(await disseminated.innerText(), /Đã phổ biến\s+20\/02\/2023: Họp, hội nghị đơn vị, 9 người/);
      await assertAccessible(focal, 'trang nhiệm vụ sau khi ghi nhận phổ biến', { nodes: 1 });

      // They add a link to two articles their unit published, counting two.
      await follow(focal, focal.getByRole('link', { name: TASK }));
      const result = async () => (await focal.locator('.facts').innerText()).match(/(\d+)\/12 tin, bài/)?.[1];
      const counted = Number(await result());
      await focal.getByLabel('Loại minh chứng').selectOption({ label: 'Đường dẫn' });
      await focal.getByLabel('Tên minh chứng').fill('Hai bài hướng dẫn nộp hồ sơ trực tuyến trên trang của Phòng Công nghệ thông tin');
      await focal.getByLabel('Ngày thực hiện').fill('15/03/2023');
      await focal.getByLabel('Số lượng').fill('2');
      await focal.getByLabel('Đường dẫn', { exact: true }).fill('https://stttt.langson.gov.vn/cntt/huong-dan-dich-vu-cong-truc-tuyen');
      await submit(focal, 'Thêm minh chứng');
      await focal.getByText('Đã thêm minh chứng.').waitFor();
      assert.equal(Number(await result()), counted + 2);
      await focal.getByRole('link', { name: 'https://stttt.langson.gov.vn/cntt/huong-dan-dich-vu-cong-truc-tuyen' }).waitFor();
      // And a third article, printed to PDF; the file comes back as a download, never shown inline.
      await focal.getByLabel('Loại minh chứng').selectOption({ label: 'Tệp tài liệu' });
      await focal.getByLabel('Tên minh chứng').fill('Bài “Nộp hồ sơ trực tuyến mức độ toàn trình” đăng trên bản tin của phòng');
      await focal.getByLabel('Ngày thực hiện').fill('28/03/2023');
      await focal.getByLabel('Số lượng').fill('1');
      await focal.getByLabel('Tệp').setInputFiles({ name: 'Bài nộp hồ sơ trực tuyến.pdf', mimeType: 'application/pdf', buffer: PDF });
      await submit(focal, 'Thêm minh chứng');
      assert.equal(Number(await result()), counted + 3);
      const [file] = await Promise.all([focal.waitForEvent('download'), focal.getByRole('link', { name: 'Bài nộp hồ sơ trực tuyến.pdf' }).click()]);
      assert.equal(file.suggestedFilename().normalize('NFC'), 'Bài nộp hồ sơ trực tuyến.pdf');
      assert.deepEqual(await readFile(await file.path()), PDF);
      await assertAccessible(focal, 'trang nhiệm vụ (đầu mối đơn vị)', { nodes: 1 });

      // The leader sees the Office told the unit has the plan, and the progress moved.
      await leader.goto(`/admin/plans/${planId}`);
      assert.match(await leader.getByRole('row', { name: /^Các phòng chuyên môn thuộc Sở/ }).innerText(), /Đã nhận \d{2}\/\d{2}\/\d{4} \(Hà Thị Mai\)/);
      await follow(leader, leader.getByRole('link', { name: 'Tổng quan tiến độ' }));
      const now = await percentIn(topicRow);
      assert.ok(now > before, `II.6: ${before}% → ${now}%`);
      assert.doesNotMatch(await notDisseminated.innerText(), new RegExp(UNIT));

      // The leader writes the first quarter's report and downloads it.
      await leader.goto(`/admin/plans/${planId}`);
      await follow(leader, leader.getByRole('link', { name: 'Báo cáo định kỳ' }));
      await assertAccessible(leader, 'trang báo cáo định kỳ của kế hoạch', { nodes: 1 });
      await leader.getByLabel('Kỳ báo cáo').selectOption({ label: 'Quý I năm 2023' });
      await submit(leader, 'Lập báo cáo');
      await leader.getByRole('heading', { level: 1, name: 'Báo cáo quý I năm 2023' }).waitFor();
      await assertAccessible(leader, 'trang báo cáo', { nodes: 1 });
      const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('link', { name: 'Tải về (.docx)' }).click()]);
      assert.equal(download.suggestedFilename(), `bao-cao-2023-q1-ke-hoach-${planId}.docx`);
      const docx = await readFile(await download.path());
      assert.equal(docx.subarray(0, 2).toString('latin1'), 'PK');
      const paragraphs = await docxParagraphTexts(docx);
      assert.ok(paragraphs.includes('Kết quả quý I năm 2023 thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2023'), paragraphs.slice(0, 20).join('\n'));

      assert.deepEqual(problems.errors, []);
    });
  });
}
