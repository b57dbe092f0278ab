import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

const ADMIN = 'quantri@demo.cchc.vn';

async function agencyId(t: TestApp) {
  return (await t.services.organizations.findByCode('STTTT'))!.id;
}

for (const engine of engines()) {
  describe(`managing users (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine);
    });
    after(() => t.close());

    test('the users list filters by role and text, and shows Vietnamese role labels', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      const all = await admin.get('/admin/users');
      assert.equal(all.statusCode, 200);
      assert.match(all.body, /Tìm thấy 9 người dùng/);
      const editors = await admin.get('/admin/users?role=editor');
      assert.match(editors.body, /Tìm thấy 1 người dùng/);
      assert.match(editors.body, /Đinh Thu Trang/);
      assert.match(editors.body, /Biên tập viên/);
      const byText = await admin.get(`/admin/users?q=${encodeURIComponent('Niệp')}`);
      assert.match(byText.body, /Nông Văn Niệp/);
      assert.match(byText.body, /Tìm thấy 1 người dùng/);
      for (const wildcard of ['%', '_', '\\']) {
        const literal = await admin.get(`/admin/users?q=${encodeURIComponent(wildcard)}`);
        assert.match(literal.body, /Tìm thấy 0 người dùng/, `"${wildcard}" is searched literally`);
      }
      const badFilter = await admin.get('/admin/users?role=emperor');
      assert.equal(badFilter.statusCode, 422);
      assert.match(badFilter.body, /Tìm thấy 9 người dùng/);
    });

    test('the roles page shows each role’s permissions and how many hold it', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      const page = await admin.get('/admin/roles');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Xử lý phản ánh, kiến nghị/);
      assert.match(page.body, /Lãnh đạo<\/a><div class="muted">2 người<\/div>/);
    });

    test('only administrators manage users: an editor gets 403', async () => {
      const editor = agent(t.app);
      await editor.login('bientap@demo.cchc.vn', DEMO_PASSWORD);
      assert.equal((await editor.get('/admin/users')).statusCode, 403);
      assert.equal((await editor.get('/admin/users/new')).statusCode, 403);
      assert.equal((await editor.get('/admin/roles')).statusCode, 403);
      const page = await editor.get('/admin');
      assert.doesNotMatch(page.body, /href="\/admin\/users"/);
    });

    test('an invitation with errors comes back 422 with every message and the input kept', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      await admin.get('/admin/users/new');
      const response = await admin.post('/admin/users/new', { email: 'khong-hop-le', fullName: 'Nguyễn Thị Ánh', organizationId: '' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Có 3 lỗi cần sửa/);
      assert.match(response.body, /href="#f-email"/);
      assert.match(response.body, /Email không đúng định dạng/);
      assert.match(response.body, /Vui lòng chọn cơ quan/);
      assert.match(response.body, /Vui lòng chọn ít nhất một vai trò/);
      assert.match(response.body, /value="Nguyễn Thị Ánh"/);
      assert.match(response.body, /value="khong-hop-le"/);
      const taken = await admin.post('/admin/users/new', { email: ADMIN.toUpperCase(), fullName: 'Trùng Email', organizationId: String(await agencyId(t)), roles: 'staff' });
      assert.equal(taken.statusCode, 422);
      assert.match(taken.body, /Email này đã có tài khoản/);
    });

    test('invite → mail with a one-time link → set a password → sign in', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      await admin.get('/admin/users/new');
      const organizationId = String(await agencyId(t));
      const created = await admin.post('/admin/users/new', {
        email: 'Moi.NguoiDung@Demo.Cchc.vn',
        fullName: 'Nguyễn Thị Ánh',
        title: 'Chuyên viên',
        organizationId,
        roles: ['editor', 'staff'],
      });
      assert.equal(created.statusCode, 303);
      const detail = await admin.get(created.headers.location as string);
      assert.match(detail.body, /Đã tạo tài khoản và gửi thư mời kích hoạt/);
      assert.match(detail.body, /Đã mời, chưa kích hoạt/);

      assert.equal(await t.worker.drain(), 1);
      const mail = t.mails().find((m) => m.to.includes('moi.nguoidung@demo.cchc.vn'))!;
      assert.ok(mail, 'an invitation mail was written');
      const link = mail.text.match(/http:\/\/cchc\.test(\/admin\/password\/set\/[\w-]+)/)![1]!;

      const invited = agent(t.app);
      assert.equal((await invited.login('moi.nguoidung@demo.cchc.vn', 'bat-ky-mat-khau')).statusCode, 422);
      const form = await invited.get(link);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Kích hoạt tài khoản/);
      const mismatch = await invited.post(link, { newPassword: 'câu mật khẩu thật dài', confirmPassword: 'câu khác hẳn luôn' });
      assert.equal(mismatch.statusCode, 422);
      assert.match(mismatch.body, /không khớp/);
      const done = await invited.post(link, { newPassword: 'câu mật khẩu thật dài', confirmPassword: 'câu mật khẩu thật dài' });
      assert.equal(done.statusCode, 303);
      assert.equal((await invited.get(link)).statusCode, 404);
      assert.equal((await invited.login('moi.nguoidung@demo.cchc.vn', 'câu mật khẩu thật dài')).statusCode, 303);
      assert.match((await invited.get('/admin')).body, /Nguyễn Thị Ánh/);
    });

    test('editing roles and placement is audited with what changed', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      const user = (await t.services.users.listAll()).find((u) => u.email === 'chuyenvien@demo.cchc.vn')!;
      await admin.get(`/admin/users/${user.id}`);
      const saved = await admin.post(`/admin/users/${user.id}`, {
        fullName: user.fullName,
        title: 'Chuyên viên chính',
        organizationId: String(user.organizationId),
        unitId: String(user.unitId),
        roles: ['staff', 'unitFocal'],
      });
      assert.equal(saved.statusCode, 303);
      const audit = await admin.get(`/admin/audit?q=${encodeURIComponent(user.email)}&action=update`);
      assert.match(audit.body, /Chuyên viên chính/);
      assert.match(audit.body, /unitFocal/);
    });

    test('a unit from another organization is refused', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      const homeAffairs = (await t.services.organizations.findByCode('SNV'))!.id;
      const unit = (await t.services.organizations.allUnits())[0]!;
      await admin.get('/admin/users/new');
      const response = await admin.post('/admin/users/new', { email: 'sai.donvi@demo.cchc.vn', fullName: 'Sai Đơn Vị', organizationId: String(homeAffairs), unitId: String(unit.id), roles: 'staff' });
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Đơn vị không thuộc cơ quan đã chọn/);
    });

    test('deactivating ends the user’s sessions and refuses their sign-in; reactivating restores it', async () => {
      const admin = agent(t.app);
      const staff = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      await staff.login('daumoi.cntt@demo.cchc.vn', DEMO_PASSWORD);
      assert.equal((await staff.get('/admin')).statusCode, 200);
      const user = (await t.services.users.listAll()).find((u) => u.email === 'daumoi.cntt@demo.cchc.vn')!;
      await admin.get(`/admin/users/${user.id}`);
      assert.equal((await admin.post(`/admin/users/${user.id}/deactivate`)).statusCode, 303);
      assert.equal((await staff.get('/admin')).statusCode, 303);
      const refused = await agent(t.app).login('daumoi.cntt@demo.cchc.vn', DEMO_PASSWORD);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Tài khoản đã bị khóa/);
      await admin.post(`/admin/users/${user.id}/reactivate`);
      assert.equal((await agent(t.app).login('daumoi.cntt@demo.cchc.vn', DEMO_PASSWORD)).statusCode, 303);
    });

    test('an administrator cannot lock themselves out', async () => {
      const admin = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      const me = (await t.services.users.listAll()).find((u) => u.email === ADMIN)!;
      await admin.get(`/admin/users/${me.id}`);
      assert.equal((await admin.post(`/admin/users/${me.id}/deactivate`)).statusCode, 403);
      const demote = await admin.post(`/admin/users/${me.id}`, { fullName: me.fullName, organizationId: String(me.organizationId), roles: 'staff' });
      assert.equal(demote.statusCode, 422);
      assert.match(demote.body, /không thể tự bỏ vai trò quản trị/);
    });

    test('a reset link from the administrator works once and ends the user’s sessions', async () => {
      const admin = agent(t.app);
      const user = agent(t.app);
      await admin.login(ADMIN, DEMO_PASSWORD);
      await user.login('giamsat@demo.cchc.vn', DEMO_PASSWORD);
      const target = (await t.services.users.listAll()).find((u) => u.email === 'giamsat@demo.cchc.vn')!;
      await admin.get(`/admin/users/${target.id}`);
      await admin.post(`/admin/users/${target.id}/password-link`);
      assert.equal((await user.get('/admin')).statusCode, 303);
      await t.worker.drain();
      const mail = t.mails().filter((m) => m.to.includes('giamsat@demo.cchc.vn')).at(-1)!;
      assert.match(mail.subject, /Đặt lại mật khẩu/);
      const link = mail.text.match(/(\/admin\/password\/set\/[\w-]+)/)![1]!;
      const page = await user.get(link);
      assert.match(page.body, /Đặt lại mật khẩu/);
      assert.equal((await user.post(link, { newPassword: 'giám sát cải cách 2026', confirmPassword: 'giám sát cải cách 2026' })).statusCode, 303);
      assert.equal((await user.post(link, { newPassword: 'lần thứ hai thử lại', confirmPassword: 'lần thứ hai thử lại' })).statusCode, 404);
    });

    test('"forgot password" answers the same whether or not the account exists, and mails only real accounts', async () => {
      const visitor = agent(t.app, '192.0.2.44');
      const before = t.mails().length;
      await visitor.get('/admin/password/forgot');
      const known = await visitor.post('/admin/password/forgot', { email: 'giamdoc@demo.cchc.vn' });
      const unknown = await visitor.post('/admin/password/forgot', { email: 'khong-co@demo.cchc.vn' });
      assert.equal(known.headers.location, unknown.headers.location);
      await t.worker.drain();
      assert.equal(t.mails().length, before + 1);
    });
  });
}
