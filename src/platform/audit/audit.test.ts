import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { fixedClock } from '../../../test/helpers/clock.js';
import { systemContext } from '../auth/actor.js';
import { createAuditWriter, diff } from './audit.js';

test('diff keeps only changed fields and never copies secrets', () => {
  const changes = diff({ name: 'A', title: 'x', password: 'old' }, { name: 'B', title: 'x', password: 'new', passwordHash: 'h' });
  assert.deepEqual(changes, { name: ['A', 'B'] });
});

for (const engine of engines()) {
  describe(`audit writing (${engine})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await freshDatabase(engine);
    });
    after(() => database.drop());

    test('an audit row commits or rolls back with the change it records', async () => {
      const audit = createAuditWriter(fixedClock('2026-05-04T01:02:03Z'));
      const ctx = { ...systemContext('test'), ip: '203.0.113.5', requestId: 'req-1' };
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await audit(trx, ctx, { action: 'update', subjectType: 'plan', subjectId: 7, summary: 'rolled back' });
          throw new Error('the change failed');
        }),
      );
      await database.db.transaction().execute((trx) => audit(trx, ctx, { action: 'create', subjectType: 'plan', subjectId: 8, summary: 'kept', changes: { title: 'Kế hoạch 2023' } }));
      const rows = await database.db.selectFrom('audit_log').select(['action', 'summary', 'ip', 'request_id', 'actor_id', 'actor_name', 'at', 'changes']).execute();
      assert.deepEqual(rows, [
        {
          action: 'create',
          summary: 'kept',
          ip: '203.0.113.5',
          request_id: 'req-1',
          actor_id: null,
          actor_name: 'Hệ thống (test)',
          at: '2026-05-04T01:02:03.000Z',
          changes: '{"title":"Kế hoạch 2023"}',
        },
      ]);
    });
  });
}
