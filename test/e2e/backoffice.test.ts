// Browser journeys through the back office: a real server on a free port, a real Chromium driven by
// playwright-core, and axe-core checks of the pages the journeys pass through.
// Run: node --import tsx --test test/e2e/backoffice.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { testApp, type TestApp } from '../helpers/app.js';
import { assertAccessible as assertAccessibleOf, chromiumSkip as skip, closeAll, launchChromium, logIn as logInAs, path, startServer, submit, watchedPage } from '../helpers/browser.js';

const ADMIN_EMAIL = 'quantri@demo.cchc.vn';
const NEW_EMAIL = 'e2e.nguoidung@demo.cchc.vn';
const NEW_NAME = 'Nguyễn Thị Ánh';
const AGENCY = 'Sở Thông tin và Truyền thông';
const TIMEOUT = 15_000;

let t: TestApp;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

before(async () => {
  if (skip) return;
  t = await testApp('sqlite');
  base = await startServer(t);
  browser = await launchChromium();
});

after(() => closeAll(contexts, browser, t));

/** A page whose script errors and CSP reports (as console errors) are kept together. */
async function newPage() {
  const { page, problems } = await watchedPage(browser, base, contexts, { timeout: TIMEOUT, csp: 'errors' });
  return { page, problems: problems.errors };
}

const logIn = (page: Page) => logInAs(page, ADMIN_EMAIL);

/** The reports here show the first offending element of each violation. */
const assertAccessible = (page: Page, label: string) => assertAccessibleOf(page, label, { nodes: 1 });

test('đăng nhập, mời người dùng mới, đăng xuất', { skip, timeout: 120_000 }, async () => {
  const { page, problems } = await newPage();

  // Anonymous visitors are sent to the login page.
  await logIn(page);
  assert.equal(path(page), '/admin');

  // Sidebar → users list → invite form.
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/admin/users'),
    page.getByRole('navigation', { name: 'Điều hướng quản trị' }).getByRole('link', { name: 'Người dùng', exact: true }).click(),
  ]);
  await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin/users/new'), page.getByRole('link', { name: 'Mời người dùng' }).click()]);
  await page.getByRole('heading', { level: 1, name: 'Mời người dùng' }).waitFor();

  // An empty form comes back with the error summary, on the same address.
  let response = await submit(page, 'Gửi lời mời');
  assert.equal(response?.status(), 422);
  assert.equal(path(page), '/admin/users/new');
  const summary = page.getByRole('alert');
  await summary.waitFor();
  assert.match(await summary.innerText(), /Có \d+ lỗi/);

  // A bad email: the other input is kept, the message is about the email.
  await page.getByLabel('Họ và tên').fill(NEW_NAME);
  await page.getByLabel('Email').fill('khong-hop-le');
  response = await submit(page, 'Gửi lời mời');
  assert.equal(response?.status(), 422);
  assert.equal(path(page), '/admin/users/new');
  assert.equal(await page.getByLabel('Họ và tên').inputValue(), NEW_NAME);
  assert.equal(await page.getByLabel('Email').inputValue(), 'khong-hop-le');
  assert.match(await page.getByRole('alert').innerText(), /email/i);
  assert.equal(await page.getByLabel('Email').getAttribute('aria-invalid'), 'true');
  assert.match((await page.locator('#f-email-error').innerText()).trim(), /email/i);

  // A valid invitation.
  await page.getByLabel('Email').fill(NEW_EMAIL);
  await page.getByLabel('Họ và tên').fill(NEW_NAME);
  const organization = page.getByLabel('Cơ quan', { exact: true });
  const options = await organization.locator('option').evaluateAll((nodes) =>
    nodes.map((n) => ({ value: (n as unknown as { value: string }).value, label: (n as unknown as { textContent: string }).textContent.trim() })),
  );
  const agency = options.find((o) => o.label.replace(/^(—\s*)+/, '') === AGENCY);
  assert.ok(agency, `không thấy "${AGENCY}" trong danh sách cơ quan: ${options.map((o) => o.label).join(' | ')}`);
  await organization.selectOption(agency.value);
  await page.getByRole('checkbox', { name: 'Biên tập viên', exact: true }).check();
  response = await submit(page, 'Gửi lời mời');
  assert.equal(response?.status(), 200);
  assert.match(path(page), /^\/admin\/users\/\d+$/);
  await page.getByRole('status').filter({ hasText: 'Đã tạo tài khoản' }).waitFor();
  assert.equal((await page.getByRole('heading', { level: 1 }).innerText()).trim(), NEW_NAME);

  // The invitation mail carries a one-time link to set the password. Mail goes through the job
  // queue and the test app runs no worker (WORKER=0), so run the due jobs now.
  await t.worker.drain();
  const mails = t.mails().filter((m) => m.to.includes(NEW_EMAIL));
  assert.equal(mails.length, 1, `thư gửi tới ${NEW_EMAIL}: ${JSON.stringify(t.mails().map((m) => ({ to: m.to, subject: m.subject })))}`);
  assert.ok(mails[0]!.text.includes('/admin/password/set/'), `thư mời không có liên kết đặt mật khẩu:\n${mails[0]!.text}`);

  // Log out from the top bar.
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin/login'), page.getByRole('button', { name: 'Đăng xuất', exact: true }).click()]);
  await page.getByText('Bạn đã đăng xuất').waitFor();

  // The session is gone: the back office sends us back to the login page.
  await page.goto('/admin');
  await page.waitForURL((url) => url.pathname === '/admin/login');
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();

  assert.deepEqual(problems, [], 'lỗi JavaScript hoặc CSP trong trình duyệt');
});

test('các trang không có vi phạm WCAG 2.1 A/AA (axe-core)', { skip, timeout: 120_000 }, async (s) => {
  const { page } = await newPage();

  await s.test('trang đăng nhập', async () => {
    await page.goto('/admin/login');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page, 'trang đăng nhập');
  });

  await s.test('trang tổng quan /admin', async () => {
    await logIn(page);
    await assertAccessible(page, 'trang tổng quan');
  });

  await s.test('danh sách người dùng /admin/users', async () => {
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await assertAccessible(page, 'danh sách người dùng');
  });

  await s.test('biểu mẫu mời người dùng, có lỗi', async () => {
    await page.goto('/admin/users/new');
    await page.getByLabel('Email').fill('khong-hop-le');
    const response = await submit(page, 'Gửi lời mời');
    assert.equal(response?.status(), 422);
    await page.getByRole('alert').waitFor();
    await assertAccessible(page, 'biểu mẫu mời người dùng (có lỗi)');
  });

  await s.test('trang chủ công khai /', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertAccessible(page, 'trang chủ');
  });
});
