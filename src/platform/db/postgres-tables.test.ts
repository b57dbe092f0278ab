import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { migrateToLatest } from './database.js';
import { freshDatabase, type TestDatabase } from '../../../test/helpers/database.js';

const url = process.env.TEST_DATABASE_URL;

// Another installation (or test file) dropping its schema while this one starts must not fail the start.
describe('migrations on PostgreSQL beside schemas being dropped', { skip: !url }, () => {
  let database: TestDatabase;
  let admin: pg.Client;
  before(async () => {
    database = await freshDatabase('postgres');
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  after(async () => {
    await admin.end();
    await database.drop();
  });

  test('the migrator sees its own tables and runs nothing twice, whatever else is dropped meanwhile', async () => {
    const tables = await database.db.introspection.getTables();
    assert.ok(tables.some((t) => t.schema === database.schema && t.name === 'feedback'));
    for (let round = 0; round < 15; round++) {
      const other = `t_gone_${randomBytes(4).toString('hex')}`;
      await admin.query(`CREATE SCHEMA ${other}`);
      for (let i = 0; i < 20; i++) await admin.query(`CREATE TABLE ${other}.t${i} (id serial primary key, a text, b text, c text)`);
      const [ran] = await Promise.all([migrateToLatest(database), admin.query(`DROP SCHEMA ${other} CASCADE`)]);
      assert.deepEqual(ran, []);
    }
  });
});
