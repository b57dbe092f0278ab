import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { engines } from '../../../test/helpers/database.js';

const ADMIN = 'quantri@demo.cchc.vn';

for (const engine of engines()) {
  describe(`signing in and out (${engine})`, () => {
    const clock = fixedClock('2026-03-02T02:00:00Z');
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, { clock });
    });
    after(() => t.close());

    test('the login page is Vietnamese and an anonymous visit to /admin is sent there', async () => {
      const browser = agent(t.app);
      const redirect = await browser.get('/admin/users');
      assert.equal(redirect.statusCode, 303);
      assert.equal(redirect.headers.location, '/admin/login?next=%2Fadmin%2Fusers');
      const page = await browser.get('/admin/login');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="vi">/);
      assert.match(page.body, /name="email"/);
      assert.match(page.body, /name="password"/);
      assert.match(page.body, /Đăng nhập/);
    });

    test('a wrong password comes back 422 with a summary, the email kept and the password not', async () => {
      const browser = agent(t.app);
      await browser.get('/admin/login');
      const response = await browser.post('/admin/login', { email: ADMIN, password: 'sai-mat-khau-123' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /class="error-summary"/);
      assert.match(response.body, /Email hoặc mật khẩu không đúng/);
      assert.match(response.body, new RegExp(`value="${ADMIN}"`));
      assert.doesNotMatch(response.body, /sai-mat-khau-123/);
    });

    test('signing in gives a new session id, lands on next, and the shell shows "Đăng xuất"', async () => {
      const browser = agent(t.app);
      await browser.get('/admin/login');
      browser.cookies.set('cchc_session', 'planted-by-an-attacker');
      const response = await browser.post('/admin/login', { email: ADMIN, password: DEMO_PASSWORD, next: '/admin/users' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/admin/users');
      const session = response.cookies.find((c) => c.name === 'cchc_session')!;
      assert.notEqual(session.value, 'planted-by-an-attacker');
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Lax');
      const home = await browser.get('/admin');
      assert.equal(home.statusCode, 200);
      assert.match(home.body, /Đăng xuất/);
      assert.match(home.body, /Hoàng Minh Quân/);
    });

    test('an external next is ignored: sign-in never redirects off the back office', async () => {
      const browser = agent(t.app);
      await browser.get('/admin/login');
      const response = await browser.post('/admin/login', { email: ADMIN, password: DEMO_PASSWORD, next: '//evil.example/' });
      assert.equal(response.headers.location, '/admin');
    });

    test('a form posted without a valid CSRF token is refused with 403 and nothing happens', async () => {
      const browser = agent(t.app);
      await browser.login(ADMIN, DEMO_PASSWORD);
      const forged = await browser.post('/admin/profile', { fullName: 'Kẻ Giả Mạo', _csrf: 'forged' });
      assert.equal(forged.statusCode, 403);
      assert.match(forged.body, /Biểu mẫu đã hết hạn hoặc không hợp lệ/);
      const missing = await browser.post('/admin/profile', { fullName: 'Kẻ Giả Mạo' }, { csrf: false });
      assert.equal(missing.statusCode, 403);
      const profile = await browser.get('/admin/profile');
      assert.doesNotMatch(profile.body, /Kẻ Giả Mạo/);
    });

    test('after 10 failed logins for an account, the 11th attempt gets 429 in Vietnamese, even with the right password', async () => {
      const browser = agent(t.app, '198.51.100.7');
      await browser.get('/admin/login');
      for (let i = 0; i < 10; i++) {
        const response = await browser.post('/admin/login', { email: 'bientap@demo.cchc.vn', password: `sai-${i}-mat-khau` });
        assert.equal(response.statusCode, 422);
      }
      const blocked = await browser.post('/admin/login', { email: 'bientap@demo.cchc.vn', password: DEMO_PASSWORD });
      assert.equal(blocked.statusCode, 429);
      assert.match(blocked.body, /Đăng nhập sai quá nhiều lần/);
      clock.advance(16 * 60_000);
      const later = await agent(t.app, '198.51.100.8').login('bientap@demo.cchc.vn', DEMO_PASSWORD);
      assert.equal(later.statusCode, 303);
    });

    test('failed and successful logins are in the audit log with the IP', async () => {
      const rows = await t.services.db.selectFrom('audit_log').select(['action', 'ip', 'summary', 'actor_name']).where('action', 'in', ['login', 'login_failed']).execute();
      assert.ok(rows.some((r) => r.action === 'login_failed' && r.summary === 'bientap@demo.cchc.vn' && r.ip === '198.51.100.7'));
      assert.ok(rows.some((r) => r.action === 'login' && r.actor_name === 'Hoàng Minh Quân'));
    });

    test('an idle session ends after 60 minutes', async () => {
      const browser = agent(t.app);
      await browser.login('giamdoc@demo.cchc.vn', DEMO_PASSWORD);
      clock.advance(30 * 60_000);
      assert.equal((await browser.get('/admin')).statusCode, 200);
      clock.advance(61 * 60_000);
      assert.equal((await browser.get('/admin')).statusCode, 303);
    });

    test('logging out ends the session; "log out everywhere" ends the others too', async () => {
      const laptop = agent(t.app);
      const phone = agent(t.app);
      await laptop.login('phogiamdoc@demo.cchc.vn', DEMO_PASSWORD);
      await phone.login('phogiamdoc@demo.cchc.vn', DEMO_PASSWORD);
      await laptop.get('/admin/profile');
      const out = await laptop.post('/admin/logout');
      assert.equal(out.headers.location, '/admin/login');
      assert.equal((await laptop.get('/admin')).statusCode, 303);
      assert.equal((await phone.get('/admin')).statusCode, 200);

      const tablet = agent(t.app);
      await tablet.login('phogiamdoc@demo.cchc.vn', DEMO_PASSWORD);
      const profile = await tablet.get('/admin/profile');
      assert.match(profile.body, /đang đăng nhập ở 2 nơi/);
      await tablet.post('/admin/logout-everywhere');
      assert.equal((await phone.get('/admin')).statusCode, 303);
      assert.equal((await tablet.get('/admin')).statusCode, 303);
    });

    test('changing one’s password needs the current one, refuses weak ones, and keeps only this session', async () => {
      const browser = agent(t.app);
      const other = agent(t.app);
      await browser.login('chuyenvien@demo.cchc.vn', DEMO_PASSWORD);
      await other.login('chuyenvien@demo.cchc.vn', DEMO_PASSWORD);
      await browser.get('/admin/profile');
      const wrong = await browser.post('/admin/profile/password', { currentPassword: 'khong-dung-1', newPassword: 'một câu mật khẩu dài', confirmPassword: 'một câu mật khẩu dài' });
      assert.equal(wrong.statusCode, 422);
      assert.match(wrong.body, /Mật khẩu hiện tại không đúng/);
      const weak = await browser.post('/admin/profile/password', { currentPassword: DEMO_PASSWORD, newPassword: 'password123', confirmPassword: 'password123' });
      assert.equal(weak.statusCode, 422);
      assert.match(weak.body, /quá phổ biến/);
      const short = await browser.post('/admin/profile/password', { currentPassword: DEMO_PASSWORD, newPassword: 'ngan', confirmPassword: 'ngan' });
      assert.match(short.body, /ít nhất 10 ký tự/);
      const ok = await browser.post('/admin/profile/password', { currentPassword: DEMO_PASSWORD, newPassword: 'một câu mật khẩu dài', confirmPassword: 'một câu mật khẩu dài' });
      assert.equal(ok.statusCode, 303);
      assert.equal((await browser.get('/admin')).statusCode, 200);
      assert.equal((await other.get('/admin')).statusCode, 303);
      assert.equal((await agent(t.app).login('chuyenvien@demo.cchc.vn', 'một câu mật khẩu dài')).statusCode, 303);
    });

    test('anyone edits their own profile; invalid input is kept and explained', async () => {
      const browser = agent(t.app);
      await browser.login('pakn@demo.cchc.vn', DEMO_PASSWORD);
      await browser.get('/admin/profile');
      const bad = await browser.post('/admin/profile', { fullName: 'L', title: 'Chuyên viên chính', phone: 'abc' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Họ và tên phải có ít nhất 2 ký tự/);
      assert.match(bad.body, /Số điện thoại chỉ gồm chữ số/);
      assert.match(bad.body, /value="Chuyên viên chính"/);
      const good = await browser.post('/admin/profile', { fullName: 'Lăng Văn Đức', title: 'Chuyên viên chính', phone: '0912 345 678' });
      assert.equal(good.statusCode, 303);
      const page = await browser.get('/admin/profile');
      assert.match(page.body, /value="Chuyên viên chính"/);
      assert.match(page.body, /Đã lưu thông tin cá nhân/);
    });
  });
}
