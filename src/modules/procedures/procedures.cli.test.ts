import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { cchc, installationEnv, show } from '../../../test/helpers/cli.js';
import { loadDemo } from '../../demo/demo.js';
import { systemClock } from '../../platform/clock.js';
import { createDatabase, migrateToLatest } from '../../platform/db/database.js';
import { createMailer } from '../../platform/mail/mailer.js';
import { createLocalStorage } from '../../platform/storage/storage.js';
import { createServices } from '../../services.js';

describe('cchc import procedures (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-procedures-cli-'));
  const path = join(dir, 'cchc.db');
  const env = installationEnv(dir, `sqlite:${path}`);
  const procedures = () => {
    const db = new SQLite(path, { readonly: true });
    try {
      return db.prepare('select code, name, online_level from procedures order by code').all() as { code: string; name: string; online_level: string }[];
    } finally {
      db.close();
    }
  };

  before(async () => {
    // An installation with its agency and portal set up, as after the first start.
    const database = createDatabase({ engine: 'sqlite', path });
    await migrateToLatest(database);
    const services = createServices({
      database,
      clock: systemClock,
      mailer: createMailer({ smtpUrl: null, mailDir: join(dir, 'mail'), from: 'test@cchc.local' }),
      storage: createLocalStorage(join(dir, 'files')),
      config: { baseUrl: 'http://cchc.test' },
    });
    await loadDemo(services);
    await database.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a file with errors is refused whole: each problem on its own line, exit status 1, nothing imported', async () => {
    const file = join(dir, 'loi.csv');
    writeFileSync(
      file,
      '\uFEFFMã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Cơ quan thực hiện,Mức độ trực tuyến,Thời hạn giải quyết,Trình tự thực hiện\n' +
        '1.090001,Thủ tục đúng,Bưu chính,Cấp tỉnh,Sở,Toàn trình,05 ngày làm việc,Nộp hồ sơ\n' +
        '12345,Thủ tục sai mã,Bưu chính,Cấp tỉnh,Sở,Toàn trình,05 ngày làm việc,Nộp hồ sơ\n' +
        '1.090003,Thủ tục sai mức độ,Bưu chính,Cấp tỉnh,Sở,Mức 9,05 ngày làm việc,\n',
    );
    const r = await cchc(['import', 'procedures', file], env);
    assert.equal(r.status, 1, show(r));
    assert.match(r.stderr, /^Dòng 3 \(Mã thủ tục\): Mã thủ tục theo dạng/m, show(r));
    assert.match(r.stderr, /^Dòng 4 \(Mức độ trực tuyến\): Mức độ trực tuyến “Mức 9” không hợp lệ/m, show(r));
    assert.match(r.stderr, /^Dòng 4 \(Trình tự thực hiện\): /m, show(r));
    assert.match(r.stderr, /^Lỗi: Tệp có 3 lỗi; chưa nhập dòng nào\./m, show(r));
    assert.equal(r.stdout, '');
    assert.deepEqual(procedures(), []);
  });

  test('the sample file imports, and importing it again updates the same procedures', async () => {
    const first = await cchc(['import', 'procedures', 'docs/samples/thu-tuc.csv'], env);
    assert.equal(first.status, 0, show(first));
    assert.equal(first.stderr.trim(), '', show(first));
    assert.match(first.stdout, /^Đã nhập 5 dòng từ docs\/samples\/thu-tuc\.csv\.$/m);
    const imported = procedures();
    assert.equal(imported.length, 5);
    assert.deepEqual(
      imported.map((p) => p.online_level),
      ['full', 'partial', 'full', 'none', 'full'],
    );
    const again = await cchc(['import', 'procedures', 'docs/samples/thu-tuc.csv'], env);
    assert.equal(again.status, 0, show(again));
    assert.equal(procedures().length, 5);
  });

  test('a file that is not a sheet of procedures is explained', async () => {
    const file = join(dir, 'khac.csv');
    writeFileSync(file, 'Họ tên,Điện thoại\nAn,0900\n');
    const r = await cchc(['import', 'procedures', file], env);
    assert.equal(r.status, 1, show(r));
    assert.match(r.stderr, /Lỗi: Thiếu cột bắt buộc: “Mã thủ tục”/);
  });
});
