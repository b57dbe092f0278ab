import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.js';

const SECRET = 'x'.repeat(32);

/** Fails unless loading throws a ConfigError naming `variable` in its message. */
function assertRefused(env: NodeJS.ProcessEnv, variable: string) {
  assert.throws(
    () => loadConfig(env),
    (error) => {
      assert.ok(error instanceof ConfigError, `expected ConfigError, got ${error}`);
      assert.equal(error.variable, variable);
      assert.ok(error.message.includes(variable), `message does not name ${variable}: ${error.message}`);
      assert.match(error.message, /Cấu hình không hợp lệ/);
      return true;
    },
    `${JSON.stringify(env)} should be refused for ${variable}`,
  );
}

describe('loadConfig', () => {
  test('an empty environment gives the development defaults', () => {
    const config = loadConfig({});
    assert.equal(config.env, 'development');
    assert.equal(config.port, 3000);
    assert.equal(config.host, '0.0.0.0');
    assert.deepEqual(config.database, { engine: 'sqlite', path: 'data/cchc.db' });
    assert.equal(config.baseUrl, 'http://localhost:3000');
    assert.equal(config.logLevel, 'info');
    assert.equal(config.smtpUrl, null);
    assert.equal(config.storageDir, 'data/files');
    assert.equal(config.mailDir, 'data/mail');
    assert.equal(config.loadDemo, true);
    assert.equal(config.runWorker, true);
    // Outside production a random secret is made, long enough to sign cookies.
    assert.ok(config.sessionSecret.length >= 32);
    assert.notEqual(loadConfig({}).sessionSecret, config.sessionSecret);
    assert.ok(Object.isFrozen(config));
  });

  test('tests are silent by default; values from the environment are taken', () => {
    assert.equal(loadConfig({ NODE_ENV: 'test' }).logLevel, 'silent');
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://cchc:mk@db.so.gov.vn:5432/cchc',
      LOG_LEVEL: 'debug',
      SMTP_URL: 'smtps://user:pass@mail.so.gov.vn:465',
      BASE_URL: 'https://cchc.so.gov.vn/',
      SESSION_SECRET: SECRET,
      WORKER: '0',
      DEMO: '0',
    });
    assert.equal(config.port, 8080);
    assert.deepEqual(config.database, { engine: 'postgres', url: 'postgres://cchc:mk@db.so.gov.vn:5432/cchc' });
    assert.equal(config.logLevel, 'debug');
    assert.equal(config.smtpUrl, 'smtps://user:pass@mail.so.gov.vn:465');
    assert.equal(config.baseUrl, 'https://cchc.so.gov.vn', 'no trailing slash, so links join with one');
    assert.equal(config.sessionSecret, SECRET);
    assert.equal(config.runWorker, false);
    assert.equal(config.loadDemo, false);
    assert.equal(loadConfig({ PORT: '8080' }).baseUrl, 'http://localhost:8080');
  });

  test('SQLite URLs name a file, relative or absolute', () => {
    assert.deepEqual(parseDatabaseUrl('sqlite:data/x.db'), { engine: 'sqlite', path: 'data/x.db' });
    assert.deepEqual(parseDatabaseUrl('sqlite:/var/lib/cchc/x.db'), { engine: 'sqlite', path: '/var/lib/cchc/x.db' });
    assert.deepEqual(parseDatabaseUrl('sqlite:///var/lib/cchc/x.db'), { engine: 'sqlite', path: '/var/lib/cchc/x.db' });
    assert.deepEqual(parseDatabaseUrl('postgresql://u@h/db'), { engine: 'postgres', url: 'postgresql://u@h/db' });
  });

  const refused: [string, NodeJS.ProcessEnv, string][] = [
    ['a port that is not a number', { PORT: 'abc' }, 'PORT'],
    ['a port above 65535', { PORT: '70000' }, 'PORT'],
    ['a negative port', { PORT: '-1' }, 'PORT'],
    ['a fractional port', { PORT: '80.5' }, 'PORT'],
    ['a MySQL database', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    ['an SQLite URL without a path', { DATABASE_URL: 'sqlite:' }, 'DATABASE_URL'],
    ['an empty DATABASE_URL', { DATABASE_URL: '' }, 'DATABASE_URL'],
    ['a malformed PostgreSQL URL', { DATABASE_URL: 'postgres://u@host:notaport/db' }, 'DATABASE_URL'],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    ['an unknown environment', { NODE_ENV: 'staging' }, 'NODE_ENV'],
    ['an SMTP_URL that is not smtp', { SMTP_URL: 'http://x' }, 'SMTP_URL'],
    ['a BASE_URL that is not http(s)', { BASE_URL: 'ftp://x' }, 'BASE_URL'],
    ['a BASE_URL that is not absolute', { BASE_URL: 'cchc.so.gov.vn' }, 'BASE_URL'],
    ['production without SESSION_SECRET', { NODE_ENV: 'production' }, 'SESSION_SECRET'],
    ['production with a short SESSION_SECRET', { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(31) }, 'SESSION_SECRET'],
    ['a short SESSION_SECRET in development', { SESSION_SECRET: 'ngan' }, 'SESSION_SECRET'],
    ['zero WORKERS', { WORKERS: '0' }, 'WORKERS'],
    ['several WORKERS on the embedded SQLite file', { WORKERS: '2' }, 'WORKERS'],
  ];
  for (const [what, env, variable] of refused) {
    test(`${what} stops the start with a message naming ${variable}`, () => assertRefused(env, variable));
  }

  test('several WORKERS are accepted on PostgreSQL; one is the default', () => {
    assert.equal(loadConfig({}).workers, 1);
    assert.equal(loadConfig({ WORKERS: '4', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/cchc' }).workers, 4);
  });

  test('an empty or blank PORT (a bare "PORT=" line) does not mean port 0, a random port nobody can find', () => {
    for (const PORT of ['', ' ']) {
      let port: number | null = null;
      try {
        port = loadConfig({ PORT }).port;
      } catch (error) {
        // Refusing it is as good as ignoring it, provided the message names the variable.
        assert.ok(error instanceof ConfigError && error.variable === 'PORT', String(error));
        continue;
      }
      assert.equal(port, 3000, `PORT=${JSON.stringify(PORT)} gave port ${port}`);
    }
  });

  test('production never loads demo data, even when asked', () => {
    for (const DEMO of [undefined, '1', 'true', '']) {
      assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DEMO }).loadDemo, false, `DEMO=${DEMO}`);
    }
    assert.equal(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET }).logLevel, 'info');
    assert.equal(loadConfig({ NODE_ENV: 'test' }).loadDemo, true);
  });
});
