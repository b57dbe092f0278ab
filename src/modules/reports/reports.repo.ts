import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { ReportsTable } from '../../platform/db/schema.reports.js';
import { ROLES } from '../../platform/auth/roles.js';
import type { DateKey } from '../../shared/dates.js';
import type { ReportFigures } from './reports.figures.js';
import type { NarrativePart, ReportStatus } from './reports.schema.js';

/** What the agency writes in a report. */
export type ReportFields = Record<NarrativePart, string> & { number: string; issuedOn: DateKey | null };

export type Report = ReportFields & {
  id: number;
  organizationId: number;
  planId: number;
  period: string;
  status: ReportStatus;
  /** The figures as sent; null for a draft (its figures are read live). */
  sentFigures: ReportFigures | null;
  sentToOrganizationId: number | null;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * What a report takes from its plan: the header, the signing block and the title, as the plan
 * froze them. Read from the plans module's table (read-only) so that a report does not depend on
 * how the plans module shapes its models.
 */
export type PlanHeader = {
  id: number;
  organizationId: number;
  year: number;
  symbol: string;
  parentAgency: string;
  agency: string;
  place: string;
  title: string;
  fundingAmount: number | null;
  signingAuthority: string;
  authorityTitle: string;
  signerTitle: string;
  signerName: string;
};

function toReport(r: Selectable<ReportsTable>): Report {
  return {
    id: r.id,
    organizationId: r.organization_id,
    planId: r.plan_id,
    period: r.period,
    number: r.number,
    issuedOn: r.issued_on,
    results: r.results,
    shortcomings: r.shortcomings,
    causes: r.causes,
    directions: r.directions,
    proposals: r.proposals,
    status: r.status as ReportStatus,
    sentFigures: r.figures === null ? null : (JSON.parse(r.figures) as ReportFigures),
    sentToOrganizationId: r.sent_to_organization_id,
    sentAt: r.sent_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function findPlan(db: Kysely<DB>, id: number): Promise<PlanHeader | undefined> {
  const p = await db
    .selectFrom('plans')
    .select([
      'id',
      'organization_id',
      'year',
      'symbol',
      'parent_agency',
      'agency',
      'place',
      'title',
      'funding_amount',
      'signing_authority',
      'authority_title',
      'signer_title',
      'signer_name',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!p) return undefined;
  return {
    id: p.id,
    organizationId: p.organization_id,
    year: Number(p.year),
    symbol: p.symbol,
    parentAgency: p.parent_agency,
    agency: p.agency,
    place: p.place,
    title: p.title,
    fundingAmount: p.funding_amount === null ? null : Number(p.funding_amount),
    signingAuthority: p.signing_authority,
    authorityTitle: p.authority_title,
    signerTitle: p.signer_title,
    signerName: p.signer_name,
  };
}

export async function findReport(db: Kysely<DB>, id: number): Promise<Report | undefined> {
  const r = await db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toReport(r);
}

export async function findByPlanPeriod(db: Kysely<DB>, planId: number, period: string): Promise<Report | undefined> {
  const r = await db.selectFrom('reports').selectAll().where('plan_id', '=', planId).where('period', '=', period).executeTakeFirst();
  return r && toReport(r);
}

/** A report in a list, with the title of its plan. */
export type ReportListItem = Report & { planTitle: string; planYear: number };

function listQuery(db: Kysely<DB>) {
  return db
    .selectFrom('reports')
    .innerJoin('plans', 'plans.id', 'reports.plan_id')
    .selectAll('reports')
    .select(['plans.title as plan_title', 'plans.year as plan_year'])
    .orderBy('plans.year', 'desc')
    .orderBy('reports.period', 'desc')
    .orderBy('reports.id', 'desc');
}

const toListItem = (r: Selectable<ReportsTable> & { plan_title: string; plan_year: number }): ReportListItem => ({
  ...toReport(r),
  planTitle: r.plan_title,
  planYear: Number(r.plan_year),
});

export async function listReports(db: Kysely<DB>, filter: { planId?: number; organizationId?: number; sentFrom?: readonly number[] }): Promise<ReportListItem[]> {
  if (filter.sentFrom?.length === 0) return [];
  const rows = await listQuery(db)
    .$if(filter.planId !== undefined, (q) => q.where('reports.plan_id', '=', filter.planId!))
    .$if(filter.organizationId !== undefined, (q) => q.where('reports.organization_id', '=', filter.organizationId!))
    .$if(filter.sentFrom !== undefined, (q) => q.where('reports.organization_id', 'in', filter.sentFrom!).where('reports.status', '=', 'sent'))
    .execute();
  return rows.map(toListItem);
}

export async function insertReport(db: Kysely<DB>, values: { organizationId: number; planId: number; period: string; createdBy: number | null; at: string }): Promise<number> {
  const row = await db
    .insertInto('reports')
    .values({
      organization_id: values.organizationId,
      plan_id: values.planId,
      period: values.period,
      number: '',
      issued_on: null,
      results: '',
      shortcomings: '',
      causes: '',
      directions: '',
      proposals: '',
      status: 'draft',
      figures: null,
      sent_to_organization_id: null,
      sent_by: null,
      sent_at: null,
      created_by: values.createdBy,
      created_at: values.at,
      updated_at: values.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Saves a draft's fields; false when the report is no longer a draft (sent meanwhile). */
export async function updateDraft(db: Kysely<DB>, id: number, f: ReportFields, at: string): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({
      number: f.number,
      issued_on: f.issuedOn,
      results: f.results,
      shortcomings: f.shortcomings,
      causes: f.causes,
      directions: f.directions,
      proposals: f.proposals,
      updated_at: at,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a draft sent with its figures frozen; false when it was already sent. */
export async function markSent(db: Kysely<DB>, id: number, sent: { figures: ReportFigures; to: number; by: number | null; at: string }): Promise<boolean> {
  const result = await db
    .updateTable('reports')
    .set({ status: 'sent', figures: JSON.stringify(sent.figures), sent_to_organization_id: sent.to, sent_by: sent.by, sent_at: sent.at, updated_at: sent.at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Roles whose holders read what the organizations they supervise send. */
const SUPERVISING_ROLES = Object.entries(ROLES)
  .filter(([, role]) => (role.permissions as readonly string[]).includes('supervision.read'))
  .map(([name]) => name);

/** Active users of the supervising organization who read the reports it receives (users and user_roles, read-only). */
export async function supervisorsOf(db: Kysely<DB>, organizationId: number): Promise<{ email: string; fullName: string }[]> {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.email', 'u.full_name as fullName'])
    .where('u.organization_id', '=', organizationId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', SUPERVISING_ROLES)
    .distinct()
    .orderBy('u.email')
    .execute();
}
