import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import { cchc, installationEnv, ROOT, show } from '../../../test/helpers/cli.js';
import { DEMO_DOCUMENTS } from '../../demo/documents.js';

const SAMPLE = join(ROOT, 'docs/samples/van-ban.csv');

describe('cchc import documents (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-docs-cli-'));
  const path = join(dir, 'x.db');
  const env = installationEnv(dir, `sqlite:${path}`);
  const run = (...args: string[]) => cchc(args, env, { timeout: 120_000 });
  const documents = () => {
    const db = new SQLite(path, { readonly: true });
    try {
      return db.prepare('select code, type, status from documents order by id').all() as { code: string; type: string; status: string }[];
    } finally {
      db.close();
    }
  };

  before(async () => {
    const demo = await run('demo');
    assert.equal(demo.status, 0, show(demo));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the demo library is loaded with the installation’s demo data', () => {
    assert.equal(documents().length, DEMO_DOCUMENTS.length);
  });

  test('a file with bad rows: every row error on stderr, exit status 1, nothing imported', async () => {
    const sample = readFileSync(SAMPLE, 'utf8');
    const lines = sample.split('\r\n');
    // Line 3 writes its type abbreviation in lower case; line 4 has its dates out of order.
    lines[2] = lines[2]!.replace('11/HD-SNV', '11/hd-SNV');
    lines[3] = lines[3]!.replace('25/01/2024,25/01/2024', '25/01/2024,24/01/2024');
    const bad = join(dir, 'sai.csv');
    writeFileSync(bad, lines.join('\r\n'));
    const r = await run('import', 'documents', bad);
    assert.equal(r.status, 1, show(r));
    assert.equal(r.stdout, '', show(r));
    assert.match(r.stderr, /^Dòng 3: Số, ký hiệu không đúng dạng: chữ viết tắt tên loại phải viết đúng chữ hoa, chữ thường: HD, không phải hd\.$/m);
    assert.match(r.stderr, /^Dòng 4: Ngày có hiệu lực không được trước ngày ban hành\.$/m);
    assert.match(r.stderr, /Lỗi: Tệp có 2 lỗi; chưa nhập dòng nào\./);
    assert.equal(documents().length, DEMO_DOCUMENTS.length);
  });

  test('the sample file imports cleanly, all rows, and once only', async () => {
    const r = await run('import', 'documents', SAMPLE);
    assert.equal(r.status, 0, show(r));
    assert.equal(r.stderr, '', show(r));
    const rows = readFileSync(SAMPLE, 'utf8').trim().split('\r\n').length - 1;
    assert.match(r.stdout, new RegExp(`Đã nhập ${rows} dòng từ `));
    const all = documents();
    assert.equal(all.length, DEMO_DOCUMENTS.length + rows);
    assert.deepEqual(all.find((d) => d.code === '07/QyĐ-STTTT'), { code: '07/QyĐ-STTTT', type: 'rules', status: 'inForce' });
    assert.deepEqual(all.find((d) => d.code === '05/TB-STTTT'), { code: '05/TB-STTTT', type: 'notice', status: 'inForce' });

    const again = await run('import', 'documents', SAMPLE);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /^Dòng 2: Số, ký hiệu 468\/QĐ-TTg của Thủ tướng Chính phủ năm 2021 đã có trong thư viện/m);
    assert.equal(documents().length, DEMO_DOCUMENTS.length + rows);
  });

  test('a file that is not a sheet, or lacks a column, is refused with the reason', async () => {
    const noColumn = join(dir, 'thieu-cot.csv');
    writeFileSync(noColumn, '\uFEFFTrích yếu\nabc\n');
    const r = await run('import', 'documents', noColumn);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Thiếu cột bắt buộc: “Số, ký hiệu”/);
  });
});
