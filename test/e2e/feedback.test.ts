// The feedback desk as a new user meets it (issue 5, "Done when"): a citizen submits without an account,
// an officer classifies and assigns, the unit drafts, a leader approves, the citizen reads the answer
// with the code and rates it, and the published answer is found by a search without diacritics.
// On each engine (PostgreSQL with TEST_DATABASE_URL).
// Run: node --import tsx --test test/e2e/feedback.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import { systemContext } from '../../src/platform/auth/actor.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { axeViolations, chromiumSkip as skip, closeAll, launchChromium, startServer, submit, watchedPage } from '../helpers/browser.js';
import { fixedClock } from '../helpers/clock.js';
import { engines } from '../helpers/database.js';

const TIMEOUT = 15_000;

const PERSON = { name: 'Bế Thị Thu', address: 'Số 7 đường Tam Thanh, Lạng Sơn', phone: '0915 246 810', email: 'be.thu@example.vn' };

for (const engine of engines()) {
  describe(`phản ánh, kiến nghị trong trình duyệt (${engine})`, () => {
    let t: TestApp;
    let browser: Browser;
    let base: string;
    const contexts: BrowserContext[] = [];
    // The server's clock: moved by hand past the form's minimum fill time instead of sleeping.
    const clock = fixedClock(new Date());

    before(async () => {
      if (skip) return;
      t = await testApp(engine, { clock });
      for (const name of ['Bưu chính', 'Viễn thông và Internet', 'Dịch vụ công trực tuyến', 'Công nghệ thông tin, chuyển đổi số', 'Thủ tục hành chính khác']) {
        await t.services.feedback.addField(systemContext('e2e'), name);
      }
      base = await startServer(t);
      browser = await launchChromium();
    });

    after(() => closeAll(contexts, browser, t));

    const newPage = async () => (await watchedPage(browser, base, contexts, { timeout: TIMEOUT })).page;

    /** This file lists each violation on one line (rule, help, first element) and compares the list with none. */
    async function assertAccessible(page: Page, label: string) {
      const violations = (await axeViolations(page)).map((v) => `${v.id}: ${v.help} — ${v.nodes[0]?.html ?? ''}`);
      assert.deepEqual(violations, [], `axe-core trên ${label}`);
    }

    async function logIn(page: Page, email: string) {
      await page.goto('/admin/login');
      await page.getByLabel('Email', { exact: true }).fill(email);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
      await submit(page, 'Đăng nhập');
    }

    test('phản ánh, kiến nghị: gửi, phân loại, giao, dự thảo, duyệt, trả lời, tra cứu, đánh giá, tìm không dấu', { skip, timeout: 180_000 }, async () => {
      // The citizen, without an account, from the home page.
      const citizen = await newPage();
      await citizen.goto('/');
      await Promise.all([citizen.waitForURL((url) => url.pathname === '/phan-anh-kien-nghi/gui'), citizen.getByRole('link', { name: 'Gửi phản ánh, kiến nghị' }).first().click()]);
      await assertAccessible(citizen, 'biểu mẫu gửi phản ánh');
      await citizen.getByLabel('Người gửi là', { exact: true }).selectOption({ label: 'Cá nhân' });
      await citizen.getByLabel('Họ và tên (hoặc tên tổ chức)', { exact: true }).fill(PERSON.name);
      await citizen.getByLabel('Địa chỉ', { exact: true }).fill(PERSON.address);
      await citizen.getByLabel('Số điện thoại', { exact: true }).fill(PERSON.phone);
      await citizen.getByLabel('Email (không bắt buộc)', { exact: true }).fill(PERSON.email);
      await citizen.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Bưu chính' });
      await citizen.getByLabel('Tiêu đề', { exact: true }).fill('Bưu cục xã đóng cửa sớm, không nhận hồ sơ gửi qua bưu chính công ích');
      await citizen.getByLabel('Nội dung', { exact: true }).fill('Bưu cục xã thường đóng cửa trước 16 giờ nên người dân không gửi được hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích. Đề nghị quy định giờ mở cửa phù hợp.');
      // Sent at once, the form is refused as too fast, with a message and the input kept.
      assert.equal((await submit(citizen, 'Gửi phản ánh, kiến nghị'))?.status(), 422);
      await citizen.getByText('gửi quá nhanh').waitFor();
      assert.equal(await citizen.getByLabel('Họ và tên (hoặc tên tổ chức)', { exact: true }).inputValue(), PERSON.name);
      clock.advance(10_000);
      await citizen.getByLabel(/Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân/).check();
      await citizen.getByLabel(/Tôi đồng ý để cơ quan công khai/).check();
      // A photo attached, chosen after the 422 (a browser never keeps chosen files); sent as multipart.
      const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#2a6' } }).png().toBuffer();
      await citizen.getByLabel('Tệp đính kèm (không bắt buộc)', { exact: true }).setInputFiles({ name: 'Ảnh bưu cục đóng cửa.png', mimeType: 'image/png', buffer: photo });
      assert.equal((await submit(citizen, 'Gửi phản ánh, kiến nghị'))?.status(), 200);
      const code = (await citizen.locator('.tracking-code').textContent())!.trim();
      const secret = (await citizen.locator('.tracking-secret').textContent())!.trim();
      assert.match(code, /^PA-\d{4}-000001$/);
      await assertAccessible(citizen, 'trang đã gửi');

      // The officer classifies and assigns, then drafts the answer.
      const officer = await newPage();
      await logIn(officer, 'pakn@demo.cchc.vn');
      await officer.goto('/admin/feedback');
      await assertAccessible(officer, 'hộp thư phản ánh');
      await Promise.all([officer.waitForURL(/\/admin\/feedback\/\d+$/), officer.getByRole('link', { name: code }).click()]);
      await officer.getByText(PERSON.phone).waitFor();
      await officer.getByRole('link', { name: 'Ảnh bưu cục đóng cửa.png' }).waitFor();
      await assertAccessible(officer, 'chi tiết phản ánh');
      await submit(officer, 'Thụ lý (thuộc thẩm quyền)');
      await officer.getByLabel('Đơn vị', { exact: true }).selectOption({ label: 'Văn phòng Sở' });
      await officer.getByLabel('Cán bộ xử lý', { exact: true }).selectOption({ label: 'Lăng Văn Đức' });
      await submit(officer, 'Giao xử lý');
      await submit(officer, 'Bắt đầu xử lý');
      const answer = 'Sở đã đề nghị Bưu điện tỉnh bố trí bưu cục xã mở cửa đến 17 giờ các ngày làm việc để nhận hồ sơ thủ tục hành chính.';
      await officer.getByLabel('Nội dung trả lời', { exact: true }).fill(answer);
      await submit(officer, 'Lưu dự thảo, trình lãnh đạo');
      await officer.getByText('Đã lưu dự thảo trả lời').waitFor();

      // The leader approves.
      const leader = await newPage();
      await logIn(leader, 'giamdoc@demo.cchc.vn');
      await leader.goto('/admin');
      await Promise.all([leader.waitForURL(/\/admin\/feedback/), leader.getByRole('link', { name: 'Duyệt trả lời' }).click()]);
      await Promise.all([leader.waitForURL(/\/admin\/feedback\/\d+$/), leader.getByRole('link', { name: code }).click()]);
      await submit(leader, 'Duyệt nội dung trả lời');
      await leader.getByText('Đã duyệt nội dung trả lời').first().waitFor();

      // The officer sends the answer and publishes the question without personal data.
      await officer.reload();
      await submit(officer, 'Gửi trả lời cho người gửi');
      await officer.getByLabel('Tiêu đề công khai', { exact: true }).fill('Bưu cục xã mở cửa đến mấy giờ để nhận hồ sơ thủ tục hành chính?');
      await officer.getByLabel('Nội dung công khai', { exact: true }).fill('Người dân phản ánh bưu cục xã đóng cửa trước 16 giờ, không gửi được hồ sơ qua bưu chính công ích.');
      await submit(officer, 'Công khai trên cổng thông tin');
      await officer.getByText('Đã công khai trên cổng thông tin').first().waitFor();

      // The citizen reads the answer with the code and secret, and rates it.
      await citizen.goto('/phan-anh-kien-nghi/tra-cuu');
      await citizen.getByLabel('Mã tra cứu', { exact: true }).fill(code);
      await citizen.getByLabel('Mã bí mật', { exact: true }).fill(secret);
      await submit(citizen, 'Tra cứu');
      await citizen.getByText(answer).waitFor();
      await citizen.getByText('Ảnh bưu cục đóng cửa.png').waitFor();
      await assertAccessible(citizen, 'trang tra cứu');
      await citizen.getByLabel('Bạn hài lòng với câu trả lời ở mức nào?', { exact: true }).selectOption('5');
      await submit(citizen, 'Gửi đánh giá');
      await citizen.getByText('Cảm ơn bạn đã đánh giá câu trả lời.').waitFor();

      // Anyone finds the published answer typing without diacritics, and sees no personal data.
      const visitor = await newPage();
      await visitor.goto('/tim-kiem?q=buu%20cuc%20xa%20mo%20cua');
      await Promise.all([visitor.waitForURL(/\/phan-anh-kien-nghi\/pa-/), visitor.getByRole('link', { name: /Bưu cục xã mở cửa đến mấy giờ/ }).click()]);
      await visitor.getByText(answer).waitFor();
      await assertAccessible(visitor, 'câu hỏi đã công khai');
      const html = await visitor.content();
      for (const value of Object.values(PERSON)) assert.ok(!html.includes(value), `no ${value}`);
    });
  });
}
