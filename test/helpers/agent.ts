import type { FastifyInstance } from 'fastify';
import { overHttp } from './server-process.js';

type Request = { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: string | Buffer; remoteAddress: string };
type Response = { body: string; cookies: { name: string; value: string; expires?: Date }[] };

/**
 * A browser-like client over app.inject: it keeps cookies and the last page's CSRF token,
 * so tests submit forms the way a person does.
 */
export const agent = (app: FastifyInstance, ip = '203.0.113.10') => browserLike((request) => app.inject(request), ip);

/** The same client over a real connection to a server process (the address is then the loopback's). */
export const httpAgent = (base: string) => browserLike(overHttp(base).inject, '127.0.0.1');

function browserLike<R extends Response>(inject: (request: Request) => Promise<R>, ip: string) {
  const cookies = new Map<string, string>();
  let csrf = '';

  function remember(response: R) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    const token = response.body.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token) csrf = token;
    return response;
  }

  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  return {
    cookies,
    get csrf() {
      return csrf;
    },
    async get(url: string, headers: Record<string, string> = {}) {
      return remember(await inject({ method: 'GET', url, headers: { cookie: cookieHeader(), ...headers }, remoteAddress: ip }));
    },
    /** Posts a form; the current CSRF token is added unless the test passes its own `_csrf`. */
    async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean } = {}) {
      const body = new URLSearchParams();
      if (options.csrf !== false && !('_csrf' in form)) body.append('_csrf', csrf);
      for (const [key, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
      return remember(
        await inject({
          method: 'POST',
          url,
          headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
          payload: body.toString(),
          remoteAddress: ip,
        }),
      );
    },
    /** Sends one file as a browser's multipart form does, the CSRF token in the query as our upload forms put it. */
    async upload(url: string, field: string, file: { name: string; type: string; data: Buffer }) {
      return this.postMultipart(url, {}, [{ field, ...file }]);
    },
    /** Sends a multipart form with text fields and files, as a browser does; the CSRF token in the query. */
    async postMultipart(url: string, form: Record<string, string>, files: { field: string; name: string; type: string; data: Buffer }[]) {
      const boundary = `----cchc${Date.now().toString(16)}`;
      const parts = [
        ...Object.entries(form).map(([key, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`)),
        ...files.flatMap((file) => [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`),
          file.data,
          Buffer.from('\r\n'),
        ]),
      ];
      const payload = Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
      const separator = url.includes('?') ? '&' : '?';
      return remember(
        await inject({
          method: 'POST',
          url: `${url}${separator}_csrf=${encodeURIComponent(csrf)}`,
          headers: { cookie: cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload,
          remoteAddress: ip,
        }),
      );
    },
    async login(email: string, password: string) {
      await this.get('/admin/login');
      return this.post('/admin/login', { email, password });
    },
  };
}
