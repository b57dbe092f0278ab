import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import { renderOfficialDocument } from '../../platform/docx/official-document.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { parseVnDate } from '../../shared/dates.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { collectFigures, type ReportFigures } from './reports.figures.js';
import { reportDocument } from './reports.document.js';
import { parsePeriod, periodsOf, type Period } from './reports.period.js';
import { reportsPolicy as policy } from './reports.policy.js';
import * as repo from './reports.repo.js';
import { CreateReport, NARRATIVE_KEYS, SaveReport } from './reports.schema.js';

export type { PlanHeader, Report, ReportFields, ReportListItem } from './reports.repo.js';

/** A report as its page shows it: its plan, period, figures (live for a draft, as sent otherwise) and the organizations involved. */
export type ReportView = {
  report: repo.Report;
  plan: repo.PlanHeader;
  period: Period;
  figures: ReportFigures;
  organizationName: string;
  supervisorName: string | null;
};

const EMPTY_FIELDS: repo.ReportFields = { number: '', issuedOn: null, results: '', shortcomings: '', causes: '', directions: '', proposals: '' };

/** A period key read back from the database, always valid since it was parsed on the way in. */
function periodOfKey(key: string): Period {
  const parsed = parsePeriod(key);
  if (!parsed.ok) throw new Error(`Stored report period is invalid: ${key}`);
  return parsed.period;
}

/** ND 30: a document number below 10 is written with a leading zero ("05"), others without. */
const documentNumber = (digits: string) => (digits === '' ? '' : String(Number(digits)).padStart(2, '0'));

export type ReportsService = ReturnType<typeof createReportsService>;

export function createReportsService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; jobs: JobQueue; organizations: OrganizationsService; baseUrl: string }) {
  const { db, clock, audit, jobs, organizations, baseUrl } = deps;

  /** The installation (the CLI) belongs to no organization: it acts for the plan's own. */
  function acting(ctx: RequestContext, organizationId: number): RequestContext {
    const actor = ctx.actor;
    if (!actor || actor.id !== 0 || actor.organizationId !== 0) return ctx;
    return { ...ctx, actor: { ...actor, organizationId } };
  }

  async function mustFindPlan(id: number) {
    const plan = await repo.findPlan(db, id);
    if (!plan) throw new NotFoundError('Không tìm thấy kế hoạch.');
    return plan;
  }

  async function mustFindReport(id: number) {
    const report = await repo.findReport(db, id);
    if (!report) throw new NotFoundError('Không tìm thấy báo cáo.');
    return report;
  }

  async function organizationOf(id: number) {
    const all = await organizations.options();
    const organization = all.find((o) => o.id === id);
    const supervisor = organization?.supervisorId ? all.find((o) => o.id === organization.supervisorId) : undefined;
    return { name: organization?.name ?? '', code: organization?.code ?? '', supervisor: supervisor ? { id: supervisor.id, name: supervisor.name } : null };
  }

  const liveFigures = (plan: repo.PlanHeader, period: Period) => collectFigures(db, { organizationId: plan.organizationId, planId: plan.id, from: period.from, to: period.to });

  async function viewOf(report: repo.Report, plan: repo.PlanHeader): Promise<ReportView> {
    const period = periodOfKey(report.period);
    const organization = await organizationOf(report.organizationId);
    const sentTo = report.sentToOrganizationId === null ? null : await organizationOf(report.sentToOrganizationId);
    return {
      report,
      plan,
      period,
      figures: report.sentFigures ?? (await liveFigures(plan, period)),
      organizationName: organization.name,
      supervisorName: sentTo?.name ?? organization.supervisor?.name ?? null,
    };
  }

  async function render(view: Pick<ReportView, 'plan' | 'period' | 'figures' | 'supervisorName'>, fields: repo.ReportFields) {
    const { code } = await organizationOf(view.plan.organizationId);
    const data = await renderOfficialDocument(reportDocument({ ...view, fields, organizationCode: code }));
    return { data, fileName: `bao-cao-${view.period.key.toLowerCase()}-ke-hoach-${view.plan.id}.docx` };
  }

  /** Checks the narrative form: the schema (the number is digits, lengths), then the date (dd/mm/yyyy). */
  function fieldsOf(input: unknown): repo.ReportFields {
    const v = parseCommand(SaveReport, input);
    const issuedOn = v.issuedOn ? parseVnDate(v.issuedOn) : null;
    if (v.issuedOn && !issuedOn) throw new ValidationError({ issuedOn: 'Ngày ban hành không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 05/04/2023.' });
    const narrative = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, v[k] ?? ''])) as Record<(typeof NARRATIVE_KEYS)[number], string>;
    return { number: documentNumber(v.number ?? ''), issuedOn, ...narrative };
  }

  async function get(ctx: RequestContext, id: number): Promise<ReportView> {
    const report = await mustFindReport(id);
    policy.assert(ctx.actor, 'read', report);
    return viewOf(report, await mustFindPlan(report.planId));
  }

  /** The report as a .docx in the Nghị định 30 layout. */
  async function exportDocx(ctx: RequestContext, id: number) {
    const view = await get(ctx, id);
    return render(view, view.report);
  }

  return {
    get,
    exportDocx,

    /** A plan's reports and the periods of its year that have none yet. */
    async forPlan(ctx: RequestContext, planId: number) {
      const plan = await mustFindPlan(planId);
      policy.assert(ctx.actor, 'read', { organizationId: plan.organizationId, status: 'draft' });
      const reports = await repo.listReports(db, { planId });
      const taken = new Set(reports.map((r) => r.period));
      return { plan, reports, openPeriods: periodsOf(plan.year).filter((p) => !taken.has(p.key)), canWrite: policy.can(ctx.actor, 'write', plan.organizationId) };
    },

    /** The reports of the actor's own organization, every plan. */
    async list(ctx: RequestContext) {
      const organizationId = ctx.actor?.organizationId ?? 0;
      policy.assert(ctx.actor, 'read', { organizationId, status: 'draft' });
      return repo.listReports(db, { organizationId });
    },

    /** Reports sent by the organizations the actor's agency supervises, with the sender's name. */
    async received(ctx: RequestContext) {
      const actor = policy.assert(ctx.actor, 'receive', null);
      const reports = await repo.listReports(db, { sentFrom: actor.supervisedOrganizationIds });
      const names = new Map((await organizations.options()).map((o) => [o.id, o.name]));
      return reports.map((r) => ({ ...r, organizationName: names.get(r.organizationId) ?? '' }));
    },

    async create(ctx: RequestContext, planId: number, input: unknown): Promise<number> {
      const plan = await mustFindPlan(planId);
      const actor = policy.assert(ctx.actor, 'write', plan.organizationId);
      const v = parseCommand(CreateReport, input);
      const parsed = parsePeriod(v.period);
      if (!parsed.ok) throw new ValidationError({ period: parsed.message });
      const { period } = parsed;
      if (period.year !== plan.year) throw new ValidationError({ period: `Kế hoạch năm ${plan.year} chỉ báo cáo các kỳ của năm ${plan.year}.` });
      if (await repo.findByPlanPeriod(db, planId, period.key)) throw new ValidationError({ period: `Kế hoạch đã có báo cáo ${period.label}.` });
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertReport(trx, { organizationId: plan.organizationId, planId, period: period.key, createdBy: actor.id || null, at: isoNow(clock) });
        await audit(trx, ctx, { action: 'create', subjectType: 'report', subjectId: id, organizationId: plan.organizationId, summary: `Báo cáo ${period.label}: ${plan.title}` });
        return id;
      });
    },

    /** Saves the number, date and narrative of a draft; a sent report is frozen. */
    async save(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFindReport(id);
      policy.assert(ctx.actor, 'write', before.organizationId);
      if (before.status !== 'draft') throw new ConflictError('Báo cáo đã gửi cơ quan cấp trên, không sửa được nữa.');
      const fields = fieldsOf(input);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.updateDraft(trx, id, fields, isoNow(clock)))) throw new ConflictError('Báo cáo vừa được gửi cơ quan cấp trên, không sửa được nữa.');
        const summary = `Báo cáo ${periodOfKey(before.period).label}`;
        await audit(trx, ctx, { action: 'update', subjectType: 'report', subjectId: id, organizationId: before.organizationId, summary, changes: diff(before, fields) });
      });
    },

    /**
     * Sends a draft to the organization that supervises the sender (Sở Nội vụ): the figures are
     * frozen as they stand, and the report becomes read-only and visible to the supervisor.
     */
    async send(ctx: RequestContext, id: number) {
      const report = await mustFindReport(id);
      const actor = policy.assert(ctx.actor, 'read', report);
      if (report.status !== 'draft') throw new ConflictError('Báo cáo đã được gửi trước đó.');
      policy.assert(actor, 'send', report);
      const { supervisor } = await organizationOf(report.organizationId);
      if (!supervisor) throw new ConflictError('Cơ quan chưa có cơ quan giám sát nhận báo cáo. Hãy khai báo cơ quan giám sát trong mục Cơ quan, đơn vị trước khi gửi.');
      const plan = await mustFindPlan(report.planId);
      const period = periodOfKey(report.period);
      const figures = await liveFigures(plan, period);
      const { name: sender } = await organizationOf(report.organizationId);
      const readers = await repo.supervisorsOf(db, supervisor.id);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.markSent(trx, id, { figures, to: supervisor.id, by: actor.id || null, at: isoNow(clock) }))) throw new ConflictError('Báo cáo đã được gửi trước đó.');
        await audit(trx, ctx, { action: 'send', subjectType: 'report', subjectId: id, organizationId: report.organizationId, summary: `Báo cáo ${period.label} gửi ${supervisor.name}`, changes: { to: supervisor.name, figures } });
        for (const reader of readers) {
          await jobs.enqueue(trx, 'mail.send', {
            to: reader.email,
            subject: `Báo cáo ${period.label} của ${sender}`,
            text: `Kính gửi ${reader.fullName},\n\n${sender} đã gửi ${supervisor.name} báo cáo ${period.label} về việc thực hiện kế hoạch “${plan.title}”.\n\nXem báo cáo: ${baseUrl}/admin/bao-cao/${id}\n`,
          });
        }
      });
      return { supervisorName: supervisor.name };
    },

    /**
     * `cchc report export`: the plan's report for the period, or, when none was written yet, the
     * figures with empty narrative parts (a first draft to complete by hand).
     */
    async exportFor(ctx: RequestContext, planId: number, periodText: string) {
      const plan = await mustFindPlan(planId);
      const parsed = parsePeriod(periodText);
      if (!parsed.ok) throw new ValidationError({ period: parsed.message });
      const saved = await repo.findByPlanPeriod(db, planId, parsed.period.key);
      const acted = acting(ctx, plan.organizationId);
      if (saved) return exportDocx(acted, saved.id);
      policy.assert(acted.actor, 'read', { organizationId: plan.organizationId, status: 'draft' });
      const { supervisor } = await organizationOf(plan.organizationId);
      return render({ plan, period: parsed.period, figures: await liveFigures(plan, parsed.period), supervisorName: supervisor?.name ?? null }, EMPTY_FIELDS);
    },
  };
}
