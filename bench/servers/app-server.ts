/**
 * Child process: the real application (buildApp from src/app.ts) on 127.0.0.1, a random port.
 * Configured by the environment like the server (DATABASE_URL, DEMO, LOG_LEVEL, WORKER, …);
 * tells its parent the port over IPC once it listens, closes cleanly on SIGTERM (so that
 * `--cpu-prof` writes its profile).
 */
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const { app } = await buildApp(loadConfig());
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.send!({ ready: true, port: typeof address === 'object' && address ? address.port : 0 });

// Also when the benchmark process goes away without stopping this one.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => {
  app.close().finally(() => process.exit(0));
});
