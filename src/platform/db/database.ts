import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../../config.js';
import { migrations } from './migrations/index.js';
import type { DB } from './schema.js';
import { CatalogTablesDialect } from './postgres-tables.js';
import { transactionGuardedKysely } from './transaction-guard.js';

export type Engine = DatabaseConfig['engine'];

export type Database = {
  db: Kysely<DB>;
  engine: Engine;
  /** The SQLite file, for backup and restore; null on PostgreSQL. */
  sqlitePath: string | null;
  /** The PostgreSQL schema this database lives in, when not the default. */
  schema?: string;
  /** Pool figures for /metrics. */
  poolStats(): { total: number; idle: number; waiting: number };
  ping(): Promise<void>;
  /**
   * Messages between the server processes sharing this database (PostgreSQL NOTIFY; the payload
   * is delivered once the sending transaction, if any, commits). One process on SQLite: no-ops.
   */
  notify(channel: string, payload: string): Promise<void>;
  /** Calls `onMessage` for each message on `channel`, and `onLost` when the connection is lost (messages may have been missed). */
  listen(channel: string, onMessage: (payload: string) => void, onLost: (error: Error) => void): Promise<{ close(): Promise<void> }>;
  close(): Promise<void>;
};

const PG_TIMESTAMPTZ = 1184;
const PG_INT8 = 20;

/**
 * Both engines hand back the same JavaScript values: instants as ISO-8601 UTC strings
 * (SQLite stores them so) and 64-bit integers as numbers (money in đồng fits well below 2^53).
 */
function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: string) => {
      if (oid === PG_TIMESTAMPTZ) return (value: string) => new Date(value).toISOString();
      if (oid === PG_INT8) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Distinct statements kept compiled; the application has a few hundred. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Kysely prepares every query anew; compiling SQL is a tenth of the CPU of a feedback submission
 * (bench/README.md). Statements are kept by their text (least recently used dropped first) and
 * reused: better-sqlite3 runs them synchronously, so two uses never overlap, except a streamed
 * read, which gets a statement of its own.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  const compile = (text: string): SqliteStatement => {
    const statement = sqlite.prepare(text);
    // Kysely passes the parameters as one array, which better-sqlite3 binds in order.
    return {
      reader: statement.reader,
      all: (parameters) => statement.all(parameters),
      run: (parameters) => statement.run(parameters),
      iterate: (parameters) => sqlite.prepare(text).iterate(parameters),
    };
  };
  return {
    close: () => sqlite.close(),
    prepare(text) {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else {
        statement = compile(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

export type DatabaseOptions = {
  /** PostgreSQL schema to live in (tests give each file its own). */
  schema?: string;
  poolSize?: number;
  /** Tests: on SQLite, a query on `db` from inside a transaction throws instead of waiting forever (transaction-guard.ts). */
  guardTransactions?: boolean;
};

export function createDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): Database {
  if (config.engine === 'sqlite') {
    if (config.path !== ':memory:') mkdirSync(dirname(config.path), { recursive: true });
    const sqlite = new SQLite(config.path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: an acknowledged write survives a power cut, not only a crash of the process.
    sqlite.pragma('synchronous = FULL');
    const dialectConfig = { database: withStatementCache(sqlite) };
    const db = options.guardTransactions ? transactionGuardedKysely(dialectConfig) : new Kysely<DB>({ dialect: new SqliteDialect(dialectConfig) });
    return {
      db,
      engine: 'sqlite',
      sqlitePath: config.path,
      poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
      ping: async () => {
        await sql`select 1`.execute(db);
      },
      notify: async () => {},
      listen: async () => ({ close: async () => {} }),
      close: () => db.destroy(),
    };
  }

  const schema = options.schema ?? config.schema;
  const connection = { connectionString: config.url, types: pgTypes(), ...(schema ? { options: `-c search_path=${schema}` } : {}) };
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  const db = new Kysely<DB>({ dialect: new CatalogTablesDialect({ pool }) });
  return {
    db,
    engine: 'postgres',
    sqlitePath: null,
    schema,
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    notify: async (channel, payload) => {
      await sql`select pg_notify(${channelName(channel, schema)}, ${payload})`.execute(db);
    },
    listen: async (channel, onMessage, onLost) => {
      // LISTEN holds its connection for good, so it gets one of its own outside the pool.
      const client = new pg.Client(connection);
      let closing = false;
      const lost = (error: Error) => {
        if (!closing) onLost(error);
      };
      client.on('error', lost);
      client.on('end', () => lost(new Error('PostgreSQL closed the notification connection')));
      client.on('notification', (message) => {
        if (message.channel === channelName(channel, schema)) onMessage(message.payload ?? '');
      });
      await client.connect();
      await client.query(`LISTEN "${channelName(channel, schema)}"`);
      return {
        close: async () => {
          closing = true;
          await client.end();
        },
      };
    },
    close: () => db.destroy(),
  };
}

/** Channels are database-wide: the schema keeps installations (and test files) sharing a database apart. */
const channelName = (channel: string, schema: string | undefined) => (schema ? `${channel}_${schema}` : channel);

export async function migrateToLatest(database: Pick<Database, 'db' | 'schema'>): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  if (database.schema) await sql`create schema if not exists ${sql.id(database.schema)}`.execute(database.db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
