import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'autocannon';
import { MIN_FILL_MS } from '../../src/modules/feedback/feedback.service.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const FORM = 'application/x-www-form-urlencoded';
const PERSON = { phone: '0912 345 678', address: 'Thôn Nà Lầu, xã Mai Pha, Lạng Sơn' };
const CONTENT = 'Đề nghị rút ngắn thời hạn giải quyết thủ tục cấp giấy phép bưu chính và công khai các bước thẩm định trên cổng thông tin.';

/** A distinct citizen's address per request (10.0.0.0/8), as a reverse proxy reports them in X-Forwarded-For. */
const citizen = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

/**
 * The two ways a submission arrives, as autocannon requests; every request is a new case committed to
 * the database. Open311: a partner's key made with `cchc api-key create` on the benchmark's database,
 * as an operator would. The form: its CSRF cookie and token and its fill-time token from one GET of the
 * form, then a wait past the minimum fill time; each request comes from another address (the server
 * runs with TRUST_PROXY=1), since the per-IP limit of 30 public POSTs a minute would otherwise answer 429.
 */
export async function feedbackRequests(base: string, env: Record<string, string>): Promise<{ open311: Request; form: Request }> {
  const created = spawnSync(process.execPath, ['bin/cchc.js', 'api-key', 'create', '--name', 'bench', '--rate', '100000'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (created.status !== 0) throw new Error(`cchc api-key create: ${created.stderr}`);
  const key = created.stdout.trim().split('\n').at(-1)!;
  const [service] = (await (await fetch(`${base}/open311/v2/services.json`)).json()) as { service_code: string }[];
  if (!service) throw new Error('no Open311 service: is the demo loaded?');
  const open311: Request = {
    method: 'POST',
    path: '/open311/v2/requests.json',
    headers: { 'content-type': FORM },
    body: new URLSearchParams({ api_key: key, service_code: service.service_code, description: CONTENT, first_name: 'Văn An', last_name: 'Hoàng', phone: PERSON.phone, address_string: PERSON.address }).toString(),
  };

  const page = await fetch(`${base}/phan-anh-kien-nghi/gui`);
  const html = await page.text();
  const csrf = /action="[^"]*[?&]_csrf=([^"&]+)"/.exec(html)?.[1];
  const startedAt = /name="startedAt" value="([^"]+)"/.exec(html)?.[1];
  const fieldId = /<option value="(\d+)"/.exec(html)?.[1];
  if (!csrf || !startedAt || !fieldId) throw new Error('the feedback form has no CSRF token, fill-time token or field');
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 500));
  let n = 0;
  const form: Request = {
    method: 'POST',
    path: `/phan-anh-kien-nghi/gui?_csrf=${csrf}`,
    headers: { 'content-type': FORM, cookie },
    body: new URLSearchParams({ startedAt, website: '', submitterKind: 'person', name: 'Hoàng Văn An', ...PERSON, title: 'Rút ngắn thời hạn cấp giấy phép bưu chính', content: CONTENT, fieldId, consent: '1' }).toString(),
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-forwarded-for': citizen(n++) } }),
  };
  return { open311, form };
}
