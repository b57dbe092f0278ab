// Production runs the compiled JavaScript (`npm run build`, then `npm run serve`): the build must
// succeed and the compiled server must find everything it reads beside its code (public files,
// the demo's seed text) and serve the portal and the sign-in page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ROOT } from '../helpers/cli.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

describe('the compiled server', () => {
  let dir: string;
  let server: ServerProcess | undefined;

  before(async () => {
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stdout + built.stderr);
    dir = mkdtempSync(join(tmpdir(), 'cchc-build-'));
    server = await startServerProcess(
      { DATABASE_URL: `sqlite:${join(dir, 'cchc.db')}`, STORAGE_DIR: join(dir, 'files'), MAIL_DIR: join(dir, 'mail'), DEMO: '1', NODE_ENV: 'development' },
      { compiled: true, timeout: 180_000 },
    );
  });
  after(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('serves the portal with its styles, the sign-in page and the demo plan read from its seed text', async () => {
    const home = await fetch(`${server!.base}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Sở Thông tin và Truyền thông/);
    assert.equal((await fetch(`${server!.base}/assets/css/cchc.css`)).status, 200);
    assert.match(await (await fetch(`${server!.base}/admin/login`)).text(), /Đăng nhập quản trị/);
    const list = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'plan', 'list'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: `sqlite:${join(dir, 'cchc.db')}` } });
    assert.match(list.stdout, /Tuyên truyền cải cách hành chính năm 2023/);
  });
});
