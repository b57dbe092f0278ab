// A browser journey through a plan's execution: a unit's focal point adds evidence with a photo to
// their unit's task, the leader sees the progress on the dashboard; axe-core on every page passed.
// Run: node scripts/run-tests.mjs test/e2e/tasks.test.ts   (Chromium expected at /usr/bin/chromium)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext } from 'playwright-core';
import { loadDemoPlan } from '../../src/demo/plans.js';
import { loadDemoTasks } from '../../src/demo/tasks.js';
import { testApp, type TestApp } from '../helpers/app.js';
import { assertAccessible, chromiumSkip as skip, closeAll, launchChromium, logIn, startServer, submit, watchedPage } from '../helpers/browser.js';

const TIMEOUT = 15_000;
/** A 1×1 PNG, standing in for the photo taken at the one-stop desk. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let t: TestApp;
let browser: Browser;
let base: string;
let planId: number;
const contexts: BrowserContext[] = [];

before(async () => {
  if (skip) return;
  t = await testApp('sqlite');
  const agencyId = (await t.services.organizations.findByCode('STTTT'))!.id;
  planId = await loadDemoPlan(t.services, agencyId);
  await loadDemoTasks(t.services, agencyId);
  base = await startServer(t);
  browser = await launchChromium();
});

after(() => closeAll(contexts, browser, t));

async function newPage() {
  const { page, problems } = await watchedPage(browser, base, contexts, { timeout: TIMEOUT, csp: 'errors' });
  return { page, problems: problems.errors };
}

test('đầu mối đơn vị thêm minh chứng, lãnh đạo thấy tiến độ trên trang tổng quan', { skip, timeout: 180_000 }, async () => {
  const focal = await newPage();
  await logIn(focal.page, 'daumoi.cntt@demo.cchc.vn');
  await focal.page.goto(`/admin/plans/${planId}/nhiem-vu`);
  await focal.page.getByRole('heading', { level: 1, name: 'Nhiệm vụ thực hiện kế hoạch' }).waitFor();
  await assertAccessible(focal.page, 'trang nhiệm vụ của kế hoạch', { nodes: 1 });

  await Promise.all([focal.page.waitForURL(/\/admin\/nhiem-vu\/\d+$/), focal.page.getByRole('link', { name: 'Tuyên truyền và đẩy mạnh việc thực hiện dịch vụ công trực tuyến' }).click()]);
  assert.match(await focal.page.locator('.facts').innerText(), /0\/12 tin, bài/);

  // Without a file, a photo is refused beside the file field; the rest of the input is kept.
  await focal.page.getByLabel('Loại minh chứng').selectOption('photo');
  await focal.page.getByLabel('Tên minh chứng').fill('Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa');
  await focal.page.getByLabel('Ngày thực hiện').fill('12/05/2023');
  await focal.page.getByLabel('Số lượng').fill('2');
  let response = await submit(focal.page, 'Thêm minh chứng');
  assert.equal(response?.status(), 422);
  assert.match(await focal.page.getByRole('alert').innerText(), /Vui lòng chọn tệp minh chứng/);
  assert.equal(await focal.page.getByLabel('Tên minh chứng').inputValue(), 'Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận một cửa');
  await assertAccessible(focal.page, 'trang nhiệm vụ có lỗi nhập', { nodes: 1 });

  await focal.page.getByLabel('Tệp').setInputFiles({ name: 'mot-cua.png', mimeType: 'image/png', buffer: PNG });
  response = await submit(focal.page, 'Thêm minh chứng');
  assert.equal(response?.status(), 200);
  assert.match(await focal.page.locator('.facts').innerText(), /2\/12 tin, bài/);
  await focal.page.getByRole('link', { name: 'mot-cua.png' }).waitFor();
  await assertAccessible(focal.page, 'trang nhiệm vụ', { nodes: 1 });
  assert.deepEqual(focal.problems, []);

  const leader = await newPage();
  await logIn(leader.page, 'giamdoc@demo.cchc.vn');
  await leader.page.goto(`/admin/plans/${planId}/tong-quan`);
  await leader.page.getByRole('heading', { level: 1, name: 'Tổng quan thực hiện kế hoạch' }).waitFor();
  const topics = leader.page.locator('#figure-topics');
  assert.match(await topics.getByRole('img').getAttribute('aria-label') ?? '', /tiến độ theo nội dung tuyên truyền, 6 mục/);
  const row = topics.getByRole('row', { name: /^II\.6\./ });
  assert.match(await row.innerText(), /16%/, '2 of 12: whole percent, rounded down');
  await assertAccessible(leader.page, 'trang tổng quan', { nodes: 1 });
  await leader.page.goto(`/admin/plans/${planId}/kinh-phi`);
  await leader.page.getByRole('heading', { level: 1, name: 'Kinh phí thực hiện kế hoạch' }).waitFor();
  await assertAccessible(leader.page, 'trang kinh phí', { nodes: 1 });
  assert.deepEqual(leader.problems, []);
});
