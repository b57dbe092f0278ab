import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A browser-like client over app.inject: it keeps cookies and the last page's CSRF token,
 * so tests submit forms the way a person does.
 */
export function agent(app: FastifyInstance, ip = '203.0.113.10') {
  const cookies = new Map<string, string>();
  let csrf = '';

  function remember(response: LightMyRequestResponse) {
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
      return remember(await app.inject({ method: 'GET', url, headers: { cookie: cookieHeader(), ...headers }, remoteAddress: ip }));
    },
    /** Posts a form; the current CSRF token is added unless the test passes its own `_csrf`. */
    async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: boolean } = {}) {
      const body = new URLSearchParams();
      if (options.csrf !== false && !('_csrf' in form)) body.append('_csrf', csrf);
      for (const [key, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
      return remember(
        await app.inject({
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
      const boundary = `----cchc${Date.now().toString(16)}`;
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
      const payload = Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      const separator = url.includes('?') ? '&' : '?';
      return remember(
        await app.inject({
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
