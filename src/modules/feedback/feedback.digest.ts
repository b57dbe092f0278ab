import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isRole, permissionsOf } from '../../platform/auth/roles.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import { nextDailyAt, type RecurringJob } from '../../platform/jobs/recurring.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.js';
import { formatDate, vnDateKey, type DateKey } from '../../shared/dates.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { feedbackPolicy as policy } from './feedback.policy.js';
import { FEEDBACK_STATES, OPEN_STATES, type FeedbackState } from './feedback.schema.js';
import { feedbackSettings, portalOf } from './feedback.settings.js';

export const DIGEST_JOB = 'feedback.digest';
export const DIGEST_PATH = '/admin/feedback/thu-tong-hop';
/** Every working day at the start of office hours in Hà Nội. */
const DIGEST_TIME = '07:30';

/** States a case is still being worked on in, paused ones included (they still need watching). */
const PENDING: FeedbackState[] = [...OPEN_STATES, 'awaitingInfo'];
/** Cases nobody is assigned to yet: every officer's concern. */
const UNASSIGNED: FeedbackState[] = ['received', 'accepted'];

type PendingCase = { id: number; code: string; status: FeedbackState; dueOn: string | null; assigneeId: number | null; fieldName: string };
type Subscriber = { id: number; email: string; fullName: string; handles: boolean };

async function pendingCases(db: Kysely<DB>, organizationId: number): Promise<PendingCase[]> {
  const rows = await db
    .selectFrom('feedback as f')
    .leftJoin('feedback_fields as ff', 'ff.id', 'f.field_id')
    .select(['f.id', 'f.code', 'f.status', 'f.due_on', 'f.assignee_id', 'ff.name as field_name'])
    .where('f.organization_id', '=', organizationId)
    .where('f.status', 'in', PENDING)
    .orderBy('f.due_on')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, status: r.status as FeedbackState, dueOn: r.due_on, assigneeId: r.assignee_id, fieldName: r.field_name ?? '' }));
}

/** Active subscribers of the organization who still hold a feedback role (a role taken away ends the digest). */
async function subscribers(db: Kysely<DB>, organizationId: number): Promise<Subscriber[]> {
  const rows = await db
    .selectFrom('feedback_digest_subscriptions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.full_name', 'r.role'])
    .where('u.organization_id', '=', organizationId)
    .where('u.status', '=', 'active')
    .orderBy('u.id')
    .execute();
  const byUser = new Map<number, { email: string; fullName: string; roles: string[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.id) ?? { email: r.email, fullName: r.full_name, roles: [] };
    entry.roles.push(r.role);
    byUser.set(r.id, entry);
  }
  return [...byUser.entries()].flatMap(([id, u]) => {
    const permissions = permissionsOf(u.roles.filter(isRole));
    const handles = permissions.has('feedback.handle');
    return u.email && (handles || permissions.has('feedback.approve')) ? [{ id, email: u.email, fullName: u.fullName, handles }] : [];
  });
}

/**
 * One subscriber's mail: an officer's cases are those assigned to them and those nobody is assigned
 * yet; a leader who does not handle cases oversees all of them. Codes, fields, states and deadlines
 * only: no submitter's personal data and no citizen-written text. Null when there is nothing open.
 */
export function digestMail(s: Subscriber, all: readonly PendingCase[], day: DateKey, soonUntil: DateKey, remind: number, baseUrl: string) {
  const mine = s.handles ? all.filter((c) => c.assigneeId === s.id || (c.assigneeId === null && UNASSIGNED.includes(c.status))) : all;
  if (mine.length === 0) return null;
  const overdue = mine.filter((c) => c.dueOn !== null && c.dueOn < day);
  const soon = mine.filter((c) => c.dueOn !== null && c.dueOn >= day && c.dueOn <= soonUntil);
  const other = mine.filter((c) => !overdue.includes(c) && !soon.includes(c));
  const line = (c: PendingCase) =>
    `- ${c.code} · ${c.fieldName || 'Chưa phân lĩnh vực'} · ${FEEDBACK_STATES[c.status]} · ${c.dueOn ? `hạn ${formatDate(c.dueOn)}` : 'thời hạn đang tạm dừng'}\n  ${baseUrl}/admin/feedback/${c.id}`;
  const section = (title: string, list: PendingCase[]) => (list.length > 0 ? [`${title} (${list.length}):`, ...list.map(line), ''] : []);
  const text = [
    `Kính gửi ${s.fullName},`,
    '',
    `Tổng hợp phản ánh, kiến nghị đang xử lý ${s.handles ? 'được giao cho bạn hoặc chưa giao ai' : 'của cơ quan'} ngày ${formatDate(day)}: ${mine.length} phản ánh, kiến nghị.`,
    '',
    ...section('Quá hạn', overdue),
    ...section(`Đến hạn trong ${remind} ngày làm việc`, soon),
    ...section('Đang xử lý khác', other),
    `Danh sách đầy đủ: ${baseUrl}/admin/feedback`,
    `Bạn nhận thư này vì đã đăng ký nhận thư tổng hợp hằng ngày. Hủy đăng ký tại ${baseUrl}${DIGEST_PATH}.`,
    '',
  ].join('\n');
  return { to: s.email, subject: `Tổng hợp phản ánh, kiến nghị ngày ${formatDate(day)}: ${overdue.length} quá hạn, ${soon.length} sắp đến hạn`, text };
}

export type FeedbackDigestService = ReturnType<typeof createFeedbackDigestService>;

/** The optional daily digest: each officer subscribes or not; a recurring job mails subscribers on working days. */
export function createFeedbackDigestService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditWriter;
  jobs: JobQueue;
  calendar: CalendarService;
  organizations: OrganizationsService;
  baseUrl: string;
}) {
  const { db, clock, audit, jobs, calendar, baseUrl } = deps;
  const portal = portalOf(deps.organizations);
  /** The day last mailed, so a retried or doubled run sends nothing twice. */
  const sentKey = (organizationId: number) => `feedback.digest.lastDay.${organizationId}`;

  async function reader(ctx: RequestContext) {
    const organizationId = await portal();
    return policy.assert(ctx.actor, 'read', organizationId);
  }

  const job: RecurringJob = {
    kind: DIGEST_JOB,
    next: async (after) => {
      const cal = await calendar.calendar();
      return nextDailyAt(after, DIGEST_TIME, (day) => cal.isWorkingDay(day));
    },
    async run() {
      const organizationId = await deps.organizations.portalOrganizationId();
      const day = vnDateKey(clock.now());
      const cal = await calendar.calendar();
      if (!organizationId || !cal.isWorkingDay(day) || (await readSetting<string>(db, sentKey(organizationId))) === day) return false;
      const { remind } = await feedbackSettings(db, organizationId);
      const soonUntil = cal.addWorkingDays(day, remind);
      const cases = await pendingCases(db, organizationId);
      const mails = (await subscribers(db, organizationId)).flatMap((s) => digestMail(s, cases, day, soonUntil, remind, baseUrl) ?? []);
      await db.transaction().execute(async (trx) => {
        for (const mail of mails) await jobs.enqueue(trx, 'mail.send', mail);
        await writeSetting(trx, sentKey(organizationId), day, isoNow(clock));
      });
      return false;
    },
  };

  return {
    job,

    async isSubscribed(ctx: RequestContext) {
      const actor = await reader(ctx);
      return Boolean(await db.selectFrom('feedback_digest_subscriptions').select('user_id').where('user_id', '=', actor.id).executeTakeFirst());
    },

    /** The officer's own preference; audited like any change of what the system sends them. */
    async setSubscribed(ctx: RequestContext, subscribed: boolean) {
      const actor = await reader(ctx);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('feedback_digest_subscriptions').where('user_id', '=', actor.id).execute();
        if (subscribed) await trx.insertInto('feedback_digest_subscriptions').values({ user_id: actor.id, created_at: isoNow(clock) }).execute();
        await audit(trx, ctx, { action: subscribed ? 'feedback.digest_subscribe' : 'feedback.digest_unsubscribe', subjectType: 'user', subjectId: actor.id, organizationId: actor.organizationId });
      });
    },
  };
}
