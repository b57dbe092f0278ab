import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo.js';

async function main() {
  const config = loadConfig();
  const { app } = await buildApp(config);
  app.server.requestTimeout = 30_000;
  app.server.headersTimeout = 15_000;

  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'đang dừng: chờ các yêu cầu và việc nền đang chạy hoàn tất');
      const force = setTimeout(() => process.exit(1), 25_000);
      force.unref();
      app.close().then(
        () => process.exit(0),
        (error) => {
          app.log.error({ err: error }, 'dừng không trọn vẹn');
          process.exit(1);
        },
      );
    });
  }

  await app.listen({ port: config.port, host: config.host });
  const base = config.baseUrl;
  const lines = [
    `Cổng thông tin công khai: ${base}/`,
    `Trang quản trị:          ${base}/admin`,
    `Cơ sở dữ liệu:           ${config.database.engine === 'sqlite' ? `SQLite ${config.database.path}` : 'PostgreSQL'}`,
  ];
  if (config.loadDemo) {
    lines.push(`Đăng nhập thử: ${DEMO_USERS[0]!.email} / ${DEMO_PASSWORD} (quản trị); các tài khoản khác: xem README.md`);
  }
  app.log.info(lines.join('\n'));
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Không khởi động được máy chủ:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
