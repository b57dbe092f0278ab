import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { cchc, installationEnv, show, type Run } from '../test/helpers/cli.js';
import { DEMO_USERS } from './demo/demo.js';

/** A folder holding one SQLite database, files and mail, as an installation would. */
function installation() {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
  const path = join(dir, 'x.db');
  const env = installationEnv(dir, `sqlite:${path}`);
  return { dir, path, env, run: (...args: string[]) => cchc(args, env) };
}

function succeeded(r: Run) {
  assert.equal(r.status, 0, show(r));
  assert.equal(r.stderr.trim(), '', show(r));
}

function failedWith(r: Run, message: RegExp) {
  assert.notEqual(r.status, 0, show(r));
  assert.match(r.stderr, message, show(r));
  assert.equal(r.stdout, '', show(r));
}

/** `user list` prints one user per line: id, email, name, status, roles, separated by tabs. */
function listed(r: Run) {
  succeeded(r);
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  const users = lines.map((line) => {
    const [id, email, fullName, status, roles] = line.split('\t');
    assert.match(id ?? '', /^\d+$/, line);
    assert.match(email ?? '', /@/, line);
    return { email: email!, fullName: fullName!, status: status!, roles: (roles ?? '').split(',') };
  });
  assert.equal(new Set(users.map((u) => u.email)).size, users.length, 'each user once');
  return users;
}

describe('cchc command line (sqlite)', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('--help prints the usage in Vietnamese and exits 0', async () => {
    const r = await cchc(['--help'], { DATABASE_URL: 'sqlite:/nonexistent/never-opened.db' });
    succeeded(r);
    assert.match(r.stdout, /Cách dùng: cchc <lệnh>/);
    for (const command of ['migrate', 'demo', 'user create', 'user list', 'backup TỆP', 'restore TỆP']) assert.ok(r.stdout.includes(command), command);
    assert.match(r.stdout, /Vai trò: admin, leader, editor/);
    assert.equal(existsSync('/nonexistent/never-opened.db'), false);
  });

  test('migrate, then a "user create" missing options or with an unknown role fails and leaves the database empty, so "demo" still loads', async () => {
    const it = installation();
    dirs.push(it.dir);
    const migrated = await it.run('migrate');
    succeeded(migrated);
    assert.match(migrated.stdout, /Đã áp dụng: .*foundation/);

    failedWith(await it.run('user', 'create', '--email', 'an@so.gov.vn'), /Thiếu tùy chọn: cần --email, --password, --name và ít nhất một --role/);
    failedWith(
      await it.run('user', 'create', '--email', 'an@so.gov.vn', '--password', 'Mat-khau-rat-dai-2026', '--name', 'Trần An', '--role', 'emperor'),
      /Vai trò không hợp lệ: emperor/,
    );

    // A refused command must not have changed anything.
    const db = new SQLite(it.path, { readonly: true });
    try {
      const organizations = db.prepare('select name, code from organizations').all();
      assert.deepEqual(organizations, [], `a refused "user create" left organizations behind: ${JSON.stringify(organizations)}`);
    } finally {
      db.close();
    }
    const demo = await it.run('demo');
    succeeded(demo);
    assert.match(demo.stdout, /Đã nạp dữ liệu mẫu/, 'demo data is loaded after the refused commands');
  });

  describe('an installation with demo data', () => {
    const it = installation();
    dirs.push(it.dir);
    before(async () => {
      const demo = await it.run('demo');
      succeeded(demo);
      assert.match(demo.stdout, /Đã nạp dữ liệu mẫu\. Mật khẩu mọi tài khoản mẫu: \S+/);
    });

    test('user create refuses a weak password with the password message', async () => {
      failedWith(
        await it.run('user', 'create', '--email', 'yeu@so.gov.vn', '--password', '123', '--name', 'Mật Khẩu Yếu', '--role', 'editor'),
        /Mật khẩu phải có ít nhất 10 ký tự/,
      );
    });

    test('users created, backed up and restored: the list shows the demo accounts and the user made before the backup only', async () => {
      const created = await it.run(
        'user', 'create', '--email', 'nguyen.moi@so.gov.vn', '--password', 'Mat-khau-rat-dai-2026', '--name', 'Nguyễn Văn Mới', '--role', 'editor', '--role', 'approver',
      );
      succeeded(created);
      assert.match(created.stdout, /Đã tạo người dùng #\d+ nguyen\.moi@so\.gov\.vn \(editor, approver\)/);

      const file = join(it.dir, 'ban-sao.db');
      const backedUp = await it.run('backup', file);
      succeeded(backedUp);
      assert.ok(statSync(file).size > 0);

      succeeded(await it.run('user', 'create', '--email', 'sau.sao.luu@so.gov.vn', '--password', 'Mat-khau-rat-dai-2027', '--name', 'Sau Sao Lưu', '--role', 'staff'));

      const restored = await it.run('restore', file);
      succeeded(restored);
      assert.match(restored.stdout, /Đã khôi phục/);

      const users = listed(await it.run('user', 'list'));
      const emails = users.map((u) => u.email);
      assert.ok(emails.includes('quantri@demo.cchc.vn'), emails.join(' '));
      for (const demo of DEMO_USERS) assert.ok(emails.includes(demo.email), `demo account ${demo.email} is listed`);
      assert.equal(users.length, DEMO_USERS.length + 1);
      const mine = users.find((u) => u.email === 'nguyen.moi@so.gov.vn');
      assert.ok(mine, 'the user created before the backup is back');
      assert.equal(mine.fullName, 'Nguyễn Văn Mới');
      assert.deepEqual([...mine.roles].sort(), ['approver', 'editor']);
      assert.equal(emails.includes('sau.sao.luu@so.gov.vn'), false, 'the user created after the backup is gone');
      assert.equal(emails.includes('yeu@so.gov.vn'), false);
    });

    test('restore refuses a file that is not a database and leaves the current one in place', async () => {
      const bogus = join(it.dir, 'khong-phai-csdl.db');
      writeFileSync(bogus, 'Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n'.repeat(200));
      const before = statSync(it.path).size;
      failedWith(await it.run('restore', bogus), /không phải cơ sở dữ liệu SQLite hợp lệ/);
      assert.equal(statSync(it.path).size, before);
      const db = new SQLite(it.path, { readonly: true });
      try {
        assert.ok((db.prepare('select count(*) as n from users').get() as { n: number }).n > 0);
      } finally {
        db.close();
      }
    });
  });
});

describe('cchc command line (postgres)', { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL is not set' }, () => {
  test('backup on PostgreSQL explains pg_dump instead of copying a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-pg-'));
    try {
      const file = join(dir, 'x');
      const r = await cchc(['backup', file], installationEnv(dir, process.env.TEST_DATABASE_URL!));
      succeeded(r);
      assert.match(r.stdout, /PostgreSQL/);
      assert.match(r.stdout, /pg_dump/);
      assert.match(r.stdout, /pg_restore/);
      assert.equal(existsSync(file), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
