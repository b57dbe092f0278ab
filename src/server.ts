import cluster from 'node:cluster';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo.js';

/** A worker that dies is replaced, but not one that keeps dying at start: something is wrong then. */
const RESTART_WINDOW_MS = 10_000;

/** Closes the app on SIGINT/SIGTERM: running requests and the running job finish first. */
function closeOnSignal(close: () => Promise<void>, log: (message: string) => void) {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      log('đang dừng: chờ các yêu cầu và việc nền đang chạy hoàn tất');
      const force = setTimeout(() => process.exit(1), 25_000);
      force.unref();
      close().then(
        () => process.exit(0),
        (error) => {
          console.error('dừng không trọn vẹn', error);
          process.exit(1);
        },
      );
    });
  }
}

function announce(config: Config) {
  const base = config.baseUrl;
  const lines = [
    `Cổng thông tin công khai: ${base}/`,
    `Trang quản trị:          ${base}/admin`,
    `Cơ sở dữ liệu:           ${config.database.engine === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL'}`,
  ];
  if (config.workers > 1) lines.push(`Tiến trình phục vụ:      ${config.workers}`);
  if (config.loadDemo) {
    lines.push(`Đăng nhập thử: ${DEMO_USERS[0]!.email} / ${DEMO_PASSWORD} (quản trị); các tài khoản khác: xem README.md`);
  }
  console.log(`\n${lines.join('\n')}\n`);
}

async function serve(config: Config) {
  const { app } = await buildApp(config);
  app.server.requestTimeout = 30_000;
  app.server.headersTimeout = 15_000;
  closeOnSignal(() => app.close(), (message) => app.log.info({ pid: process.pid }, message));
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) announce(config);
}

/**
 * WORKERS=N on PostgreSQL: this process prepares the database once (migrations, demo data), then
 * runs N workers sharing the port (node:cluster). They share sessions, jobs, rate-limit counts and
 * page-cache invalidations through PostgreSQL, and one secret for the cookies they sign.
 */
async function supervise(config: Config) {
  const { app } = await buildApp({ ...config, runWorker: false });
  await app.close();
  const env = { SESSION_SECRET: config.sessionSecret };
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork(env);
    startedAt.set(worker.id, Date.now());
  };
  let stopping = false;
  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === config.workers) announce(config);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const early = Date.now() - (startedAt.get(worker.id) ?? 0) < RESTART_WINDOW_MS;
    console.error(`tiến trình phục vụ ${worker.process.pid} đã dừng (${signal ?? code})${early ? '; dừng ngay khi khởi động nên không chạy lại' : '; chạy lại'}`);
    if (early) process.exitCode = 1;
    else fork();
    if (Object.keys(cluster.workers ?? {}).length === 0 && early) process.exit(1);
  });
  closeOnSignal(
    async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      await Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve).process.kill('SIGTERM'))));
    },
    (message) => console.log(message),
  );
  for (let i = 0; i < config.workers; i++) fork();
}

async function main() {
  const config = loadConfig();
  if (config.workers > 1 && cluster.isPrimary) await supervise(config);
  else await serve(config);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Không khởi động được máy chủ:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
