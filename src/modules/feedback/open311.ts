import type { FastifyInstance } from 'fastify';
import { isoWithVnOffset, startOfVnDay } from '../../shared/dates.js';
import type { ModuleOptions } from '../module.js';
import { FEEDBACK_STATES, type FeedbackState } from './feedback.schema.js';
import type { FeedbackService } from './feedback.service.js';
import { FORMATS, PREFIX, send, sendError } from './open311.send.js';

/**
 * Open311 GeoReport v2 (REFERENCE §9) over the feedback desk, read side: discovery, services (one per
 * field), GET requests and GET requests/{id}, each in JSON and XML; the write side is open311.write.ts.
 * No GET carries personal data; `description` appears only for published items (their text rewritten
 * without personal data).
 */

/** Closed: the desk is done with it (not accepted, forwarded elsewhere, answered). Everything else is open. */
const CLOSED: readonly FeedbackState[] = ['rejected', 'forwarded', 'answered', 'published'];
export const open311Status = (state: FeedbackState) => (CLOSED.includes(state) ? 'closed' : 'open');

/** The spec's default window for GET requests, and its cap. */
const WINDOW_DAYS = 90;
const MAX_REQUESTS = 1000;

/** "2026-11-27", "2026-11-27T10:00:00+07:00" or any W3C date-time; null when unreadable. */
function parseDate(text: string | undefined): Date | null | undefined {
  if (text === undefined || text === '') return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? startOfVnDay(text) : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A legal deadline as an instant: the end of office hours (17:00 in Hà Nội) of its last working day. */
const deadlineInstant = (day: string) => isoWithVnOffset(new Date(startOfVnDay(day).getTime() + 17 * 3600_000));

export async function open311Routes(app: FastifyInstance, { services }: ModuleOptions) {
  const { feedback, organizations, config, clock } = services;
  const base = `${config.baseUrl}${PREFIX}`;

  const serviceList = async () => (await feedback.fields()).filter((f) => f.active);

  async function requestView(c: Awaited<ReturnType<FeedbackService['open311Requests']>>[number]) {
    const site = await organizations.site();
    return {
      service_request_id: c.code,
      status: open311Status(c.status),
      status_notes: c.status === 'rejected' ? `${FEEDBACK_STATES[c.status]}: ${c.reason}` : FEEDBACK_STATES[c.status],
      service_name: c.fieldName,
      service_code: c.fieldSlug,
      description: c.publishedAt ? c.publicContent : '',
      agency_responsible: c.status === 'forwarded' ? c.forwardedTo : site.name,
      service_notice: '',
      requested_datetime: isoWithVnOffset(c.receivedAt),
      updated_datetime: isoWithVnOffset(c.updatedAt),
      expected_datetime: c.dueOn ? deadlineInstant(c.dueOn) : '',
      address: '',
      address_id: '',
      zipcode: '',
      // A regulation has no place: the specification's location fields stay empty.
      lat: '',
      long: '',
      media_url: c.publishedAt && c.publicSlug ? `${config.baseUrl}/phan-anh-kien-nghi/${c.publicSlug}` : '',
    };
  }

  for (const format of FORMATS) {
    app.get(`${PREFIX}/discovery.${format}`, async (_request, reply) => {
      const site = await organizations.site();
      return send(reply, format, 'discovery', {
        changeset: '2026-11-27T00:00:00+07:00',
        contact: [site.name, site.email, site.phone].filter(Boolean).join(', '),
        key_service: `${config.baseUrl}/admin`,
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: base,
            changeset: '2026-11-27T00:00:00+07:00',
            type: 'production',
            formats: ['application/json', 'text/xml'],
          },
        ],
      });
    });

    app.get(`${PREFIX}/services.${format}`, async (_request, reply) =>
      send(
        reply,
        format,
        'services',
        (await serviceList()).map((f) => ({
          service_code: f.slug,
          service_name: f.name,
          description: `Phản ánh, kiến nghị về quy định hành chính trong lĩnh vực ${f.name}`,
          metadata: false,
          type: 'realtime',
          keywords: '',
          group: 'Phản ánh, kiến nghị',
        })),
      ),
    );

    app.get<{ Params: { code: string } }>(`${PREFIX}/services/:code.${format}`, async (request, reply) => {
      const field = (await serviceList()).find((f) => f.slug === request.params.code);
      if (!field) return sendError(reply, format, 404, 'service_code không tồn tại');
      return send(reply, format, 'service_definition', { service_code: field.slug, attributes: [] });
    });

    app.get<{ Querystring: Record<string, string> }>(`${PREFIX}/requests.${format}`, async (request, reply) => {
      const q = Object.fromEntries(Object.entries(request.query).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
      const list = (text: string | undefined) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
      const codes = list(q.service_request_id)?.map((c) => c.toUpperCase());
      if (codes) return send(reply, format, 'service_requests', await Promise.all((await feedback.open311Requests({ codes })).map(requestView)));
      const start = parseDate(q.start_date);
      const end = parseDate(q.end_date);
      if (start === null) return sendError(reply, format, 400, 'start_date không hợp lệ (W3C, ví dụ 2026-11-01T00:00:00+07:00)');
      if (end === null) return sendError(reply, format, 400, 'end_date không hợp lệ (W3C, ví dụ 2026-11-30T23:59:59+07:00)');
      const windowMs = WINDOW_DAYS * 86_400_000;
      const to = end ?? (start ? new Date(start.getTime() + windowMs) : clock.now());
      const from = start ?? new Date(to.getTime() - windowMs);
      if (to.getTime() - from.getTime() > windowMs) return sendError(reply, format, 400, `Khoảng thời gian không được quá ${WINDOW_DAYS} ngày`);
      const statuses = list(q.status);
      if (statuses && statuses.some((s) => s !== 'open' && s !== 'closed')) return sendError(reply, format, 400, 'status chỉ nhận open hoặc closed');
      const fields = await serviceList();
      const serviceCodes = list(q.service_code);
      if (serviceCodes && serviceCodes.some((c) => !fields.some((f) => f.slug === c))) return sendError(reply, format, 404, 'service_code không tồn tại');
      const states = statuses ? (Object.keys(FEEDBACK_STATES) as FeedbackState[]).filter((s) => statuses.includes(open311Status(s))) : undefined;
      const found = await feedback.open311Requests({
        fieldIds: serviceCodes ? fields.filter((f) => serviceCodes.includes(f.slug)).map((f) => f.id) : undefined,
        from: from.toISOString(),
        to: to.toISOString(),
        states,
        limit: MAX_REQUESTS,
      });
      return send(reply, format, 'service_requests', await Promise.all(found.map(requestView)));
    });

    app.get<{ Params: { id: string } }>(`${PREFIX}/requests/:id.${format}`, async (request, reply) => {
      const [found] = await feedback.open311Requests({ codes: [request.params.id.toUpperCase()] });
      if (!found) return sendError(reply, format, 404, 'service_request_id không tồn tại');
      return send(reply, format, 'service_requests', [await requestView(found)]);
    });
  }
}
