import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { cchc, installationEnv, show } from '../../../test/helpers/cli.js';
import { createDatabase } from '../../platform/db/database.js';
import { docxParagraphTexts } from '../../platform/docx/official-document.js';
import { insertArticle, insertPlan } from './reports.fixtures.js';

describe('cchc report export (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-reports-cli-'));
  const path = join(dir, 'x.db');
  const run = (...args: string[]) => cchc(args, installationEnv(dir, `sqlite:${path}`), { timeout: 120_000 });
  let planId = 0;

  before(async () => {
    const migrated = await run('migrate');
    assert.equal(migrated.status, 0, show(migrated));
    const database = createDatabase({ engine: 'sqlite', path });
    try {
      const organization = (name: string, code: string, supervisorId: number | null) =>
        database.db
          .insertInto('organizations')
          .values({ kind: 'department', name, short_name: code, code, address: '', phone: '', email: '', website: '', place_name: 'Lạng Sơn', parent_id: null, supervisor_id: supervisorId, valid_from: null, valid_to: null, created_at: '2023-01-01T00:00:00.000Z', updated_at: '2023-01-01T00:00:00.000Z' })
          .returning('id')
          .executeTakeFirstOrThrow();
      const homeAffairs = await organization('Sở Nội vụ', 'SNV', null);
      const agency = await organization('Sở Thông tin và Truyền thông', 'STTTT', homeAffairs.id);
      planId = await insertPlan(database.db, agency.id);
      await insertArticle(database.db, { organizationId: agency.id, topic: 'II.6', publishedAt: '2023-01-20T02:00:00.000Z' });
    } finally {
      await database.close();
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a period without a written report exports its figures under the empty narrative headings', async () => {
    const out = join(dir, 'bao-cao.docx');
    const r = await run('report', 'export', '--plan', String(planId), '--period', '2023-Q1', '--format', 'docx', '--out', out);
    assert.equal(r.status, 0, show(r));
    assert.equal(r.stdout.trim(), `Đã xuất báo cáo ra ${out}.`);
    const texts = await docxParagraphTexts(readFileSync(out));
    for (const expected of ['BÁO CÁO', 'Số: …/BC-STTTT', 'Lạng Sơn, ngày … tháng … năm …', 'Kết quả quý I năm 2023 thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2023', 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', '- Sở Nội vụ;']) {
      assert.ok(texts.includes(expected), `${expected} in ${JSON.stringify(texts)}`);
    }
    const topic = texts.indexOf('II.6. Tuyên truyền và đẩy mạnh việc thực hiện dịch vụ công trực tuyến.');
    assert.equal(texts[topic + 1], '1');
  });

  test('a wrong period, plan or format is refused with a message and no file', async () => {
    const out = join(dir, 'khong-co.docx');
    const period = await run('report', 'export', '--plan', String(planId), '--period', '2023-Q5', '--out', out);
    assert.equal(period.status, 1, show(period));
    assert.match(period.stderr, /^Lỗi: Kỳ báo cáo “2023-Q5” không hợp lệ\. Kỳ báo cáo viết theo dạng 2023-Q1/);
    const plan = await run('report', 'export', '--plan', '999', '--period', '2023', '--out', out);
    assert.equal(plan.status, 1, show(plan));
    assert.match(plan.stderr, /^Lỗi: Không tìm thấy kế hoạch\./);
    const format = await run('report', 'export', '--plan', String(planId), '--period', '2023', '--format', 'pdf', '--out', out);
    assert.equal(format.status, 1, show(format));
    assert.match(format.stderr, /^Lỗi: Định dạng pdf chưa được hỗ trợ; chỉ có docx\./);
    const usage = await run('report', 'export', '--period', '2023');
    assert.match(usage.stderr, /Cách dùng: cchc report export --plan MÃ --period KỲ --format docx --out TỆP/);
    assert.equal(existsSync(out), false);
  });
});
