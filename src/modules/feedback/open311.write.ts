import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../platform/http/errors.js';
import { formatDate } from '../../shared/dates.js';
import type { ModuleOptions } from '../module.js';
import { FORMATS, PREFIX, send, sendError } from './open311.send.js';

/**
 * Open311 GeoReport v2, write side (REFERENCE §9): `POST requests` from partner systems holding an API
 * key (`cchc api-key create`), and `GET tokens/{token}`.
 *
 * - A POST goes through the feedback service's `receive`, the path of the public form after its spam
 *   checks: the same fields and rules, one transaction, and the answer only after the commit. Its
 *   `service_request_id` is the tracking code, given at once, so no `token` is ever returned.
 * - Consent: the key holder, a partner system, attests that the person consented to the current
 *   wording (`CONSENT_VERSION`) when it collected the data; the case records the channel `open311`,
 *   the key (`api_key_id`), the version, the time and the partner's address, as the form records the person's.
 * - Mapping: the title is the start of `description`; họ tên is `last_name` then `first_name` (họ,
 *   then tên); `address_string` is the submitter's address (a regulation has no location, and NĐ 20/2008
 *   Điều 7 asks for the submitter's address); `phone` is required as on the form, `email` optional.
 *   `lat`/`long`, `address_id`, `media_url`, `device_id` and `account_id` are not kept.
 * - Limits: a keyed POST counts against its key's rate (N a minute), not the per-IP limit of public
 *   POSTs; a POST without a valid key counts against that per-IP limit.
 * - Tokens: a token is the tracking code itself, so `GET tokens/{token}` answers for any existing
 *   request with `{ service_request_id, token }` (both the code) and 404 otherwise.
 */

const TITLE_MIN = 5;
const TITLE_MAX = 200;

/**
 * The title of a submission that has none: the first line of its description, cut at a word under 200
 * characters. A first line too short for a title ("Kính gửi:") gives way to the whole text, its line
 * breaks as spaces, so valid content never fails on the title it did not choose.
 */
export function titleOf(description: string): string {
  const text = description.trim();
  const first = text.split(/\r?\n/)[0]!.trim();
  const line = first.length >= TITLE_MIN ? first : text.replace(/\s+/g, ' ');
  if (line.length <= TITLE_MAX) return line;
  const cut = line.slice(0, TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The Open311 parameter behind each field of the feedback form, to name it in an error. */
const PARAMETERS: Record<string, string> = {
  submitterKind: 'submitter_kind',
  name: 'first_name, last_name',
  address: 'address_string',
  phone: 'phone',
  email: 'email',
  title: 'description',
  content: 'description',
  fieldId: 'service_code',
};

const KEY_REFUSED = {
  missing: 'Thiếu api_key: gửi phản ánh, kiến nghị qua Open311 cần khóa API do cơ quan cấp.',
  unknown: 'api_key không hợp lệ.',
  revoked: 'api_key đã bị thu hồi.',
} as const;

type Params = Record<string, string>;

/** The request's parameters: the form-encoded body over the query string (some clients put api_key there). */
const paramsOf = (...sources: unknown[]): Params =>
  Object.fromEntries(sources.flatMap((source) => Object.entries((source ?? {}) as Record<string, unknown>)).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));

export async function open311WriteRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedback, apiKeys, config } = services;
  // The app's per-IP limit of public POSTs, applied by hand to POSTs that come without a valid key.
  const publicPostLimit = app.createRateLimit();

  for (const format of FORMATS) {
    app.post(`${PREFIX}/requests.${format}`, { config: { csrf: false, rateLimit: false } }, async (request, reply) => {
      const p = paramsOf(request.query, request.body);
      const key = await apiKeys.check(p.api_key);
      if (!key.ok) {
        if (key.reason === 'rate') return sendError(reply, format, 429, 'Vượt quá số yêu cầu mỗi phút của khóa API; vui lòng thử lại sau.');
        const limit = await publicPostLimit(request);
        if (!limit.isAllowed && limit.isExceeded) return sendError(reply, format, 429, 'Quá nhiều yêu cầu từ địa chỉ này; vui lòng thử lại sau ít phút.');
        return sendError(reply, format, 403, KEY_REFUSED[key.reason]);
      }
      if (!p.service_code) return sendError(reply, format, 400, 'service_code: bắt buộc.');
      const field = (await feedback.fields()).find((f) => f.active && f.slug === p.service_code);
      if (!field) return sendError(reply, format, 404, 'service_code không tồn tại');
      const description = p.description ?? '';
      try {
        const { code, secret, classifyDueOn } = await feedback.receive(
          request.ctx,
          {
            submitterKind: 'person',
            name: [p.last_name, p.first_name].filter(Boolean).join(' '),
            address: p.address_string,
            phone: p.phone,
            email: p.email,
            title: titleOf(description),
            content: description,
            fieldId: String(field.id),
            consent: '1',
          },
          { channel: 'open311', apiKeyId: key.key.id },
        );
        const notice = `Đã tiếp nhận. Hạn phân loại: ${formatDate(classifyDueOn)}. Người gửi tra cứu tại ${config.baseUrl}/phan-anh-kien-nghi/tra-cuu với mã tra cứu ${code} và mã bí mật ${secret}.`;
        return send(reply, format, 'service_requests', [{ service_request_id: code, service_notice: notice, account_id: '' }], 201);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        // One error per parameter: a short description fails both the title and the content.
        const problems = new Map<string, string>();
        for (const [name, message] of Object.entries(error.fields)) if (!problems.has(PARAMETERS[name] ?? name)) problems.set(PARAMETERS[name] ?? name, message);
        return sendError(reply, format, 400, [...problems].map(([parameter, message]) => `${parameter}: ${message}`));
      }
    });

    app.get<{ Params: { token: string } }>(`${PREFIX}/tokens/:token.${format}`, async (request, reply) => {
      const code = request.params.token.toUpperCase();
      const [found] = await feedback.open311Requests({ codes: [code] });
      if (!found) return sendError(reply, format, 404, 'token không tồn tại');
      return send(reply, format, 'service_requests', [{ service_request_id: found.code, token: found.code }]);
    });
  }
}
