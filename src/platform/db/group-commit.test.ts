import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { createGroupCommit } from './group-commit.js';

const AT = '2026-11-27T00:00:00.000Z';

for (const engine of engines()) {
  describe(`group commit (${engine})`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await freshDatabase(engine);
    });
    after(() => database.drop());

    const keys = async (prefix: string) =>
      (await database.db.selectFrom('settings').select('key').where('key', 'like', `${prefix}%`).orderBy('key').execute()).map((r) => r.key);

    test('every piece of a burst is committed and answered with its own result', async () => {
      const group = createGroupCommit(database);
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          group.run(async (trx) => {
            await trx.insertInto('settings').values({ key: `burst.${String(i).padStart(2, '0')}`, value: String(i), updated_at: AT }).execute();
            return i * 2;
          }),
        ),
      );
      assert.deepEqual(results, Array.from({ length: 30 }, (_, i) => i * 2));
      assert.equal((await keys('burst.')).length, 30);
    });

    test('a piece that fails is rolled back alone; the others of its burst are kept', async () => {
      const group = createGroupCommit(database);
      const outcomes = await Promise.allSettled(
        [0, 1, 2, 3].map((i) =>
          group.run(async (trx) => {
            await trx.insertInto('settings').values({ key: `mixed.${i}`, value: String(i), updated_at: AT }).execute();
            if (i === 2) throw new Error('hỏng ở phần thứ ba');
          }),
        ),
      );
      assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      assert.equal((outcomes[2] as PromiseRejectedResult).reason.message, 'hỏng ở phần thứ ba');
      assert.deepEqual(await keys('mixed.'), ['mixed.0', 'mixed.1', 'mixed.3']);
    });

    test('a piece whose statement the database refuses does not take its neighbours down', async () => {
      const group = createGroupCommit(database);
      await database.db.insertInto('settings').values({ key: 'unique.taken', value: '0', updated_at: AT }).execute();
      const outcomes = await Promise.allSettled(
        ['unique.a', 'unique.taken', 'unique.b'].map((key) => group.run((trx) => trx.insertInto('settings').values({ key, value: '1', updated_at: AT }).execute())),
      );
      assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
      assert.deepEqual(await keys('unique.'), ['unique.a', 'unique.b', 'unique.taken']);
    });
  });
}
