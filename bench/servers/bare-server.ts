/**
 * Child process: the reference every figure is divided by — a bare Fastify 5 server, no plugins,
 * no logger. `/` answers a small JSON (the bare route); `/bytes/:n` answers n bytes of HTML kept in
 * memory, to tell what a page's size alone costs from what the application adds to it.
 * It measures what this machine, Node and the loopback allow at the moment, so that ratios stay
 * comparable on a shared machine.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const bodies = new Map<number, Buffer>();
app.get<{ Params: { n: string } }>('/bytes/:n', async (request, reply) => {
  const n = Math.min(1_000_000, Math.max(0, Number.parseInt(request.params.n, 10) || 0));
  let body = bodies.get(n);
  if (!body) bodies.set(n, (body = Buffer.alloc(n, 'a')));
  return reply.type('text/html; charset=utf-8').send(body);
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.send!({ ready: true, port: typeof address === 'object' && address ? address.port : 0 });

// Also when the benchmark process goes away without stopping this one.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => {
  app.close().finally(() => process.exit(0));
});
