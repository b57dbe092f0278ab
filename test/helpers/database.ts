import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, migrateToLatest, type Database, type Engine } from '../../src/platform/db/database.js';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (as in CI). */
export const engines = (): Engine[] => (process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']);

export type TestDatabase = Database & { url: string; schema?: string; drop(): Promise<void> };

/**
 * A fresh, migrated database that no other test file sees: a SQLite file in a temporary folder,
 * or a PostgreSQL schema of its own (test files run in parallel).
 */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
    const path = join(dir, 'test.db');
    const database = createDatabase({ engine: 'sqlite', path }, { guardTransactions: true });
    await migrateToLatest(database);
    return {
      ...database,
      url: `sqlite:${path}`,
      async drop() {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const database = createDatabase({ engine: 'postgres', url }, { schema, poolSize: 4 });
  await migrateToLatest(database);
  return {
    ...database,
    // What a server or CLI process is given to open this same schema.
    url: `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`,
    schema,
    async drop() {
      await database.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
