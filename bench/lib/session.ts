/** The `name=value` pairs of a response's Set-Cookie headers, merged over the ones already held. */
function cookies(response: Response, held = new Map<string, string>()) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    held.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
  return held;
}

/**
 * Signs in through the login form as a person does: GET the form (CSRF cookie and token), POST the
 * credentials, keep the session cookie. Returns the Cookie header to send with later requests.
 */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const page = await fetch(`${base}/admin/login`);
  const html = await page.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!csrf) throw new Error('the login form has no CSRF token');
  const held = cookies(page);
  const header = () => [...held].map(([k, v]) => `${k}=${v}`).join('; ');
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ _csrf: csrf, email, password, next: '/admin' }).toString(),
  });
  await response.arrayBuffer();
  if (response.status !== 303) throw new Error(`signing in as ${email} answers ${response.status}`);
  cookies(response, held);
  return header();
}
