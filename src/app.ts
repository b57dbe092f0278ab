import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { loadDemoIfEmpty } from './demo/demo.js';
import { adminNav, modules, publicNav } from './modules/index.js';
import { sessionPlugin } from './platform/auth/session-plugin.js';
import { systemClock, type Clock } from './platform/clock.js';
import { createDatabase, migrateToLatest, type Database } from './platform/db/database.js';
import { installErrorHandling } from './platform/http/error-handler.js';
import { webPlugin } from './platform/http/web.js';
import { createWorker, type Worker } from './platform/jobs/worker.js';
import { createMailer, type Mailer } from './platform/mail/mailer.js';
import { metricsPlugin } from './platform/metrics/metrics.js';
import { createLocalStorage } from './platform/storage/storage.js';
import { createServices, type Services } from './services.js';

/** Every response's `x-request-id`, also for pages answered before Fastify. */
const newRequestId = () => randomUUID();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
/** Browser files served from their npm packages, so they update with `npm install` and never download at run time. */
const VENDOR_FILES = {
  '/assets/js/htmx.min.js': require.resolve('htmx.org/dist/htmx.min.js'),
  '/assets/vendor/squire.js': require.resolve('squire-rte/dist/squire.js'),
};

export type AppOverrides = { database?: Database; clock?: Clock; mailer?: Mailer };

export type App = { app: FastifyInstance; services: Services; worker: Worker };

/**
 * Builds the whole application (fastify/demo order): platform plugins, then services, then
 * modules. Migrations run first; an empty database outside production gets the demo data.
 */
export async function buildApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const database = overrides.database ?? createDatabase(config.database, { guardTransactions: config.env === 'test' });
  await migrateToLatest(database);
  const services = createServices({
    database,
    clock: overrides.clock ?? systemClock,
    mailer: overrides.mailer ?? createMailer({ smtpUrl: config.smtpUrl, mailDir: config.mailDir, from: config.mailFrom }),
    storage: createLocalStorage(config.storageDir),
    config,
  });
  await services.calendar.ensurePrefilled();
  if (config.loadDemo) await loadDemoIfEmpty(services, { content: config.demoContent });
  const portalOrganization = await services.organizations.portalOrganizationId();
  if (portalOrganization) await services.categories.ensureDefaults(portalOrganization);

  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: newRequestId,
    requestIdHeader: false,
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 1_048_576,
    // Finish in-flight requests on close, but do not wait for idle keep-alive connections.
    forceCloseConnections: 'idle',
    // A public page already rendered is sent as stored bytes before Fastify sees the request (see page-cache.ts).
    serverFactory: (handler) => createServer((request, response) => services.pageCache.serveFront(request, response, newRequestId) || handler(request, response)),
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(metricsPlugin, { jobDepth: () => services.jobs.depth(), pool: () => database.poolStats(), pageCacheFrontHits: () => services.pageCache.frontHits });
  await app.register(webPlugin, {
    secret: config.sessionSecret,
    site: async () => ({ ...(await services.organizations.site()), nav: [...(await services.portal.navigation()), ...publicNav] }),
    nav: adminNav,
  });
  await app.register(sessionPlugin, { store: services.sessions, loadActor: (id: number) => services.users.loadActor(id) });
  // A general limit on public writes; signed-in back-office work is not throttled here.
  await app.register(rateLimit, {
    max: 30,
    timeWindow: '1 minute',
    ...(services.rateLimitStore ? { store: services.rateLimitStore } : {}),
    allowList: (request) => ['GET', 'HEAD', 'OPTIONS'].includes(request.method) || (request.actor !== null && request.url.startsWith('/admin/')),
  });
  await app.register(fastifyStatic, { root: join(root, 'public'), prefix: '/assets/', maxAge: '7d' });
  for (const [url, path] of Object.entries(VENDOR_FILES)) {
    const body = readFileSync(path);
    app.get(url, async (_request, reply) => reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=604800').send(body));
  }
  installErrorHandling(app);

  app.get('/healthz', async (_request, reply) => {
    try {
      await database.ping();
      return { status: 'ok', database: database.engine, uptimeSeconds: Math.round(process.uptime()) };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: database.engine });
    }
  });

  for (const module of modules) await app.register(module, { services });

  app.addHook('onReady', async () => services.pageCacheSync.start((message, error) => app.log.error({ err: error }, message)));
  const worker = createWorker(services.jobs, services.jobHandlers, app.log);
  if (config.runWorker) {
    app.addHook('onReady', async () => {
      await services.recurring.start();
      worker.start();
    });
  }
  app.addHook('onClose', async () => {
    await worker.stop();
    await services.pageCacheSync.stop();
    if (!overrides.database) await database.close();
  });

  return { app, services, worker };
}
