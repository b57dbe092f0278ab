import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';
import { createGroupCommit } from './group-commit.js';
import { SELF_DEADLOCK_MESSAGE } from './transaction-guard.js';

const AT = '2026-11-27T00:00:00.000Z';

// SQLite only: PostgreSQL gives a query on `db` a connection of its own from the pool.
describe('the transaction guard of the tests (sqlite)', () => {
  let database: TestDatabase;
  before(async () => {
    database = await freshDatabase('sqlite');
  });
  after(() => database.drop());

  const setting = (key: string) => database.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();

  test('a query on db inside a transaction fails at once and rolls the transaction back, instead of waiting forever', { timeout: 60_000 }, async () => {
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto('settings').values({ key: 'guard.inside', value: '1', updated_at: AT }).execute();
        await new Promise((resolve) => setTimeout(resolve, 1));
        return setting('guard.inside');
      }),
      { message: SELF_DEADLOCK_MESSAGE },
    );
    assert.equal(await setting('guard.inside'), undefined);
  });

  test('in a burst sharing one commit, the piece that queries db fails alone and the others are kept', { timeout: 60_000 }, async () => {
    const group = createGroupCommit(database);
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map((i) =>
        group.run(async (trx) => {
          await trx.insertInto('settings').values({ key: `guard.burst.${i}`, value: String(i), updated_at: AT }).execute();
          if (i === 1) await setting('guard.burst.0');
        }),
      ),
    );
    assert.deepEqual(outcomes.map((o) => o.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.equal((outcomes[1] as PromiseRejectedResult).reason.message, SELF_DEADLOCK_MESSAGE);
    assert.deepEqual([await setting('guard.burst.0'), await setting('guard.burst.1'), await setting('guard.burst.2')], [{ value: '0' }, undefined, { value: '2' }]);
  });

  test('a query from elsewhere waits for the transaction and sees what it committed', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    const holding = database.db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'guard.outside', value: '2', updated_at: AT }).execute();
      started();
      await released;
    });
    await inside;
    const read = setting('guard.outside');
    release();
    await holding;
    assert.deepEqual(await read, { value: '2' });
  });

  test('work a transaction leaves running after it has ended reads as usual', async () => {
    let later!: Promise<unknown>;
    await database.db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'guard.later', value: '3', updated_at: AT }).execute();
      later = new Promise((resolve) => setTimeout(resolve, 5)).then(() => setting('guard.later'));
    });
    assert.deepEqual(await later, { value: '3' });
  });
});
