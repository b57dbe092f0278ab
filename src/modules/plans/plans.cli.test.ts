import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { cchc, installationEnv, show } from '../../../test/helpers/cli.js';
import { SEED_PLAN_FILE } from '../../demo/plans.js';
import { docxParagraphTexts } from '../../platform/docx/official-document.js';

describe('cchc plan import, list, export (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-plans-cli-'));
  const env = installationEnv(dir, `sqlite:${join(dir, 'x.db')}`);
  const run = (...args: string[]) => cchc(args, env, { timeout: 120_000 });
  const seedFile = fileURLToPath(SEED_PLAN_FILE);

  before(async () => {
    const created = await run('user', 'create', '--email', 'quantri@so.gov.vn', '--password', 'mat-khau-du-dai-2026', '--name', 'Quản trị', '--role', 'admin');
    assert.equal(created.status, 0, show(created));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('import prints the new plan’s id; list prints one plan per line, its id first', async () => {
    const imported = await run('plan', 'import', seedFile, '--org', 'COQUAN', '--number', '45', '--date', '06/02/2023');
    assert.equal(imported.status, 0, show(imported));
    assert.match(imported.stdout, /^\d+\n$/);
    const id = imported.stdout.trim();
    const listed = await run('plan', 'list');
    assert.equal(listed.status, 0, show(listed));
    assert.deepEqual(listed.stdout.trim().split('\n'), [`${id}\t2023\t45/KH-COQUAN\tDự thảo\tTuyên truyền cải cách hành chính năm 2023`]);
  });

  test('export writes the .docx of the plan', async () => {
    const id = (await run('plan', 'list')).stdout.split('\t')[0]!;
    const out = join(dir, 'ke-hoach.docx');
    const exported = await run('plan', 'export', id, '--format', 'docx', '--out', out);
    assert.equal(exported.status, 0, show(exported));
    const texts = await docxParagraphTexts(readFileSync(out));
    assert.ok(texts.includes('Số: 45/KH-COQUAN'), JSON.stringify(texts.slice(0, 8)));
    assert.ok(texts.includes('Tuyên truyền cải cách hành chính năm 2023'));
  });

  test('a text that is not a plan, an unknown plan, a wrong format: a message on stderr and status 1', async () => {
    const notPlan = await run('plan', 'import', join(dir, 'x.db'));
    assert.equal(notPlan.status, 1);
    assert.match(notPlan.stderr, /Lỗi: Dòng \d+: không thấy tên loại văn bản “KẾ HOẠCH”/);
    const unknown = await run('plan', 'export', '999', '--format', 'docx', '--out', join(dir, 'khong.docx'));
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /Lỗi: Không tìm thấy kế hoạch\./);
    const pdf = await run('plan', 'export', '1', '--format', 'pdf', '--out', join(dir, 'k.pdf'));
    assert.match(pdf.stderr, /Cách dùng: cchc plan export MÃ --format docx --out TỆP/);
  });
});
