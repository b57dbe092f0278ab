import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { cchc, installationEnv, show, type Run } from '../../../test/helpers/cli.js';
import { createDatabase } from '../db/database.js';
import { systemClock } from '../clock.js';
import { createAuditWriter } from '../audit/audit.js';
import { createMemoryRateCounter } from '../http/rate-counter.js';
import { createApiKeys } from './api-keys.js';

function succeeded(r: Run) {
  assert.equal(r.status, 0, show(r));
  assert.equal(r.stderr.trim(), '', show(r));
  return r.stdout.split('\n').filter((l) => l !== '');
}

describe('cchc api-key (sqlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-api-key-cli-'));
  const path = join(dir, 'cchc.db');
  const run = (...args: string[]) => cchc(['api-key', ...args], installationEnv(dir, `sqlite:${path}`));
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** What the server would make of a key: it opens the same database. */
  async function check(key: string) {
    const database = createDatabase({ engine: 'sqlite', path });
    try {
      const keys = createApiKeys({ db: database.db, clock: systemClock, audit: createAuditWriter(systemClock), counter: createMemoryRateCounter(Date.now) });
      const found = await keys.check(key);
      return found.ok ? { ok: true, rate: found.key.ratePerMinute } : { ok: false, reason: found.reason };
    } finally {
      await database.close();
    }
  }

  test('create prints the key as its last line, once; list shows id first and never the key; revoke refuses the key at once; both are audited', async () => {
    const first = succeeded(await run('create', '--name', 'Cổng Dịch vụ công tỉnh'));
    const key = first.at(-1)!;
    assert.match(key, /^cchc_[A-Za-z0-9_-]{43}$/);
    assert.match(first[0]!, /khóa API #1 “Cổng Dịch vụ công tỉnh” \(600 yêu cầu mỗi phút\)/);
    assert.deepEqual(await check(key), { ok: true, rate: 600 });

    const second = succeeded(await run('create', '--name', 'Tổng đài 1022', '--rate', '120'));
    const other = second.at(-1)!;
    assert.notEqual(other, key);
    assert.deepEqual(await check(other), { ok: true, rate: 120 });

    const listed = succeeded(await run('list'));
    assert.equal(listed.length, 2);
    assert.match(listed[0]!, /^1\tcchc_.{6}…\tCổng Dịch vụ công tỉnh\t600\/phút\tđang dùng\t/);
    assert.match(listed[1]!, /^2\tcchc_.{6}…\tTổng đài 1022\t120\/phút\tđang dùng\t/);
    for (const line of listed) for (const k of [key, other]) assert.ok(!line.includes(k), 'never the key');

    succeeded(await run('revoke', '1'));
    assert.deepEqual(await check(key), { ok: false, reason: 'revoked' });
    assert.deepEqual(await check(other), { ok: true, rate: 120 });
    assert.match(succeeded(await run('list'))[0]!, /^1\t.*\tthu hồi /);

    const database = createDatabase({ engine: 'sqlite', path });
    try {
      const audited = await database.db.selectFrom('audit_log').select(['action', 'subject_id', 'changes']).where('subject_type', '=', 'api_key').orderBy('id').execute();
      assert.deepEqual(audited.map((a) => `${a.action} ${a.subject_id}`), ['api_key.create 1', 'api_key.create 2', 'api_key.revoke 1']);
      for (const a of audited) for (const k of [key, other]) assert.ok(!a.changes.includes(k), 'the audit log never holds the key');
    } finally {
      await database.close();
    }
  });

  test('wrong uses fail with a message in Vietnamese and change nothing', async () => {
    for (const [args, message] of [
      [['create'], /cần --name/],
      [['create', '--name', 'Đối tác', '--rate', 'nhiều'], /Số yêu cầu mỗi phút/],
      [['revoke', 'x'], /cchc api-key revoke MÃ/],
      [['revoke', '99'], /Không có khóa API #99/],
      [['xoa'], /"create", "list" hoặc "revoke"/],
    ] as const) {
      const r = await run(...args);
      assert.notEqual(r.status, 0, show(r));
      assert.match(r.stderr, message, show(r));
    }
  });
});
