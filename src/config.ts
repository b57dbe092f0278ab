import { randomBytes } from 'node:crypto';

/** Which database engine a DATABASE_URL names; everything dialect-specific keys off this. */
export type DatabaseConfig =
  | { engine: 'sqlite'; path: string }
  | { engine: 'postgres'; url: string; schema?: string };

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: DatabaseConfig;
  storageDir: string;
  sessionSecret: string;
  smtpUrl: string | null;
  mailDir: string;
  mailFrom: string;
  baseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Demo data is loaded into an empty database outside production. */
  loadDemo: boolean;
  /** With DEMO=accounts only organizations and accounts are loaded (fast, for tests); otherwise portal content too. */
  demoContent: boolean;
  runWorker: boolean;
  /** Server processes (WORKERS); more than one only on PostgreSQL. */
  workers: number;
}>;

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`Cấu hình không hợp lệ: ${variable} — ${message}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function parseDatabaseUrl(value: string): DatabaseConfig {
  if (value.startsWith('sqlite:')) {
    const path = value.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '') throw new ConfigError('DATABASE_URL', 'thiếu đường dẫn tệp sau "sqlite:"');
    return { engine: 'sqlite', path };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'địa chỉ PostgreSQL không đúng dạng postgres://user@host:port/db');
    }
    // `?schema=name` puts every table in that schema (several installations, or test runs, in one database).
    const schema = url.searchParams.get('schema');
    if (schema === null) return { engine: 'postgres', url: value };
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new ConfigError('DATABASE_URL', `tên schema "${schema}" chỉ gồm chữ thường không dấu, số và dấu gạch dưới`);
    url.searchParams.delete('schema');
    return { engine: 'postgres', url: url.href, schema };
  }
  throw new ConfigError('DATABASE_URL', 'phải bắt đầu bằng "sqlite:" hoặc "postgres://"');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError('PORT', `"${value}" không phải số cổng từ 0 đến 65535`);
  }
  return port;
}

function parseBaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return url.href.replace(/\/$/, '');
  } catch {
    throw new ConfigError('BASE_URL', `"${value}" không phải địa chỉ http(s) tuyệt đối`);
  }
}

/**
 * Processes to serve with. Several need PostgreSQL: it is what carries sessions, jobs, rate-limit
 * counters and page-cache invalidations between them; the embedded file serves one process.
 */
function parseWorkers(value: string, database: DatabaseConfig): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1 || workers > 64) throw new ConfigError('WORKERS', `"${value}" không phải số tiến trình từ 1 đến 64`);
  if (workers > 1 && database.engine !== 'postgres') throw new ConfigError('WORKERS', 'chạy nhiều tiến trình cần PostgreSQL (DATABASE_URL=postgres://…)');
  return workers;
}

/** Reads the environment once; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', 'chỉ nhận development, production hoặc test');
  }
  const port = parsePort(env.PORT || '3000');
  const host = env.HOST ?? '0.0.0.0';
  const database = parseDatabaseUrl(env.DATABASE_URL ?? 'sqlite:data/cchc.db');

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info')) as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `chỉ nhận ${LOG_LEVELS.join(', ')}`);
  }

  let sessionSecret = env.SESSION_SECRET ?? '';
  if (nodeEnv === 'production' && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'bắt buộc trong môi trường production, dài ít nhất 32 ký tự');
  }
  if (sessionSecret === '') {
    // Outside production a per-process secret is fine: it only signs the CSRF and flash cookies.
    sessionSecret = randomBytes(32).toString('hex');
  } else if (sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET', 'phải dài ít nhất 32 ký tự');
  }

  const workers = parseWorkers(env.WORKERS ?? '1', database);

  const smtpUrl = env.SMTP_URL ? env.SMTP_URL : null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', 'phải có dạng smtp://user:pass@host:port hoặc smtps://…');
  }

  return Object.freeze({
    env: nodeEnv,
    port,
    host,
    database,
    storageDir: env.STORAGE_DIR ?? 'data/files',
    sessionSecret,
    smtpUrl,
    mailDir: env.MAIL_DIR ?? 'data/mail',
    mailFrom: env.MAIL_FROM ?? 'CCHC <no-reply@cchc.local>',
    baseUrl: parseBaseUrl(env.BASE_URL ?? `http://localhost:${port}`),
    logLevel,
    loadDemo: nodeEnv !== 'production' && env.DEMO !== '0',
    demoContent: env.DEMO !== 'accounts',
    runWorker: env.WORKER !== '0',
    workers,
  });
}
