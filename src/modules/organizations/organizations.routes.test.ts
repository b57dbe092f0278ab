import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../demo/demo.js';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`organizations and units (${engine})`, () => {
    let t: TestApp;
    let admin: ReturnType<typeof agent>;
    before(async () => {
      t = await testApp(engine);
      admin = agent(t.app);
      await admin.login('quantri@demo.cchc.vn', DEMO_PASSWORD);
    });
    after(() => t.close());

    test('the demo tree: the province above Sở Nội vụ and the agency, which Sở Nội vụ supervises', async () => {
      const page = await admin.get('/admin/organizations');
      assert.equal(page.statusCode, 200);
      const body = page.body;
      assert.ok(body.indexOf('Ủy ban nhân dân tỉnh Lạng Sơn') < body.indexOf('Sở Nội vụ'));
      assert.match(body, /Sở Thông tin và Truyền thông<\/a> <span class="badge badge--info">Cổng thông tin/);
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      const detail = await admin.get(`/admin/organizations/${agency.id}`);
      assert.match(detail.body, /Các phòng, đơn vị \(6\)/);
      assert.match(detail.body, /Văn phòng Sở/);
      assert.match(detail.body, /Đơn vị đầu mối/);
    });

    test('a new organization with errors is shown again with 422 and the input kept; a valid one is saved and audited', async () => {
      await admin.get('/admin/organizations/new');
      const bad = await admin.post('/admin/organizations/new', { name: 'Sở Khoa học và Công nghệ', code: 'S KHCN', kind: '' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Mã cơ quan chỉ gồm chữ, số/);
      assert.match(bad.body, /Vui lòng chọn loại cơ quan/);
      assert.match(bad.body, /value="Sở Khoa học và Công nghệ"/);
      const province = (await t.services.organizations.findByCode('UBND'))!;
      const ok = await admin.post('/admin/organizations/new', { name: 'Sở Khoa học và Công nghệ', code: 'skhcn', kind: 'department', parentId: String(province.id), email: 'skhcn@langson.gov.vn' });
      assert.equal(ok.statusCode, 303);
      const created = (await t.services.organizations.findByCode('SKHCN'))!;
      assert.equal(created.parentId, province.id);
      const audit = await t.services.db.selectFrom('audit_log').select(['action', 'summary']).where('subject_type', '=', 'organization').where('subject_id', '=', String(created.id)).execute();
      assert.deepEqual(audit, [{ action: 'create', summary: 'Sở Khoa học và Công nghệ' }]);
      const duplicate = await admin.post('/admin/organizations/new', { name: 'Trùng mã', code: 'SKHCN', kind: 'department' });
      assert.match(duplicate.body, /Mã cơ quan này đã được dùng/);
    });

    test('an organization cannot be placed under itself or its own descendant', async () => {
      const province = (await t.services.organizations.findByCode('UBND'))!;
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      await admin.get(`/admin/organizations/${province.id}/edit`);
      const loop = await admin.post(`/admin/organizations/${province.id}/edit`, { name: province.name, code: province.code, kind: province.kind, parentId: String(agency.id) });
      assert.equal(loop.statusCode, 422);
      assert.match(loop.body, /cơ quan cấp dưới của nó/);
      assert.equal((await t.services.organizations.findByCode('UBND'))!.parentId, null);
    });

    test('renaming is data: the portal header follows the new name at once', async () => {
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      await admin.get(`/admin/organizations/${agency.id}/edit`);
      const saved = await admin.post(`/admin/organizations/${agency.id}/edit`, {
        name: 'Sở Khoa học, Công nghệ và Truyền thông',
        code: 'STTTT',
        kind: 'department',
        parentId: String(agency.parentId),
        supervisorId: String(agency.supervisorId),
      });
      assert.equal(saved.statusCode, 303);
      const home = await agent(t.app).get('/');
      assert.match(home.body, /Sở Khoa học, Công nghệ và Truyền thông/);
    });

    test('units: added with validation, edited, and an organization with units cannot be deleted', async () => {
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      await admin.get(`/admin/organizations/${agency.id}`);
      const bad = await admin.post(`/admin/organizations/${agency.id}/units`, { name: '', code: 'VP' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /Vui lòng nhập tên đơn vị/);
      const duplicate = await admin.post(`/admin/organizations/${agency.id}/units`, { name: 'Văn phòng 2', code: 'vp', active: '1' });
      assert.match(duplicate.body, /Mã đơn vị này đã có trong cơ quan/);
      const added = await admin.post(`/admin/organizations/${agency.id}/units`, { name: 'Phòng Chuyển đổi số', code: 'CDS', sortOrder: '7', active: '1' });
      assert.equal(added.statusCode, 303);
      const page = await admin.get(`/admin/organizations/${agency.id}`);
      assert.match(page.body, /Phòng Chuyển đổi số/);
      const refused = await admin.post(`/admin/organizations/${agency.id}/delete`);
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Không thể xóa/);
    });

    test('leaders read their own organization but cannot change organizations', async () => {
      const leader = agent(t.app);
      await leader.login('giamdoc@demo.cchc.vn', DEMO_PASSWORD);
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      const homeAffairs = (await t.services.organizations.findByCode('SNV'))!;
      assert.equal((await leader.get(`/admin/organizations/${agency.id}`)).statusCode, 200);
      assert.equal((await leader.get(`/admin/organizations/${homeAffairs.id}`)).statusCode, 403);
      assert.equal((await leader.get('/admin/organizations/new')).statusCode, 403);
      assert.equal((await leader.post(`/admin/organizations/${agency.id}/units`, { name: 'Phòng Mới', code: 'PM' })).statusCode, 403);
    });

    test('the supervising agency reads the organizations it supervises', async () => {
      const supervisor = agent(t.app);
      await supervisor.login('giamsat@demo.cchc.vn', DEMO_PASSWORD);
      const agency = (await t.services.organizations.findByCode('STTTT'))!;
      const province = (await t.services.organizations.findByCode('UBND'))!;
      assert.equal((await supervisor.get(`/admin/organizations/${agency.id}`)).statusCode, 200);
      assert.equal((await supervisor.get(`/admin/organizations/${province.id}`)).statusCode, 403);
    });

    test('an unknown or malformed id is a Vietnamese 404', async () => {
      for (const url of ['/admin/organizations/99999', '/admin/organizations/abc', '/admin/units/0']) {
        const response = await admin.get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.body, /Không tìm thấy/);
      }
    });
  });
}
