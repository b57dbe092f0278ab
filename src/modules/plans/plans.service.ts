import type { Kysely } from 'kysely';
import type { Actor, RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { renderOfficialDocument } from '../../platform/docx/official-document.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import { formatDate, parseVnDate, vnDateKey } from '../../shared/dates.js';
import { foldVi, slugify } from '../../shared/text.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { planDocument } from './plans.document.js';
import { parsePlanText, type PlanText } from './plans.import.js';
import { isAddressedTo, plansPolicy as policy, type PlanScope } from './plans.policy.js';
import * as repo from './plans.repo.js';
import {
  HEADING_FIELDS,
  NEXT_STATUS,
  PLAN_STATUSES,
  PlanFilters,
  SaveItem,
  SavePlanHeader,
  SaveRecipient,
  type ChannelKind,
  type HeadingField,
  type ListSection,
  type PlanStatus,
  type TargetKind,
} from './plans.schema.js';

export type { Plan, PlanContent, PlanItem, PlanRecipient, Target } from './plans.repo.js';

/** What `cchc plan import` may add to the text: header parts a seed-like text lacks. */
export type ImportOptions = { organizationId?: number; number?: string; issuedOn?: string };

/** "45/KH-STTTT", or the symbol alone while the plan has no number yet. */
/** '45/KH-STTTT'; before a number is given, '…/KH-STTTT', as the draft's "Số:" line is left to fill. */
export const planCode = (p: { number: string; symbol: string }) => `${p.number || '…'}/${p.symbol}`;

export type PlansService = ReturnType<typeof createPlansService>;

export function createPlansService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; jobs: JobQueue; organizations: OrganizationsService; baseUrl: string }) {
  const { db, clock, audit, jobs, organizations, baseUrl } = deps;

  async function scopeOf(organizationId: number): Promise<PlanScope> {
    const units = await organizations.allUnits();
    return { organizationId, officeUnitIds: units.filter((u) => u.organizationId === organizationId && u.isCoordinating).map((u) => u.id) };
  }

  /** The installation itself (the CLI, the demo, `systemContext`) acts inside the plan's organization. */
  const actorIn = (ctx: RequestContext, organizationId: number): Actor | null =>
    ctx.actor && ctx.actor.id === 0 && ctx.actor.organizationId === 0 ? { ...ctx.actor, organizationId } : ctx.actor;

  async function mustFind(id: number) {
    const plan = await repo.findPlan(db, id);
    if (!plan) throw new NotFoundError('Không tìm thấy kế hoạch.');
    return plan;
  }

  async function assert(ctx: RequestContext, action: 'read' | 'manage', plan: { organizationId: number }) {
    return policy.assert(actorIn(ctx, plan.organizationId), action, await scopeOf(plan.organizationId));
  }

  /** Readers of a plan: those the policy names, and anyone a sent "Nơi nhận" line addresses. */
  async function assertReader(ctx: RequestContext, plan: repo.Plan) {
    const actor = actorIn(ctx, plan.organizationId);
    if (actor && !policy.can(actor, 'read', await scopeOf(plan.organizationId))) {
      const recipients = await repo.listRecipients(db, plan.id);
      if (recipients.some((r) => r.notifiedAt && isAddressedTo(actor, r.target))) return actor;
    }
    return assert(ctx, 'read', plan);
  }

  async function contentOf(executor: Kysely<DB>, plan: repo.Plan): Promise<repo.PlanContent> {
    const items = (section: ListSection) => repo.listItems(executor, repo.ITEM_TABLES[section], plan.id);
    const [purposes, requirements, topics, channels, responsibilities, recipients] = await Promise.all([
      items('purpose'),
      items('requirement'),
      items('topic'),
      items('channel'),
      items('responsibility'),
      repo.listRecipients(executor, plan.id),
    ]);
    return { plan, purposes, requirements, topics, channels, responsibilities, recipients };
  }

  /** The header fields of the importing organization: names as printed (upper case), its place, its symbol "KH-<code>". */
  async function headerFrom(organizationId: number, text: PlanText, options: ImportOptions) {
    const all = await organizations.options();
    const organization = all.find((o) => o.id === organizationId);
    if (!organization) throw new ValidationError({ org: `Không có cơ quan số ${organizationId}.` });
    const parent = all.find((o) => o.id === organization.parentId);
    const issuedOn = options.issuedOn ? parseVnDate(options.issuedOn) : text.issuedOn;
    const errors: Record<string, string> = {};
    if (options.number && !/^\d{1,10}$/.test(options.number)) errors.number = 'Số chỉ gồm chữ số, ví dụ 45.';
    if (options.issuedOn && !issuedOn) errors.issuedOn = 'Ngày ban hành không hợp lệ; nhập theo dạng dd/mm/yyyy.';
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    return {
      number: options.number ?? text.number,
      symbol: text.symbol || `KH-${organization.code}`,
      parentAgency: parent ? parent.name.toLocaleUpperCase('vi') : '',
      agency: organization.name.toLocaleUpperCase('vi'),
      place: text.place || organization.placeName,
      issuedOn,
      year: text.year ?? Number((issuedOn ?? vnDateKey(clock.now())).slice(0, 4)),
    };
  }

  /** Fields as typed in the header form, checked; dates dd/mm/yyyy. */
  function fieldsOf(input: unknown): repo.PlanFields {
    const errors: Record<string, string> = {};
    let v = null;
    try {
      v = parseCommand(SavePlanHeader, input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(errors, error.fields);
    }
    const issuedText = typeof (input as Record<string, unknown>)?.issuedOn === 'string' ? ((input as Record<string, string>).issuedOn ?? '').trim() : '';
    const issuedOn = issuedText === '' ? null : parseVnDate(issuedText);
    if (issuedText !== '' && !issuedOn && !errors.issuedOn) errors.issuedOn = 'Ngày ban hành không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 10/02/2023.';
    if (v && !v.signingAuthority !== !v.authorityTitle && !errors.authorityTitle) {
      errors.authorityTitle = 'Khi ký thay, thừa lệnh, thay mặt hoặc quyền, nhập chức vụ của người đứng đầu (ví dụ GIÁM ĐỐC); khi ký trực tiếp, để trống.';
    }
    if (Object.keys(errors).length > 0 || !v) throw new ValidationError(errors);
    const headings = Object.fromEntries((Object.keys(HEADING_FIELDS) as HeadingField[]).map((k) => [k, v[k]])) as repo.PlanFields['headings'];
    return {
      year: v.year,
      number: v.number ?? '',
      symbol: v.symbol,
      parentAgency: v.parentAgency ?? '',
      agency: v.agency,
      place: v.place,
      issuedOn,
      typeName: v.typeName,
      title: v.title,
      headings,
      fundingText: v.fundingText ?? '',
      fundingAmount: v.fundingAmount ?? null,
      signingAuthority: v.signingAuthority ?? '',
      authorityTitle: v.authorityTitle ?? '',
      signerTitle: v.signerTitle,
      signerName: v.signerName,
    };
  }

  async function targetOf(value: string | undefined): Promise<repo.Target | null> {
    if (!value) return null;
    const [kind, id] = value.split(':') as [TargetKind, string];
    const choices = await repo.targetChoices(db);
    const list = kind === 'user' ? choices.users : kind === 'unit' ? choices.units : choices.organizations;
    if (!list.some((c) => c.id === Number(id))) throw new ValidationError({ target: 'Người nhận đã chọn không còn trong hệ thống.' });
    return { kind, id: Number(id) };
  }

  const mail = (trx: Kysely<DB>, to: string, subject: string, text: string) => jobs.enqueue(trx, 'mail.send', { to, subject, text });

  /** One mail per active member of a recipient's target, about the plan; returns how many were queued. */
  async function mailMembers(trx: Kysely<DB>, plan: repo.Plan, recipient: repo.PlanRecipient, reminder: boolean) {
    const members = recipient.target ? await repo.membersOf(trx, recipient.target) : [];
    const code = planCode(plan);
    const when = plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : '';
    for (const m of members) {
      await mail(
        trx,
        m.email,
        `${reminder ? 'Nhắc xác nhận: ' : ''}Kế hoạch ${code}: ${plan.title}`,
        `Kính gửi ${m.fullName},\n\n${plan.agency} gửi ${recipient.name} Kế hoạch số ${code}${when} về ${plan.title}` +
          `${recipient.purpose === 'inform' ? ' (để biết)' : ' để thực hiện'}.\n\n` +
          `${reminder ? 'Kế hoạch chưa được xác nhận đã nhận. ' : ''}Xem kế hoạch và bấm “Đã nhận” tại: ${baseUrl}/admin/plans/received\n`,
      );
    }
    return members.length;
  }

  /** Sends the plan to every electronic, targeted recipient not yet notified: on issue, and to lines added after. */
  async function distribute(trx: Kysely<DB>, plan: repo.Plan) {
    const now = isoNow(clock);
    let sent = 0;
    for (const r of await repo.listRecipients(trx, plan.id)) {
      if (r.delivery !== 'electronic' || !r.target || r.notifiedAt) continue;
      await mailMembers(trx, plan, r, false);
      await repo.markRecipient(trx, r.id, { notified_at: now });
      sent += 1;
    }
    return sent;
  }

  const sent = (status: PlanStatus) => status !== 'draft';

  /** One managed change of a plan: permission, the change, the plan's update time and its audit row, in one transaction. */
  async function withPlan<T>(
    ctx: RequestContext,
    planId: number,
    entry: { action: string; summary: (plan: repo.Plan) => string; changes?: (plan: repo.Plan) => Record<string, unknown> },
    run: (trx: Kysely<DB>, plan: repo.Plan) => Promise<T>,
  ) {
    const plan = await mustFind(planId);
    await assert(ctx, 'manage', plan);
    return db.transaction().execute(async (trx) => {
      const result = await run(trx, plan);
      await trx.updateTable('plans').set({ updated_at: isoNow(clock) }).where('id', '=', planId).execute();
      await audit(trx, ctx, { action: entry.action, subjectType: 'plan', subjectId: planId, organizationId: plan.organizationId, summary: entry.summary(plan).slice(0, 300), changes: entry.changes?.(plan) });
      return result;
    });
  }

  return {
    /** The plans the actor reads (their organization's, and those it supervises), newest year first, with the years to filter by. */
    async list(ctx: RequestContext, input: unknown) {
      const f = parseCommand(PlanFilters, input);
      const actor = ctx.actor;
      if (!actor) return { plans: [], years: [] };
      const own = actor.id === 0 && actor.organizationId === 0 ? (await organizations.options()).map((o) => o.id) : [actor.organizationId, ...actor.supervisedOrganizationIds];
      const visible: repo.Plan[] = [];
      for (const plan of await repo.listPlans(db, own)) {
        if (policy.can(actorIn(ctx, plan.organizationId), 'read', await scopeOf(plan.organizationId))) visible.push(plan);
      }
      // An agency has a handful of plans a year: filtering here is simpler than indexes for folded words.
      const words = foldVi(f.q ?? '').split(/\s+/).filter(Boolean);
      const plans = visible.filter(
        (p) => (f.year === undefined || p.year === f.year) && (f.status === undefined || p.status === f.status) && words.every((w) => foldVi(`${planCode(p)} ${p.title}`).includes(w)),
      );
      return { plans, years: [...new Set(visible.map((p) => p.year))] };
    },

    /** The whole plan, whether the actor manages it, who acknowledged and what each target is called. */
    async get(ctx: RequestContext, id: number) {
      const plan = await mustFind(id);
      const actor = await assertReader(ctx, plan);
      const content = await contentOf(db, plan);
      const acknowledgers = new Map<number, string>();
      for (const r of content.recipients) if (r.acknowledgedBy) acknowledgers.set(r.acknowledgedBy, await repo.userName(db, r.acknowledgedBy));
      const choices = await repo.targetChoices(db);
      const targetLabels = new Map<string, string>([
        ...choices.organizations.map((o) => [`organization:${o.id}`, o.name] as const),
        ...choices.units.map((u) => [`unit:${u.id}`, u.name] as const),
        ...choices.users.map((u) => [`user:${u.id}`, u.name] as const),
      ]);
      return { ...content, canManage: policy.can(actor, 'manage', await scopeOf(plan.organizationId)), acknowledgers, targetLabels };
    },

    /** New plans are made in the actor's own organization. */
    async assertCanCreate(ctx: RequestContext) {
      await assert(ctx, 'manage', { organizationId: ctx.actor?.organizationId ?? 0 });
    },

    async assertCanManage(ctx: RequestContext, id: number) {
      await assert(ctx, 'manage', await mustFind(id));
    },

    /** Reads a plan's plain text into a new draft of the organization (the actor's own by default). */
    async importText(ctx: RequestContext, text: string, options: ImportOptions = {}): Promise<number> {
      const organizationId = options.organizationId ?? ctx.actor?.organizationId ?? 0;
      const actor = await assert(ctx, 'manage', { organizationId });
      const parsed = parsePlanText(text);
      const header = await headerFrom(organizationId, parsed, options);
      const fields: repo.PlanFields = {
        ...header,
        typeName: parsed.typeName,
        title: parsed.title,
        headings: parsed.headings,
        fundingText: parsed.fundingText,
        fundingAmount: null,
        signingAuthority: parsed.signature.authority,
        authorityTitle: parsed.signature.authorityTitle,
        signerTitle: parsed.signature.signerTitle,
        signerName: parsed.signature.signerName,
      };
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertPlan(trx, { organizationId, fields, status: 'draft', createdBy: actor.id || null }, isoNow(clock));
        const add = async (section: ListSection, items: { text: string; kind?: ChannelKind }[]) => {
          for (const item of items) await repo.insertItem(trx, repo.ITEM_TABLES[section], id, item);
        };
        const texts = (list: string[]) => list.map((text) => ({ text }));
        await add('purpose', texts(parsed.purposes));
        await add('requirement', texts(parsed.requirements));
        await add('topic', texts(parsed.topics));
        await add('channel', parsed.channels);
        await add('responsibility', texts(parsed.responsibilities));
        for (const r of parsed.recipients) await repo.insertRecipient(trx, id, { ...r, target: null });
        await audit(trx, ctx, { action: 'plan.import', subjectType: 'plan', subjectId: id, organizationId, summary: `${planCode(fields)}: ${fields.title}`.slice(0, 300) });
        return id;
      });
    },

    async updateHeader(ctx: RequestContext, id: number, input: unknown) {
      const fields = fieldsOf(input);
      await withPlan(ctx, id, { action: 'plan.update', summary: (p) => `${planCode(p)}: ${p.title}`, changes: (before) => diff(before, fields) }, (trx) =>
        repo.updatePlan(trx, id, fields, isoNow(clock)),
      );
    },

    /** Adds (itemId null) or edits an item of a list section; topics and channels keep their codes. */
    async saveItem(ctx: RequestContext, planId: number, section: ListSection, itemId: number | null, input: unknown) {
      const v = parseCommand(SaveItem, input);
      const where = repo.ITEM_TABLES[section];
      if (itemId !== null && (await repo.findItemPlan(db, where, itemId)) !== planId) throw new NotFoundError('Không tìm thấy mục này của kế hoạch.');
      const item = { text: v.text, kind: section === 'channel' ? ((v.kind as ChannelKind | undefined) ?? 'other') : undefined };
      await withPlan(ctx, planId, { action: itemId === null ? `plan.${section}.add` : `plan.${section}.update`, summary: (p) => `${planCode(p)}: ${v.text}` }, (trx) =>
        itemId === null ? repo.insertItem(trx, where, planId, item) : repo.updateItem(trx, where, itemId, item),
      );
    },

    /**
     * Removes an item; the ones after it move up a number. Topics and channels of a sent plan stay:
     * tasks, evidence and reports count by their codes, which removing one would shift.
     */
    async removeItem(ctx: RequestContext, planId: number, section: ListSection, itemId: number) {
      const where = repo.ITEM_TABLES[section];
      if ((await repo.findItemPlan(db, where, itemId)) !== planId) throw new NotFoundError('Không tìm thấy mục này của kế hoạch.');
      await withPlan(ctx, planId, { action: `plan.${section}.remove`, summary: planCode }, async (trx, plan) => {
        if (sent(plan.status) && where.table !== 'plan_paragraphs') throw new ConflictError('Kế hoạch đã ban hành: không xóa nội dung, hình thức (nhiệm vụ và báo cáo tính theo mã của chúng); hãy sửa nội dung thay vì xóa.');
        await repo.deleteItem(trx, where, planId, itemId);
      });
    },

    /** Adds (recipientId null) or edits a "Nơi nhận" line; on a sent plan a new electronic, targeted line is sent at once. */
    async saveRecipient(ctx: RequestContext, planId: number, recipientId: number | null, input: unknown) {
      const v = parseCommand(SaveRecipient, input);
      const fields: repo.RecipientFields = { name: v.name, delivery: v.delivery, purpose: v.purpose, target: await targetOf(v.target) };
      if (recipientId !== null && (await repo.findRecipient(db, recipientId))?.planId !== planId) throw new NotFoundError('Không tìm thấy nơi nhận này.');
      const action = recipientId === null ? 'plan.recipient.add' : 'plan.recipient.update';
      await withPlan(ctx, planId, { action, summary: (p) => `${planCode(p)}: ${v.name}`, changes: () => ({ ...fields }) }, async (trx, plan) => {
        if (recipientId === null) await repo.insertRecipient(trx, planId, fields);
        else await repo.updateRecipient(trx, recipientId, fields);
        if (sent(plan.status)) await distribute(trx, plan);
      });
    },

    async removeRecipient(ctx: RequestContext, planId: number, recipientId: number) {
      const recipient = await repo.findRecipient(db, recipientId);
      if (recipient?.planId !== planId) throw new NotFoundError('Không tìm thấy nơi nhận này.');
      await withPlan(ctx, planId, { action: 'plan.recipient.remove', summary: (p) => `${planCode(p)}: ${recipient.name}` }, (trx) => repo.deleteRecipient(trx, planId, recipientId));
    },

    /**
     * One step forward: draft → issued → inProgress → closed. Issuing needs a number (NĐ 30, Điều 15),
     * dates the plan today when it has no date, and sends it to its electronic recipients.
     */
    async advance(ctx: RequestContext, id: number) {
      const plan = await mustFind(id);
      await assert(ctx, 'manage', plan);
      const next = NEXT_STATUS[plan.status];
      if (!next) throw new ConflictError('Kế hoạch đã kết thúc.');
      if (next === 'issued' && !plan.number) throw new ValidationError({ number: 'Nhập số của kế hoạch (ví dụ 45) trước khi ban hành.' });
      const now = isoNow(clock);
      return db.transaction().execute(async (trx) => {
        const issued = { ...plan, status: next, issuedOn: plan.issuedOn ?? vnDateKey(clock.now()) };
        if (!(await repo.setStatus(trx, id, { from: plan.status, to: next, issuedOn: issued.issuedOn }, now))) {
          throw new ConflictError('Kế hoạch vừa được người khác cập nhật; vui lòng tải lại trang.');
        }
        const notified = next === 'issued' ? await distribute(trx, issued) : 0;
        await audit(trx, ctx, {
          action: `plan.${next}`,
          subjectType: 'plan',
          subjectId: id,
          organizationId: plan.organizationId,
          summary: `${planCode(plan)}: ${PLAN_STATUSES[plan.status]} → ${PLAN_STATUSES[next]}${next === 'issued' ? `, gửi ${notified} nơi nhận` : ''}`,
          changes: { status: [plan.status, next] },
        });
        return { status: next, notified };
      });
    },

    /** "Đã nhận": anyone the line addresses (the user, a member of the unit or organization) acknowledges for it, once. */
    async acknowledge(ctx: RequestContext, recipientId: number) {
      const recipient = await repo.findRecipient(db, recipientId);
      if (!recipient?.notifiedAt) throw new NotFoundError('Không tìm thấy kế hoạch được gửi đến bạn.');
      const actor = policy.assert(ctx.actor, 'acknowledge', recipient.target);
      if (recipient.acknowledgedAt) return recipient;
      const plan = await mustFind(recipient.planId);
      await db.transaction().execute(async (trx) => {
        await repo.markRecipient(trx, recipientId, { acknowledged_at: isoNow(clock), acknowledged_by: actor.id });
        await audit(trx, ctx, { action: 'plan.acknowledge', subjectType: 'plan', subjectId: plan.id, organizationId: plan.organizationId, summary: `${planCode(plan)}: ${recipient.name} đã nhận` });
      });
      return recipient;
    },

    /** Mails the members of a sent, unacknowledged line again. */
    async remind(ctx: RequestContext, planId: number, recipientId: number) {
      const recipient = await repo.findRecipient(db, recipientId);
      if (recipient?.planId !== planId) throw new NotFoundError('Không tìm thấy nơi nhận này.');
      if (!recipient.notifiedAt || recipient.acknowledgedAt) throw new ConflictError('Chỉ nhắc được nơi nhận đã được gửi mà chưa xác nhận.');
      return withPlan(ctx, planId, { action: 'plan.remind', summary: (p) => `${planCode(p)}: nhắc ${recipient.name}` }, async (trx, plan) => {
        const mailed = await mailMembers(trx, plan, recipient, true);
        await repo.markRecipient(trx, recipientId, { reminded_at: isoNow(clock) });
        return mailed;
      });
    },

    /** "Kế hoạch gửi đến tôi": lines addressed to the actor, their unit or organization, with whether they were acknowledged. */
    async received(ctx: RequestContext) {
      const actor = ctx.actor;
      if (!actor) return [];
      const rows = await repo.recipientsFor(db, { userId: actor.id, unitId: actor.unitId, organizationId: actor.organizationId });
      return rows.filter((r) => isAddressedTo(actor, r.recipient.target));
    },

    /** Users, units and organizations a "Nơi nhận" line may point at. */
    async targetChoices(ctx: RequestContext, planId: number) {
      await assert(ctx, 'manage', await mustFind(planId));
      return repo.targetChoices(db);
    },

    /** The plan as a .docx laid out per NĐ 30/2020, with a file name from its code and title. */
    async docx(ctx: RequestContext, id: number) {
      const plan = await mustFind(id);
      await assertReader(ctx, plan);
      const buffer = await renderOfficialDocument(planDocument(await contentOf(db, plan)));
      return { buffer, fileName: `${slugify(`ke hoach ${planCode(plan)} ${plan.title}`, 80) || 'ke-hoach'}.docx` };
    },

    /** Every plan in the installation, for `cchc plan list`. */
    async listAll() {
      return repo.listPlans(db, (await organizations.options()).map((o) => o.id));
    },
  };
}
