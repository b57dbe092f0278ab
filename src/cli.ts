import { copyFile, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { loadConfig, type Config } from './config.js';
import { DEMO_PASSWORD, loadDemoIfEmpty } from './demo/demo.js';
import { systemContext, type RequestContext } from './platform/auth/actor.js';
import { DEFAULT_RATE_PER_MINUTE } from './platform/auth/api-keys.js';
import { passwordProblem } from './platform/auth/passwords.js';
import { isRole, ROLE_NAMES } from './platform/auth/roles.js';
import { systemClock } from './platform/clock.js';
import { createDatabase, migrateToLatest, type Database } from './platform/db/database.js';
import { AppError, ValidationError } from './platform/http/errors.js';
import { ImportRejected } from './platform/import/spreadsheet.js';
import { PLAN_HELP, planCommand } from './modules/plans/plans.cli.js';
import { createMailer } from './platform/mail/mailer.js';
import { createLocalStorage } from './platform/storage/storage.js';
import { createServices, type Services } from './services.js';

/** What `cchc import KIND FILE` can read, by kind: each module's service checks the whole file, all or nothing. */
const IMPORTS: Record<string, (services: Services) => (ctx: RequestContext, data: Buffer) => Promise<{ imported: number }>> = {
  documents: (s) => (ctx, data) => s.documents.importFile(ctx, data),
  procedures: (s) => (ctx, data) => s.procedures.importFile(ctx, data),
  statistics: (s) => (ctx, data) => s.statistics.importFile(ctx, data),
};

const HELP = `cchc — công cụ dòng lệnh của nền tảng tuyên truyền cải cách hành chính

Cách dùng: cchc <lệnh> [tùy chọn]     (trong thư mục dự án: npx cchc …)

Lệnh:
  migrate                       Cập nhật cấu trúc cơ sở dữ liệu lên phiên bản mới nhất
  demo                          Nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  user create --email E --password P --name N --role R [--role R2 …] [--org MÃ]
                                Tạo tài khoản đang hoạt động (mặc định thuộc cơ quan đầu tiên)
  user list                     Liệt kê người dùng
  api-key create --name TÊN [--rate N]
                                Tạo khóa API cho hệ thống đối tác gửi phản ánh, kiến nghị qua Open311
                                (N yêu cầu mỗi phút, mặc định ${DEFAULT_RATE_PER_MINUTE}); khóa in ở dòng cuối, chỉ một lần
  api-key list                  Liệt kê khóa API (không in khóa)
  api-key revoke MÃ             Thu hồi khóa API số MÃ
${PLAN_HELP}
  report export --plan MÃ --period KỲ --format docx --out TỆP
                                Xuất báo cáo kỳ KỲ (2023-Q1…Q4, 2023-H1, 2023-9M, 2023) của kế hoạch số MÃ
                                ra tệp .docx theo thể thức Nghị định 30/2020 (chưa lập báo cáo: số liệu và đề mục trống)
  import LOẠI TỆP               Nhập dữ liệu từ tệp CSV (UTF-8) hoặc XLSX, tất cả hoặc không dòng nào
                                (LOẠI: ${Object.keys(IMPORTS).join(', ') || 'chưa có'})
  backup TỆP                    Sao lưu trực tuyến cơ sở dữ liệu SQLite ra TỆP
  restore TỆP                   Khôi phục cơ sở dữ liệu SQLite từ TỆP (khi máy chủ đã dừng)
  --help                        Xem hướng dẫn này

Vai trò: ${ROLE_NAMES.join(', ')}
Cơ sở dữ liệu lấy từ biến môi trường DATABASE_URL, như máy chủ (mặc định sqlite:data/cchc.db).`;

class UsageError extends Error {}


const PG_BACKUP_HELP = `Cơ sở dữ liệu đang dùng là PostgreSQL. Hãy sao lưu và khôi phục bằng công cụ của PostgreSQL:
  pg_dump --format=custom --file=cchc.dump "$DATABASE_URL"
  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" cchc.dump
(pg_dump cho bản sao lưu nhất quán khi hệ thống vẫn chạy.)`;

async function withServices<T>(config: Config, run: (services: Services, database: Database) => Promise<T>): Promise<T> {
  const database = createDatabase(config.database, { guardTransactions: config.env === 'test' });
  try {
    await migrateToLatest(database);
    const services = createServices({
      database,
      clock: systemClock,
      mailer: createMailer({ smtpUrl: config.smtpUrl, mailDir: config.mailDir, from: config.mailFrom }),
      storage: createLocalStorage(config.storageDir),
      config,
    });
    return await run(services, database);
  } finally {
    await database.close();
  }
}

async function userCreate(config: Config, args: string[]) {
  const { values } = parseArgs({
    args,
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true }, org: { type: 'string' } },
  });
  if (!values.email || !values.password || !values.name || !values.role?.length) {
    throw new UsageError('Thiếu tùy chọn: cần --email, --password, --name và ít nhất một --role.');
  }
  const unknown = values.role.filter((r) => !isRole(r));
  if (unknown.length > 0) throw new UsageError(`Vai trò không hợp lệ: ${unknown.join(', ')}. Các vai trò: ${ROLE_NAMES.join(', ')}.`);
  const problem = passwordProblem(values.password);
  if (problem) throw new UsageError(problem);
  await withServices(config, async (services) => {
    await services.calendar.ensurePrefilled();
    if (!values.org) await ensureFirstOrganization(services);
    const organizations = await services.organizations.options();
    const organization = values.org ? await services.organizations.findByCode(values.org) : organizations[0];
    if (!organization) {
      throw new UsageError(values.org ? `Không có cơ quan mã ${values.org}.` : 'Chưa có cơ quan nào: hãy chạy "cchc demo" hoặc chỉ định --org sau khi tạo cơ quan.');
    }
    const id = await services.users.createWithPassword(systemContext('cli'), {
      email: values.email,
      password: values.password,
      fullName: values.name,
      organizationId: organization.id,
      roles: values.role,
    });
    console.log(`Đã tạo người dùng #${id} ${values.email} (${values.role!.join(', ')}) thuộc ${organization.name}.`);
  });
}

/** `cchc api-key create|list|revoke`: keys of partner systems for Open311 POST requests. */
async function apiKey(config: Config, [sub, ...args]: string[]) {
  const ctx = systemContext('cli');
  if (sub === 'create') {
    const { values } = parseArgs({ args, options: { name: { type: 'string' }, rate: { type: 'string' } } });
    if (!values.name) throw new UsageError('Thiếu tùy chọn: cần --name TÊN.');
    await withServices(config, async (services) => {
      const created = await services.apiKeys.create(ctx, { name: values.name, ratePerMinute: values.rate });
      console.log(`Đã tạo khóa API #${created.id} “${created.name}” (${created.ratePerMinute} yêu cầu mỗi phút). Khóa chỉ hiện một lần, hãy lưu lại:`);
      console.log(created.key);
    });
    return;
  }
  if (sub === 'list') {
    await withServices(config, async (services) => {
      for (const key of await services.apiKeys.list(ctx)) {
        const state = key.revokedAt ? `thu hồi ${key.revokedAt}` : 'đang dùng';
        console.log([key.id, `${key.prefix}…`, key.name, `${key.ratePerMinute}/phút`, state, key.lastUsedAt ? `dùng lần cuối ${key.lastUsedAt}` : 'chưa dùng'].join('\t'));
      }
    });
    return;
  }
  if (sub === 'revoke') {
    const id = Number(args[0]);
    if (!Number.isSafeInteger(id) || id < 1) throw new UsageError('Cách dùng: cchc api-key revoke MÃ (số thứ tự của khóa trong "cchc api-key list").');
    await withServices(config, async (services) => {
      const key = await services.apiKeys.revoke(ctx, id);
      console.log(`Đã thu hồi khóa API #${key.id} “${key.name}”.`);
    });
    return;
  }
  throw new UsageError('Lệnh "api-key" cần "create", "list" hoặc "revoke".');
}

/** `cchc report export`: a plan's periodic report as a .docx (the Office's file to sign and send). */
async function reportExport(config: Config, [sub, ...args]: string[]) {
  const usage = 'Cách dùng: cchc report export --plan MÃ --period KỲ --format docx --out TỆP';
  if (sub !== 'export') throw new UsageError(usage);
  const { values } = parseArgs({ args, options: { plan: { type: 'string' }, period: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  const planId = Number(values.plan);
  if (!Number.isSafeInteger(planId) || planId < 1 || !values.period || !values.out) throw new UsageError(usage);
  if ((values.format ?? 'docx') !== 'docx') throw new UsageError(`Định dạng ${values.format} chưa được hỗ trợ; chỉ có docx.`);
  await withServices(config, async (services) => {
    const { data } = await services.reports.exportFor(systemContext('cli'), planId, values.period!);
    await writeFile(values.out!, data);
    console.log(`Đã xuất báo cáo ra ${values.out}.`);
  });
}

/** With no organization yet (a production install), `user create` makes a first one so the administrator has a home. */
async function ensureFirstOrganization(services: Services) {
  if ((await services.organizations.options()).length > 0) return;
  await services.organizations.create(systemContext('cli'), { kind: 'department', name: 'Cơ quan chủ quản', code: 'COQUAN' });
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  switch (command) {
    case 'migrate': {
      const database = createDatabase(config.database);
      try {
        const applied = await migrateToLatest(database);
        console.log(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
      } finally {
        await database.close();
      }
      return;
    }
    case 'demo':
      await withServices(config, async (services) => {
        await services.calendar.ensurePrefilled();
        const loaded = await loadDemoIfEmpty(services, { content: true });
        console.log(loaded ? `Đã nạp dữ liệu mẫu. Mật khẩu mọi tài khoản mẫu: ${DEMO_PASSWORD}` : 'Cơ sở dữ liệu đã có dữ liệu; không nạp dữ liệu mẫu.');
      });
      return;
    case 'user': {
      const [sub, ...args] = rest;
      if (sub === 'create') return userCreate(config, args);
      if (sub === 'list') {
        await withServices(config, async (services) => {
          for (const user of await services.users.listAll()) {
            console.log([user.id, user.email, user.fullName, user.status, user.roles.join(',')].join('\t'));
          }
        });
        return;
      }
      throw new UsageError('Lệnh "user" cần "create" hoặc "list".');
    }
    case 'api-key':
      return apiKey(config, rest);
    case 'plan':
      return withServices(config, (services) => planCommand(services, rest));
    case 'report':
      return reportExport(config, rest);
    case 'import': {
      const [kind, file] = rest;
      const importer = kind ? IMPORTS[kind] : undefined;
      if (!importer || !file) throw new UsageError(`Cách dùng: cchc import ${Object.keys(IMPORTS).join('|')} TỆP`);
      if (!existsSync(file)) throw new UsageError(`Không có tệp ${file}.`);
      const data = await readFile(file);
      await withServices(config, async (services) => {
        try {
          const { imported } = await importer(services)(systemContext('cli'), data);
          console.log(`Đã nhập ${imported} dòng từ ${file}.`);
        } catch (error) {
          if (!(error instanceof ImportRejected)) throw error;
          for (const p of error.problems) console.error(`Dòng ${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
          throw new UsageError(error.message);
        }
      });
      return;
    }
    case 'backup':
    case 'restore': {
      const file = rest[0];
      if (!file) throw new UsageError(`Thiếu tên tệp: cchc ${command} TỆP`);
      if (config.database.engine !== 'sqlite') {
        console.log(PG_BACKUP_HELP);
        return;
      }
      return command === 'backup' ? backup(config.database.path, file) : restore(config.database.path, file);
    }
    default:
      throw new UsageError(`Lệnh không hợp lệ: ${command}. Xem "cchc --help".`);
  }
}

/** SQLite's online backup API: a consistent copy while the server keeps running and writing. */
async function backup(path: string, file: string) {
  if (!existsSync(path)) throw new UsageError(`Không có cơ sở dữ liệu tại ${path}.`);
  const db = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  console.log(`Đã sao lưu ${path} vào ${file}.`);
}

/** Checks the file is a healthy database of ours, then replaces the current one (the server must be stopped). */
async function restore(path: string, file: string) {
  if (!existsSync(file)) throw new UsageError(`Không có tệp ${file}.`);
  const candidate = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const check = candidate.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new UsageError(`Tệp ${file} bị hỏng (integrity_check: ${check}).`);
    const tables = candidate.prepare("select count(*) as n from sqlite_master where name = 'kysely_migration'").get() as { n: number };
    if (tables.n === 0) throw new UsageError(`Tệp ${file} không phải bản sao lưu của cchc.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Tệp ${file} không phải cơ sở dữ liệu SQLite hợp lệ.`);
  } finally {
    candidate.close();
  }
  await rm(`${path}-wal`, { force: true });
  await rm(`${path}-shm`, { force: true });
  await copyFile(file, path);
  console.log(`Đã khôi phục ${path} từ ${file}. Hãy khởi động lại máy chủ.`);
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof ValidationError) {
    console.error(`Lỗi: ${Object.values(error.fields).join(' ')}`);
  } else if (error instanceof UsageError || error instanceof AppError) {
    console.error(`Lỗi: ${error.message}`);
  } else {
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
});
