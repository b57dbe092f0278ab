import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { agent } from '../../../test/helpers/agent.js';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { engines } from '../../../test/helpers/database.js';

for (const engine of engines()) {
  describe(`HTTP baseline (${engine})`, () => {
    let t: TestApp;
    before(async () => {
      t = await testApp(engine, {
        routes: (app) =>
          app.get('/__boom', async () => {
            throw new Error('secret internal detail at /work/main/src/x.ts:1');
          }),
      });
    });
    after(() => t.close());

    test('every page carries the security headers and a request id, also when served from the page cache', async () => {
      await t.app.inject({ method: 'GET', url: '/' });
      const response = await t.app.inject({ method: 'GET', url: '/' });
      assert.equal(response.statusCode, 200);
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'self'/);
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin');
      assert.match(String(response.headers['x-request-id']), /^[0-9a-f-]{36}$/);
      assert.match(response.body, /<html lang="vi">/);
    });

    test('an unknown page is a Vietnamese 404 that names the request', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/khong-co-trang-nay' });
      assert.equal(response.statusCode, 404);
      assert.match(response.body, /Không tìm thấy trang/);
      assert.ok(response.body.includes(String(response.headers['x-request-id'])));
      const json = await t.app.inject({ method: 'GET', url: '/api/khong-co', headers: { accept: 'application/json' } });
      assert.equal(json.json().error.code, 'not_found');
    });

    test('an unexpected failure shows a generic Vietnamese page, never a stack trace', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/__boom' });
      assert.equal(response.statusCode, 500);
      assert.match(response.body, /Đã có lỗi xảy ra/);
      assert.doesNotMatch(response.body, /secret internal detail|\.ts:\d|at /);
    });

    test('health answers ok with the engine, metrics speak Prometheus', async () => {
      const health = await t.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(health.statusCode, 200);
      assert.equal(health.json().status, 'ok');
      assert.equal(health.json().database, engine);
      await t.app.inject({ method: 'GET', url: '/' });
      const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
      assert.equal(metrics.statusCode, 200);
      assert.match(metrics.body, /http_requests_total\{method="GET",route="\/",status="200"\} \d+/);
      assert.match(metrics.body, /http_request_duration_seconds_bucket/);
      assert.match(metrics.body, /jobs_queue_depth/);
      assert.match(metrics.body, /db_pool_connections\{state="total"\}/);
    });

    test('over a real connection a stored page is answered before the framework, with its headers, 304, HEAD and compression', async () => {
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const first = await fetch(`${base}/`);
        const body = await first.text();
        const again = await fetch(`${base}/`);
        assert.equal(again.status, 200);
        assert.equal(await again.text(), body);
        assert.equal(again.headers.get('etag'), first.headers.get('etag'));
        assert.equal(again.headers.get('content-type'), 'text/html; charset=utf-8');
        assert.match(String(again.headers.get('content-security-policy')), /script-src 'self'/);
        assert.match(String(again.headers.get('x-request-id')), /^[0-9a-f-]{36}$/);
        assert.notEqual(again.headers.get('x-request-id'), first.headers.get('x-request-id'));
        assert.equal(again.headers.get('set-cookie'), null);
        const revalidated = await fetch(`${base}/`, { headers: { 'if-none-match': String(first.headers.get('etag')) } });
        assert.equal(revalidated.status, 304);
        const head = await fetch(`${base}/`, { method: 'HEAD' });
        assert.equal(head.status, 200);
        assert.equal(await head.text(), '');
        const raw = (headers: Record<string, string>) =>
          new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
            httpRequest(`${base}/`, { headers }, (response) => {
              const chunks: Buffer[] = [];
              response.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
            })
              .on('error', reject)
              .end();
          });
        const front = await raw({ 'accept-encoding': 'gzip' });
        assert.equal(front.headers['content-encoding'], 'gzip');
        assert.equal(gunzipSync(front.body).toString(), body);
        assert.equal(front.headers.etag, (await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip' } })).headers.etag);
        assert.equal((await raw({ 'accept-encoding': 'gzip', 'if-none-match': String(front.headers.etag) })).status, 304);
        assert.equal((await raw({ 'accept-encoding': 'br', 'if-none-match': String(front.headers.etag) })).status, 200, 'another coding is another representation');
        assert.equal((await raw({})).body.toString(), body);
        const metrics = await (await fetch(`${base}/metrics`)).text();
        assert.match(metrics, /page_cache_front_hits_total [1-9]/);
      } finally {
        await t.app.server.close();
      }
    });

    test('a stored page goes compressed to a browser that accepts it, with its own ETag and Vary', async () => {
      const plain = await t.app.inject({ method: 'GET', url: '/' });
      const viaFastify = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      assert.equal(viaFastify.headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(viaFastify.rawPayload).toString(), plain.body);
      assert.ok(viaFastify.rawPayload.length * 3 < plain.rawPayload.length, `${viaFastify.rawPayload.length} compressed bytes for ${plain.rawPayload.length}`);
      assert.match(String(viaFastify.headers.vary), /Accept-Encoding/);
      assert.notEqual(viaFastify.headers.etag, plain.headers.etag);
      assert.equal(plain.headers['content-encoding'], undefined);
      const refused = await t.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br;q=0, gzip' } });
      assert.equal(refused.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(refused.rawPayload).toString(), plain.body);

    });

    test('public POSTs are rate limited with a Vietnamese 429', async () => {
      const visitor = agent(t.app, '192.0.2.99');
      await visitor.get('/admin/password/forgot');
      let last = 0;
      for (let i = 0; i < 31; i++) last = (await visitor.post('/admin/password/forgot', { email: `x${i}@example.vn` })).statusCode;
      const limited = await visitor.post('/admin/password/forgot', { email: 'y@example.vn' });
      assert.equal(limited.statusCode, 429);
      assert.match(limited.body, /quá nhiều yêu cầu/);
      assert.notEqual(last, 0);
    });

    test('form input is trimmed and stored as NFC, whatever the keyboard sent', async () => {
      const visitor = agent(t.app, '192.0.2.100');
      await visitor.login('  quantri@demo.cchc.vn  ', 'cchc-demo-2026');
      await visitor.get('/admin/profile');
      const saved = await visitor.post('/admin/profile', { fullName: '  Hoàng Minh Quân  '.normalize('NFD'), title: 'Quản trị viên'.normalize('NFD') });
      assert.equal(saved.statusCode, 303);
      const me = (await t.services.users.listAll()).find((u) => u.email === 'quantri@demo.cchc.vn')!;
      assert.equal(me.fullName, 'Hoàng Minh Quân');
      assert.equal(me.title, 'Quản trị viên'.normalize('NFC'));
    });
  });
}

describe('error mapping', () => {
  test('internal errors map to a generic message; CSRF and size errors to their own', async () => {
    const { publicError } = await import('./error-handler.js');
    const internal = publicError(new Error('boom at /x.ts:1'));
    assert.equal(internal.status, 500);
    assert.doesNotMatch(internal.message, /boom/);
    assert.equal(publicError(Object.assign(new Error('x'), { code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 })).status, 403);
    assert.equal(publicError(Object.assign(new Error('x'), { statusCode: 413 })).status, 413);
  });
});
