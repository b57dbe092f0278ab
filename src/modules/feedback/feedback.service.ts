import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { Actor, RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { ROLES, type Role } from '../../platform/auth/roles.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { GroupCommit } from '../../platform/db/group-commit.js';
import type { DB } from '../../platform/db/schema.js';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import type { MailMessage } from '../../platform/mail/mailer.js';
import { queryTerms, searchKey, type Search } from '../../platform/search/search.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.js';
import type { Storage } from '../../platform/storage/storage.js';
import { addDays, dayOfWeek, formatDate, startOfVnDay, vnDateKey } from '../../shared/dates.js';
import { normalizeInput, slugify } from '../../shared/text.js';
import type { WorkingCalendar } from '../../shared/working-days.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { CHOOSE_AGAIN, checkAttachments, deleteAttachmentRows, insertAttachments, removeAttachmentFiles, withStoredFiles } from './feedback.attachments.js';
import { createFeedbackLinks } from './feedback.links.js';
import { formatCode, inboxSearchOf } from './feedback.inbox-search.js';
import { feedbackPolicy as policy } from './feedback.policy.js';
import { resolveRelated } from './feedback.related.js';
import { feedbackSettings } from './feedback.settings.js';
import * as repo from './feedback.repo.js';
import {
  AddInfo,
  Assign,
  CONSENT_VERSION,
  Draft,
  FEEDBACK_STATES,
  Forward,
  InboxFilters,
  Lookup,
  Note,
  OPEN_STATES,
  Publish,
  PublicFilters,
  Rate,
  Reason,
  Reopen,
  RequestInfo,
  SaveField,
  SubmitFeedback,
  TRANSITIONS,
  canStep,
  type FeedbackState,
  type Step,
} from './feedback.schema.js';

export type { FeedbackCase, FeedbackEvent, FeedbackField, PersonalData } from './feedback.repo.js';

export const SEARCH_TYPE = 'feedback';
/** The files of a multipart submission, as read by the route (`fileCount` counts those past the limit too). */
export type Upload = { files: UploadedFile[]; fileCount: number };
/** The job that reminds (the `remind` setting's working days before a deadline) and escalates (the working day after it). */
export const DEADLINE_JOB = 'feedback.deadline';
export type DeadlineJob = { feedbackId: number; dueOn: string; kind: 'reminder' | 'escalation' };
/** Reminders and escalations are sent at 08:00 in Hà Nội, the start of the working day. */
const SEND_HOUR_MS = 8 * 3600_000;
export const ADMIN_PAGE_SIZE = 20;
export const PUBLIC_PAGE_SIZE = 20;

/** The least time a person takes to fill in the form; quicker is a robot. */
export const MIN_FILL_MS = 5_000;
/** A form left open longer than this is sent again with a fresh token. */
const MAX_FILL_MS = 24 * 3600_000;
const LOOKUP_WINDOW_MS = 15 * 60_000;
const LOOKUP_MAX_FAILURES = 10;
const FORM_KEY_SETTING = 'feedback.formKey';
/** Secrets avoid look-alike characters (0/O, 1/I/L) so they can be read over the phone. */
const SECRET_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Roles that carry feedback.handle: whom a case can be assigned to. */
const rolesWith = (permission: string) => (Object.keys(ROLES) as Role[]).filter((r) => (ROLES[r].permissions as readonly string[]).includes(permission));
const HANDLER_ROLES = rolesWith('feedback.handle');
const APPROVER_ROLES = rolesWith('feedback.approve');

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type FeedbackService = ReturnType<typeof createFeedbackService>;

export type InboxResult = Awaited<ReturnType<FeedbackService['inbox']>>;

export function createFeedbackService(deps: {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditWriter;
  jobs: JobQueue;
  search: Search;
  calendar: CalendarService;
  organizations: OrganizationsService;
  baseUrl: string;
  storage: Storage;
  groupCommit: GroupCommit;
  onChange: () => void;
}) {
  const { db, dialect, clock, audit, jobs, search, calendar, organizations, baseUrl, storage, groupCommit, onChange } = deps;
  let formKey: string | null = null;

  const today = () => vnDateKey(clock.now());

  async function portal() {
    const id = await organizations.portalOrganizationId();
    if (!id) throw new NotFoundError('Cổng thông tin chưa được cấu hình cơ quan tiếp nhận phản ánh, kiến nghị.');
    return id;
  }

  /**
   * The installation itself (demo loading, the CLI: `systemContext`) belongs to no organization; it
   * acts for the portal's, as in the documents library.
   */
  async function actorOf(ctx: RequestContext): Promise<Actor | null> {
    const actor = ctx.actor;
    if (!actor || actor.id !== 0 || actor.organizationId !== 0) return actor;
    return { ...actor, organizationId: await portal() };
  }

  /** The HMAC key of the fill-time token: in the settings table, so every process of an installation shares it. */
  async function key() {
    if (formKey) return formKey;
    let stored = await readSetting<string>(db, FORM_KEY_SETTING);
    if (!stored) {
      stored = randomBytes(32).toString('hex');
      await writeSetting(db, FORM_KEY_SETTING, stored, isoNow(clock));
      stored = (await readSetting<string>(db, FORM_KEY_SETTING)) ?? stored;
    }
    formKey = stored;
    return stored;
  }

  const sign = async (ms: number) => createHmac('sha256', await key()).update(`feedback-form:${ms}`).digest('hex').slice(0, 32);

  async function mustFind(id: number) {
    const found = await repo.findCase(db, id);
    if (!found) throw new NotFoundError('Không tìm thấy phản ánh, kiến nghị.');
    return found;
  }

  const mail = (trx: Kysely<DB>, message: MailMessage) => jobs.enqueue(trx, 'mail.send', message);

  const lookupHint = (code: string) => `Tra cứu tại ${baseUrl}/phan-anh-kien-nghi/tra-cuu với mã tra cứu ${code} và mã bí mật đã được cấp khi gửi.`;

  /** A mail to the submitter, when they left an address. Read by the system, not by staff: no audit row. */
  async function notifySubmitter(trx: Kysely<DB>, id: number, code: string, subject: string, text: string) {
    const person = await repo.personalData(trx, id);
    if (person?.email) await mail(trx, { to: person.email, subject: `[${code}] ${subject}`, text: `Kính gửi ${person.name},\n\n${text}\n\n${lookupHint(code)}\n` });
  }

  type StepResult = {
    values?: Parameters<typeof repo.updateCase>[2];
    text: string;
    /** Shown to the submitter in the lookup timeline. */
    public: boolean;
    after?: (trx: Kysely<DB>, c: repo.FeedbackCase) => Promise<void>;
  };

  /**
   * One workflow step: permission, state machine, the change, its timeline event and audit row in one
   * transaction. The update is conditional on the state read, so two officers acting at once cannot both win.
   */
  async function step(ctx: RequestContext, id: number, name: Step, permission: 'handle' | 'approve', run: (c: repo.FeedbackCase, actor: Actor) => Promise<StepResult> | StepResult) {
    const c = await mustFind(id);
    const actor = policy.assert(await actorOf(ctx), permission, c.organizationId);
    if (!canStep(name, c.status)) throw new ConflictError(`Không thể thực hiện bước này khi phản ánh đang ở trạng thái “${FEEDBACK_STATES[c.status]}”.`);
    const result = await run(c, actor);
    const to = TRANSITIONS[name].to;
    const now = isoNow(clock);
    const cal = await calendar.calendar();
    await db.transaction().execute(async (trx) => {
      const changed = await trx
        .updateTable('feedback')
        .set({ ...result.values, status: to, updated_at: now })
        .where('id', '=', id)
        .where('status', '=', c.status)
        .executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) throw new ConflictError('Phản ánh vừa được người khác cập nhật; vui lòng tải lại trang.');
      await repo.addEvent(trx, { feedbackId: id, at: now, kind: to, public: result.public, text: result.text, actorId: actor.id || null, actorName: actor.fullName });
      await audit(trx, ctx, { action: `feedback.${name}`, subjectType: 'feedback', subjectId: id, organizationId: c.organizationId, summary: `${c.code}: ${FEEDBACK_STATES[c.status]} → ${FEEDBACK_STATES[to]}`, changes: { status: [c.status, to] } });
      if (typeof result.values?.due_on === 'string') await scheduleDeadline(trx, cal, c.organizationId, id, result.values.due_on);
      await result.after?.(trx, { ...c, status: to });
    });
    return to;
  }

  /** The deadlines in force when a deadline is set (`/admin/feedback/cai-dat`); a case keeps the one it got. */
  const deadlines = async () => feedbackSettings(db, await portal());

  const answerDue = async (from: string) => (await calendar.calendar()).addWorkingDays(from, (await deadlines()).answer);

  /**
   * Queues the reminder (the `remind` setting's working days before) and the escalation (the next working day after) of a
   * deadline, in the transaction that sets it. Each job checks when it runs that the deadline still
   * stands, so a moved or met deadline needs no cancelling. The caller reads the calendar before its
   * transaction: reloading it inside (once a minute) would wait forever for SQLite's one connection.
   */
  async function scheduleDeadline(trx: Kysely<DB>, cal: WorkingCalendar, organizationId: number, feedbackId: number, dueOn: string) {
    // Read through the transaction: SQLite has one connection, which the transaction holds.
    const { remind } = await feedbackSettings(trx, organizationId);
    let remindOn = dueOn;
    for (let n = 0; n < remind; ) {
      remindOn = addDays(remindOn, -1);
      if (cal.isWorkingDay(remindOn)) n++;
    }
    const at = (day: string) => new Date(Math.max(clock.now().getTime(), startOfVnDay(day).getTime() + SEND_HOUR_MS));
    await jobs.enqueue(trx, DEADLINE_JOB, { feedbackId, dueOn, kind: 'reminder' } satisfies DeadlineJob, { runAt: at(remindOn) });
    await jobs.enqueue(trx, DEADLINE_JOB, { feedbackId, dueOn, kind: 'escalation' } satisfies DeadlineJob, { runAt: at(cal.nextWorkingDay(dueOn)) });
  }

  async function emailsOf(trx: Kysely<DB>, ids: number[]) {
    if (ids.length === 0) return [];
    return (await trx.selectFrom('users').select('email').where('id', 'in', ids).where('status', '=', 'active').execute()).map((r) => r.email).filter(Boolean);
  }

  /** Checks a code and secret in constant time; failures are counted per address like logins. */
  async function verify(ctx: RequestContext, code: string, secret: string) {
    const since = new Date(clock.now().getTime() - LOOKUP_WINDOW_MS).toISOString();
    if ((await repo.recentLookupFailures(db, ctx.ip, since)) >= LOOKUP_MAX_FAILURES) {
      throw new TooManyRequestsError('Nhập sai mã quá nhiều lần. Vui lòng thử lại sau 15 phút.');
    }
    const found = await repo.findByCode(db, code.trim().toUpperCase());
    const given = Buffer.from(sha256(secret.trim().toUpperCase()), 'hex');
    const stored = Buffer.from(found?.secretHash ?? sha256('no-such-code'), 'hex');
    if (!found || !timingSafeEqual(given, stored)) {
      await repo.recordLookupFailure(db, ctx.ip, isoNow(clock), new Date(clock.now().getTime() - 24 * 3600_000).toISOString());
      throw new ValidationError({ code: 'Mã tra cứu hoặc mã bí mật không đúng. Vui lòng kiểm tra lại (mã bí mật được cấp một lần khi gửi).' });
    }
    return mustFind(found.id);
  }

  /** What the submitter sees: the case without internal notes, and never anyone's personal data. */
  async function submitterView(c: repo.FeedbackCase) {
    return { case: c, events: await repo.events(db, c.id, true), files: await links.fileNames(c.id) };
  }

  async function index(trx: Kysely<DB>, c: repo.FeedbackCase) {
    if (!c.publishedAt || !c.publicSlug) return search.remove(trx, SEARCH_TYPE, c.id);
    await search.upsert(trx, {
      type: SEARCH_TYPE,
      refId: c.id,
      organizationId: c.organizationId,
      title: c.publicTitle,
      body: [c.publicContent, c.answer, c.fieldName].filter(Boolean).join('\n'),
      url: `/phan-anh-kien-nghi/${c.publicSlug}`,
      publishedAt: c.publishedAt,
    });
  }

  const links = createFeedbackLinks({ db, clock, audit, search, storage, mustFind, actorOf });

  const service = {
    links,

    /** A fresh fill-time token for the form's hidden field: the time it was shown, signed. */
    async formToken() {
      const ms = clock.now().getTime();
      return `${ms}.${await sign(ms)}`;
    },

    async fields(organizationId?: number) {
      return repo.fields(db, organizationId ?? (await portal()));
    },

    /** Adds a field (lĩnh vực) to the portal organization's list; a name already there is refused. */
    async addField(ctx: RequestContext, input: unknown) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'handle', organizationId);
      const { name } = parseCommand(SaveField, typeof input === 'string' ? { name: input } : input);
      const existing = await repo.fields(db, organizationId);
      if (existing.some((f) => f.slug === slugify(name, 80))) throw new ValidationError({ name: 'Lĩnh vực này đã có trong danh sách.' });
      const id = await db.transaction().execute(async (trx) => {
        const id = await repo.insertField(trx, { organizationId, name, slug: slugify(name, 80), sortOrder: existing.length + 1 });
        await audit(trx, ctx, { action: 'create', subjectType: 'feedback_field', subjectId: id, organizationId, summary: name });
        return id;
      });
      onChange();
      return id;
    },

    /** Hides a field from the form (or shows it again); cases already in it keep it. */
    async setFieldActive(ctx: RequestContext, id: number, active: boolean) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'handle', organizationId);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.setFieldActive(trx, organizationId, id, active))) throw new NotFoundError('Không tìm thấy lĩnh vực.');
        await audit(trx, ctx, { action: active ? 'activate' : 'deactivate', subjectType: 'feedback_field', subjectId: id, organizationId });
      });
      onChange();
    },

    /**
     * A submission from the public form. Spam checks first (honeypot, fill time), each a 422 with a
     * message, never a silent drop; then the fields; then one transaction gives the code, stores the
     * item and its consent record, and queues the acknowledgement mail. Returns only after the commit.
     */
    async submit(ctx: RequestContext, input: unknown, upload?: Upload) {
      const raw = (input ?? {}) as Record<string, unknown>;
      if (typeof raw.website === 'string' && raw.website.trim() !== '') {
        throw new ValidationError({ form: 'Biểu mẫu có dấu hiệu được điền tự động (ô “Trang web” phải để trống). Vui lòng xóa nội dung ô đó và gửi lại.' });
      }
      const [msText, mac] = String(raw.startedAt ?? '').split('.');
      const ms = Number(msText);
      const elapsed = clock.now().getTime() - ms;
      if (!msText || !mac || !Number.isSafeInteger(ms) || mac !== (await sign(ms)) || elapsed > MAX_FILL_MS || elapsed < 0) {
        throw new ValidationError({ form: 'Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng kiểm tra nội dung và bấm “Gửi phản ánh, kiến nghị” lại.' });
      }
      if (elapsed < MIN_FILL_MS) {
        throw new ValidationError({ form: `Biểu mẫu được gửi quá nhanh (dưới ${MIN_FILL_MS / 1000} giây sau khi mở). Vui lòng kiểm tra lại nội dung rồi gửi lại.` });
      }
      return service.receive(ctx, input, { upload });
    },

    /**
     * Receives a submission whose sender is already trusted (the form after its spam checks, the demo,
     * a partner system through Open311 with its API key, whose holder attests the consent: `apiKeyId`
     * is stored with the case and the audit row): checks the fields, then one transaction gives the
     * code, stores the item with its consent record, schedules its deadline and queues the
     * acknowledgement. Returns only after the commit.
     */
    async receive(ctx: RequestContext, input: unknown, options: { channel?: 'web' | 'open311' | 'demo'; apiKeyId?: number; upload?: Upload } = {}) {
      const raw = (input ?? {}) as Record<string, unknown>;
      const organizationId = await portal();
      const errors: FieldErrors = {};
      let v: Static<typeof SubmitFeedback> | null = null;
      try {
        v = parseCommand(SubmitFeedback, input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        Object.assign(errors, error.fields);
      }
      const fieldId = Number(normalizeInput(raw).fieldId);
      const fieldList = await repo.fields(db, organizationId);
      if (!errors.fieldId && !fieldList.some((f) => f.id === fieldId && f.active)) errors.fieldId = 'Vui lòng chọn lĩnh vực trong danh sách.';
      const related = await resolveRelated(db, search, String(raw.related ?? ''));
      if (related.error) errors.related = related.error;
      const files = await checkAttachments(options.upload?.files ?? [], options.upload?.fileCount);
      if (files.error) errors.attachments = `${files.error} ${CHOOSE_AGAIN}`;
      else if (files.accepted.length > 0 && Object.keys(errors).length > 0) errors.attachments = CHOOSE_AGAIN;
      if (Object.keys(errors).length > 0 || !v) throw new ValidationError(errors);

      const now = clock.now();
      const receivedOn = vnDateKey(now);
      const cal = await calendar.calendar();
      const classifyDueOn = cal.addWorkingDays(receivedOn, (await deadlines()).classify);
      const year = Number(receivedOn.slice(0, 4));
      const secret = Array.from({ length: 10 }, () => SECRET_ALPHABET[randomInt(SECRET_ALPHABET.length)]).join('');
      const at = now.toISOString();
      const values = v;
      // Files first, then the case with their rows; a failure removes the files (withStoredFiles).
      // Submissions arrive in bursts: they share commits (group-commit.ts), each acknowledged only once committed.
      const code = await withStoredFiles(storage, files.accepted, `feedback/${year}`, (stored) => groupCommit.run(async (trx) => {
        const seq = await repo.nextSeq(trx, organizationId, year);
        const code = formatCode(year, seq);
        const id = await repo.insertCase(trx, {
          organization_id: organizationId,
          code,
          year,
          seq,
          secret_hash: sha256(secret),
          channel: options.channel ?? 'web',
          api_key_id: options.apiKeyId ?? null,
          submitter_kind: values.submitterKind,
          name: values.name,
          address: values.address,
          phone: values.phone,
          email: values.email ?? '',
          consent_version: CONSENT_VERSION,
          consent_at: at,
          consent_ip: ctx.ip,
          personal_erased_at: null,
          title: values.title,
          content: values.content,
          field_id: values.fieldId,
          publish_allowed: values.publishAllowed === '1' ? 1 : 0,
          status: 'received',
          received_at: at,
          classify_due_on: classifyDueOn,
          accepted_at: null,
          answer_due_on: null,
          due_on: classifyDueOn,
          paused_on: null,
          unit_id: null,
          assignee_id: null,
          reason: '',
          forwarded_to: '',
          answer: '',
          answered_at: null,
          public_title: '',
          public_content: '',
          public_slug: null,
          published_at: null,
          public_key: '',
          rating: null,
          rated_at: null,
          reopen_requested_at: null,
          related_type: related.ref?.type ?? null,
          related_id: related.ref?.id ?? null,
          created_at: at,
          updated_at: at,
        });
        await insertAttachments(trx, id, stored, at);
        await scheduleDeadline(trx, cal, organizationId, id, classifyDueOn);
        await repo.addEvent(trx, { feedbackId: id, at, kind: 'received', public: true, text: `Đã tiếp nhận phản ánh, kiến nghị ${options.channel === 'open311' ? 'qua hệ thống kết nối (Open311)' : 'qua cổng thông tin'}. Hạn phân loại: ${formatDate(classifyDueOn)}.`, actorId: null, actorName: '' });
        // No personal data in the audit log: the code names the item, the consent version what was agreed.
        await audit(trx, ctx, { action: 'feedback.submit', subjectType: 'feedback', subjectId: id, organizationId, summary: code, changes: { consentVersion: CONSENT_VERSION, channel: options.channel ?? 'web', apiKeyId: options.apiKeyId ?? null } });
        if (values.email) {
          await mail(trx, {
            to: values.email,
            subject: `[${code}] Đã tiếp nhận phản ánh, kiến nghị của bạn`,
            text: `Kính gửi ${values.name},\n\nCơ quan đã tiếp nhận phản ánh, kiến nghị “${values.title}”.\n\nMã tra cứu: ${code}\nMã bí mật: ${secret}\n\nHạn phân loại: ${formatDate(classifyDueOn)}. ${lookupHint(code)}\nVui lòng giữ kín mã bí mật.\n`,
          });
        }
        return code;
      }));
      return { code, secret, classifyDueOn };
    },

    // The submitter, with code and secret.

    async lookup(ctx: RequestContext, input: unknown) {
      const v = parseCommand(Lookup, input);
      return submitterView(await verify(ctx, v.code, v.secret));
    },

    /** The answer's rating, 1–5, once. */
    async rate(ctx: RequestContext, input: unknown) {
      const l = parseCommand(Lookup, input);
      const c = await verify(ctx, l.code, l.secret);
      const v = parseCommand(Rate, input);
      if (c.status !== 'answered' && c.status !== 'published') throw new ConflictError('Chỉ đánh giá được sau khi cơ quan đã trả lời.');
      if (c.rating !== null) throw new ConflictError('Bạn đã đánh giá câu trả lời này.');
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        await repo.updateCase(trx, c.id, { rating: v.rating, rated_at: now, updated_at: now });
        await repo.addEvent(trx, { feedbackId: c.id, at: now, kind: 'rated', public: true, text: `Người gửi đánh giá câu trả lời: ${v.rating}/5.`, actorId: null, actorName: '' });
        await audit(trx, ctx, { action: 'feedback.rate', subjectType: 'feedback', subjectId: c.id, organizationId: c.organizationId, summary: `${c.code}: ${v.rating}/5` });
      });
      return submitterView(await mustFind(c.id));
    },

    /** "I am not satisfied": once per item, back to handling with a new answer deadline. */
    async requestReopen(ctx: RequestContext, input: unknown) {
      const l = parseCommand(Lookup, input);
      const c = await verify(ctx, l.code, l.secret);
      const v = parseCommand(Reopen, input);
      if (c.reopenRequestedAt) throw new ConflictError('Bạn đã đề nghị xem xét lại một lần; mỗi phản ánh chỉ được đề nghị một lần.');
      if (!canStep('reopen', c.status)) throw new ConflictError('Chỉ đề nghị xem xét lại được sau khi cơ quan đã trả lời.');
      const now = isoNow(clock);
      const due = await answerDue(today());
      const cal = await calendar.calendar();
      await db.transaction().execute(async (trx) => {
        const changed = await trx
          .updateTable('feedback')
          .set({ status: 'handling', reopen_requested_at: now, answer_due_on: due, due_on: due, published_at: null, updated_at: now })
          .where('id', '=', c.id)
          .where('status', '=', c.status)
          .executeTakeFirst();
        if (Number(changed.numUpdatedRows) !== 1) throw new ConflictError('Phản ánh vừa được cập nhật; vui lòng tra cứu lại.');
        await scheduleDeadline(trx, cal, c.organizationId, c.id, due);
        await repo.addEvent(trx, { feedbackId: c.id, at: now, kind: 'reopened', public: true, text: `Người gửi đề nghị xem xét lại: ${v.reason}\nHạn trả lời mới: ${formatDate(due)}.`, actorId: null, actorName: '' });
        await audit(trx, ctx, { action: 'feedback.reopen', subjectType: 'feedback', subjectId: c.id, organizationId: c.organizationId, summary: c.code });
        await search.remove(trx, SEARCH_TYPE, c.id);
      });
      if (c.publishedAt) onChange();
      return submitterView(await mustFind(c.id));
    },

    /** The submitter answers a request for more information; the clock runs again. */
    async addInfo(ctx: RequestContext, input: unknown) {
      const l = parseCommand(Lookup, input);
      const c = await verify(ctx, l.code, l.secret);
      const v = parseCommand(AddInfo, input);
      if (c.status !== 'awaitingInfo') throw new ConflictError('Cơ quan hiện không yêu cầu bổ sung thông tin.');
      const now = isoNow(clock);
      const due = await resumedDue(c);
      const cal = await calendar.calendar();
      await db.transaction().execute(async (trx) => {
        await repo.updateCase(trx, c.id, { status: 'handling', paused_on: null, answer_due_on: due, due_on: due, updated_at: now });
        await scheduleDeadline(trx, cal, c.organizationId, c.id, due);
        await repo.addEvent(trx, { feedbackId: c.id, at: now, kind: 'infoAdded', public: true, text: `Người gửi bổ sung thông tin: ${v.info}\nHạn trả lời: ${formatDate(due)}.`, actorId: null, actorName: '' });
        await audit(trx, ctx, { action: 'feedback.addInfo', subjectType: 'feedback', subjectId: c.id, organizationId: c.organizationId, summary: c.code });
      });
      return submitterView(await mustFind(c.id));
    },

    // The back office.

    async assertCanHandle(ctx: RequestContext) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'handle', organizationId);
    },

    async assertCanRead(ctx: RequestContext) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'read', organizationId);
      return organizationId;
    },

    can: policy.can,

    async inbox(ctx: RequestContext, input: unknown) {
      const organizationId = await portal();
      const actor = policy.assert(await actorOf(ctx), 'read', organizationId);
      const f = parseCommand(InboxFilters, input);
      const day = today();
      const endOfWeek = addDays(day, (7 - dayOfWeek(day)) % 7);
      const page = f.page ?? 1;
      const counts = await repo.countsByStatus(db, organizationId);
      const result = await repo.inbox(db, dialect, {
        organizationId,
        status: f.status as FeedbackState | undefined,
        fieldId: f.fieldId,
        unitId: f.unitId,
        assigneeId: f.mine ? actor.id : f.assigneeId,
        dueBefore: f.due === 'overdue' ? day : undefined,
        dueBetween: f.due === 'week' ? [day, endOfWeek] : undefined,
        search: inboxSearchOf(f.q),
        limit: ADMIN_PAGE_SIZE,
        offset: (page - 1) * ADMIN_PAGE_SIZE,
      }, counts);
      return { ...result, page, pageSize: ADMIN_PAGE_SIZE, today: day, counts };
    },

    async choices(ctx: RequestContext) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'read', organizationId);
      return { fields: await repo.fields(db, organizationId), units: await repo.units(db, organizationId), handlers: await repo.handlers(db, organizationId, HANDLER_ROLES) };
    },

    /**
     * The case with its whole timeline and the submitter's personal data: only for feedback.handle or
     * feedback.approve holders, and every such read is written to the audit log (Luật 91/2025).
     */
    async get(ctx: RequestContext, id: number) {
      const c = await mustFind(id);
      policy.assert(await actorOf(ctx), 'read', c.organizationId);
      const personal = policy.can(ctx.actor, 'viewPersonal', c.organizationId) ? await repo.personalData(db, id) : null;
      if (personal) {
        await audit(db, ctx, { action: 'feedback.personal_view', subjectType: 'feedback', subjectId: id, organizationId: c.organizationId, summary: `${c.code}: xem thông tin cá nhân của người gửi` });
      }
      return { case: c, personal, events: await repo.events(db, id, false), today: today(), links: await links.ofCase(ctx, c) };
    },

    reject: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'reject', 'handle', (c) => {
        const v = parseCommand(Reason, input);
        return {
          values: { reason: v.reason, due_on: null },
          text: `Không tiếp nhận. Lý do: ${v.reason}`,
          public: true,
          after: (trx) => notifySubmitter(trx, id, c.code, 'Phản ánh, kiến nghị không được tiếp nhận', `Cơ quan không tiếp nhận phản ánh, kiến nghị “${c.title}”.\nLý do: ${v.reason}`),
        };
      }),

    forward: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'forward', 'handle', (c) => {
        const v = parseCommand(Forward, input);
        const note = v.forwardNote ? ` ${v.forwardNote}` : '';
        return {
          values: { forwarded_to: v.agency, reason: v.forwardNote ?? '', due_on: null },
          text: `Đã chuyển đến ${v.agency}, cơ quan có thẩm quyền xử lý.${note}`,
          public: true,
          after: (trx) => notifySubmitter(trx, id, c.code, 'Phản ánh, kiến nghị đã được chuyển cơ quan có thẩm quyền', `Phản ánh, kiến nghị “${c.title}” thuộc thẩm quyền của ${v.agency} và đã được chuyển đến cơ quan này.${note}`),
        };
      }),

    accept: (ctx: RequestContext, id: number) =>
      step(ctx, id, 'accept', 'handle', async (c) => {
        const due = await answerDue(today());
        return {
          values: { accepted_at: isoNow(clock), answer_due_on: due, due_on: due },
          text: `Đã thụ lý để xem xét, xử lý. Hạn trả lời: ${formatDate(due)}.`,
          public: true,
          after: (trx) => notifySubmitter(trx, id, c.code, 'Phản ánh, kiến nghị đã được thụ lý', `Phản ánh, kiến nghị “${c.title}” đã được thụ lý. Hạn trả lời: ${formatDate(due)}.`),
        };
      }),

    assign: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'assign', 'handle', async (c) => {
        const v = parseCommand(Assign, input);
        const { units, handlers } = { units: await repo.units(db, c.organizationId), handlers: await repo.handlers(db, c.organizationId, HANDLER_ROLES) };
        const unit = units.find((u) => u.id === v.unitId);
        const officer = handlers.find((h) => h.id === v.assigneeId);
        const errors: FieldErrors = {};
        if (!unit) errors.unitId = 'Vui lòng chọn đơn vị trong danh sách.';
        if (!officer) errors.assigneeId = 'Vui lòng chọn cán bộ xử lý phản ánh, kiến nghị trong danh sách.';
        if (!unit || !officer) throw new ValidationError(errors);
        return {
          values: { unit_id: unit.id, assignee_id: officer.id },
          text: `Giao ${unit.name}, cán bộ ${officer.fullName} xử lý.`,
          public: false,
          after: async (trx) => {
            const user = await trx.selectFrom('users').select('email').where('id', '=', officer.id).executeTakeFirst();
            if (user?.email) {
              await mail(trx, {
                to: user.email,
                subject: `[${c.code}] Bạn được giao xử lý phản ánh, kiến nghị`,
                text: `Bạn được giao xử lý phản ánh, kiến nghị “${c.title}” (${c.code}). Hạn trả lời: ${c.answerDueOn ? formatDate(c.answerDueOn) : ''}.\n${baseUrl}/admin/feedback/${c.id}\n`,
              });
            }
          },
        };
      }),

    start: (ctx: RequestContext, id: number) => step(ctx, id, 'start', 'handle', () => ({ text: 'Đang xem xét, xử lý.', public: true })),

    /** An internal note: no state change, not shown to the submitter. */
    async note(ctx: RequestContext, id: number, input: unknown) {
      const c = await mustFind(id);
      const actor = policy.assert(await actorOf(ctx), 'read', c.organizationId);
      const v = parseCommand(Note, input);
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        await repo.addEvent(trx, { feedbackId: id, at: now, kind: 'note', public: false, text: v.note, actorId: actor.id || null, actorName: actor.fullName });
        await audit(trx, ctx, { action: 'feedback.note', subjectType: 'feedback', subjectId: id, organizationId: c.organizationId, summary: c.code });
      });
    },

    /** Asks the submitter for more information: the answer clock stops until they reply (or the officer resumes). */
    requestInfo: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'requestInfo', 'handle', (c) => {
        const v = parseCommand(RequestInfo, input);
        return {
          values: { paused_on: today(), due_on: null },
          text: `Đề nghị người gửi bổ sung thông tin: ${v.question}\nThời hạn xử lý tạm dừng cho đến khi nhận được thông tin bổ sung.`,
          public: true,
          after: (trx) => notifySubmitter(trx, id, c.code, 'Đề nghị bổ sung thông tin', `Để xử lý phản ánh, kiến nghị “${c.title}”, cơ quan đề nghị bạn bổ sung: ${v.question}\nBạn có thể bổ sung tại trang tra cứu.`),
        };
      }),

    resume: (ctx: RequestContext, id: number) =>
      step(ctx, id, 'resume', 'handle', async (c) => {
        const due = await resumedDue(c);
        return { values: { paused_on: null, answer_due_on: due, due_on: due }, text: `Tiếp tục xử lý. Hạn trả lời: ${formatDate(due)}.`, public: true };
      }),

    draft: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'draft', 'handle', () => {
        const v = parseCommand(Draft, input);
        return { values: { answer: v.answer }, text: 'Đã dự thảo nội dung trả lời, trình lãnh đạo duyệt.', public: false };
      }),

    returnDraft: (ctx: RequestContext, id: number, input: unknown) =>
      step(ctx, id, 'returnDraft', 'approve', () => {
        const v = parseCommand(Reason, input);
        return { text: `Lãnh đạo trả lại dự thảo: ${v.reason}`, public: false };
      }),

    approve: (ctx: RequestContext, id: number) => step(ctx, id, 'approve', 'approve', () => ({ text: 'Lãnh đạo đã duyệt nội dung trả lời.', public: false })),

    answer: (ctx: RequestContext, id: number) =>
      step(ctx, id, 'answer', 'handle', (c) => ({
        values: { answered_at: isoNow(clock), due_on: null },
        text: 'Đã trả lời người gửi.',
        public: true,
        after: (trx) => notifySubmitter(trx, id, c.code, 'Cơ quan đã trả lời phản ánh, kiến nghị của bạn', `Cơ quan đã trả lời phản ánh, kiến nghị “${c.title}”:\n\n${c.answer}\n\nBạn có thể đánh giá câu trả lời tại trang tra cứu.`),
      })),

    /** Publishes the question (rewritten without personal data) and the approved answer, when the submitter allowed it. */
    async publish(ctx: RequestContext, id: number, input: unknown) {
      const to = await step(ctx, id, 'publish', 'handle', (c) => {
        if (!c.publishAllowed) throw new ConflictError('Người gửi không đồng ý công khai nội dung này.');
        const v = parseCommand(Publish, input);
        const slug = c.code.toLowerCase();
        const now = isoNow(clock);
        return {
          values: { public_title: v.publicTitle, public_content: v.publicContent, public_slug: slug, published_at: now, public_key: ` ${searchKey([v.publicTitle, v.publicContent, c.answer, c.fieldName].join('\n'))} ` },
          text: 'Đã công khai câu hỏi (không kèm thông tin cá nhân) và câu trả lời trên cổng thông tin.',
          public: true,
          after: (trx) => index(trx, { ...c, publicTitle: v.publicTitle, publicContent: v.publicContent, publicSlug: slug, publishedAt: now }),
        };
      });
      onChange();
      return to;
    },

    /**
     * The deadline job: a reminder to the assignee (or every officer before assignment), or an
     * escalation to the leaders once the deadline has passed. Does nothing when the deadline moved or was met.
     */
    async runDeadlineJob(job: DeadlineJob) {
      const c = await repo.findCase(db, job.feedbackId);
      if (!c || c.dueOn !== job.dueOn || !OPEN_STATES.includes(c.status)) return;
      if (job.kind === 'escalation' && !(c.dueOn < today())) return;
      const officers = c.assigneeId ? [c.assigneeId] : (await repo.handlers(db, c.organizationId, HANDLER_ROLES)).map((h) => h.id);
      const leaders = (await repo.handlers(db, c.organizationId, APPROVER_ROLES)).map((h) => h.id);
      const step = c.status === 'received' ? 'phân loại' : 'trả lời';
      await db.transaction().execute(async (trx) => {
        const link = `${baseUrl}/admin/feedback/${c.id}`;
        if (job.kind === 'reminder') {
          for (const to of await emailsOf(trx, officers)) {
            await mail(trx, { to, subject: `[${c.code}] Sắp đến hạn ${step}: ${formatDate(c.dueOn!)}`, text: `Phản ánh, kiến nghị “${c.title}” (${c.code}) đến hạn ${step} ngày ${formatDate(c.dueOn!)}.\n${link}\n` });
          }
        } else {
          for (const to of await emailsOf(trx, [...new Set([...leaders, ...officers])])) {
            await mail(trx, { to, subject: `[${c.code}] Quá hạn ${step} từ ${formatDate(c.dueOn!)}`, text: `Phản ánh, kiến nghị “${c.title}” (${c.code}) đã quá hạn ${step} (hạn ${formatDate(c.dueOn!)}), trạng thái: ${FEEDBACK_STATES[c.status]}.\n${link}\n` });
          }
          await repo.addEvent(trx, { feedbackId: c.id, at: isoNow(clock), kind: 'escalated', public: false, text: `Quá hạn ${step}; đã báo lãnh đạo.`, actorId: null, actorName: 'Hệ thống' });
        }
      });
    },

    // The public list of answers: only published items, only their public text.

    parsePublicFilters(input: unknown) {
      const f = parseCommand(PublicFilters, input);
      return { q: f.q ?? '', field: f.linhvuc, page: f.trang ?? 1 };
    },

    async publicList(filters: { q: string; field?: string; page: number }) {
      const organizationId = await organizations.portalOrganizationId();
      if (!organizationId) return { total: 0, items: [], page: 1, pageSize: PUBLIC_PAGE_SIZE, fields: [] };
      const fieldList = (await repo.fields(db, organizationId)).filter((f) => f.active);
      const field = filters.field ? fieldList.find((f) => f.slug === filters.field) : undefined;
      const result = await repo.publicList(db, {
        organizationId,
        terms: filters.q ? queryTerms(filters.q) : undefined,
        fieldId: filters.field ? (field?.id ?? -1) : undefined,
        limit: PUBLIC_PAGE_SIZE,
        offset: (filters.page - 1) * PUBLIC_PAGE_SIZE,
      });
      return { ...result, page: filters.page, pageSize: PUBLIC_PAGE_SIZE, fields: fieldList };
    },

    /** The receipt register with the time of every step, for the CSV and XLSX exports (no personal data). */
    async register(ctx: RequestContext) {
      const organizationId = await portal();
      policy.assert(await actorOf(ctx), 'read', organizationId);
      const times = await repo.stepTimes(db, organizationId);
      return (await repo.allCases(db, organizationId)).map((c) => ({ case: c, times: times.get(c.id) ?? {} }));
    },

    /**
     * A submitter's own data on request (Luật 91/2025: access): everything stored about the case and
     * its public timeline, as JSON. A view of personal data, so audited like the detail page.
     */
    async exportPersonal(ctx: RequestContext, id: number) {
      const c = await mustFind(id);
      policy.assert(await actorOf(ctx), 'viewPersonal', c.organizationId);
      const personal = await repo.personalData(db, id);
      await audit(db, ctx, { action: 'feedback.personal_export', subjectType: 'feedback', subjectId: id, organizationId: c.organizationId, summary: `${c.code}: xuất dữ liệu cá nhân theo yêu cầu` });
      return {
        code: c.code,
        submitter: personal,
        title: c.title,
        content: c.content,
        field: c.fieldName,
        status: FEEDBACK_STATES[c.status],
        receivedAt: c.receivedAt,
        answer: c.answeredAt ? c.answer : '',
        timeline: (await repo.events(db, id, true)).map((e) => ({ at: e.at, text: e.text })),
      };
    },

    /**
     * Erases the submitter's personal data on request (Luật 91/2025: deletion), keeping the content and
     * the timeline. Only once the case is closed: an open case still needs a way to reach its sender.
     */
    async erasePersonal(ctx: RequestContext, id: number, input: unknown) {
      const c = await mustFind(id);
      const actor = policy.assert(await actorOf(ctx), 'handle', c.organizationId);
      const v = parseCommand(Reason, input);
      if (OPEN_STATES.includes(c.status) || c.status === 'awaitingInfo') throw new ConflictError('Chỉ xóa được dữ liệu cá nhân khi phản ánh, kiến nghị đã kết thúc (không tiếp nhận, đã chuyển, đã trả lời).');
      const now = isoNow(clock);
      await removeAttachmentFiles(db, storage, id);
      await db.transaction().execute(async (trx) => {
        await deleteAttachmentRows(trx, id);
        await repo.updateCase(trx, id, { name: '', address: '', phone: '', email: '', consent_ip: '', personal_erased_at: now, updated_at: now });
        await repo.addEvent(trx, { feedbackId: id, at: now, kind: 'personalErased', public: false, text: `Đã xóa dữ liệu cá nhân của người gửi. Lý do: ${v.reason}`, actorId: actor.id || null, actorName: actor.fullName });
        await audit(trx, ctx, { action: 'feedback.personal_erase', subjectType: 'feedback', subjectId: id, organizationId: c.organizationId, summary: c.code, changes: { reason: v.reason } });
      });
    },

    /** Cases for the Open311 GET (no personal data: `open311.ts` shows only the public fields). */
    async open311Requests(q: Omit<repo.Open311Query, 'organizationId' | 'limit'> & { limit?: number }) {
      const organizationId = await organizations.portalOrganizationId();
      return organizationId ? repo.open311Requests(db, { ...q, organizationId, limit: q.limit ?? 1000 }) : [];
    },

    async publicItem(slug: string) {
      const organizationId = await organizations.portalOrganizationId();
      const item = organizationId ? await repo.findPublished(db, organizationId, slug) : null;
      return item && { ...item, related: await links.related(item.id) };
    },
  };
  return service;

  /** After a pause, the answer deadline moves by the working days the clock stood still. */
  async function resumedDue(c: repo.FeedbackCase) {
    const cal = await calendar.calendar();
    const base = c.answerDueOn ?? (await answerDue(today()));
    const paused = c.pausedOn ? Math.max(0, cal.workingDaysBetween(c.pausedOn, today())) : 0;
    return paused > 0 ? cal.addWorkingDays(base, paused) : base;
  }
}

export const isOpen = (state: FeedbackState) => OPEN_STATES.includes(state);
