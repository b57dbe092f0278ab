import type { Kysely, Selectable } from 'kysely';
import type { PlanRecipientsTable, PlansTable } from '../../platform/db/schema.plans.js';
import type { DB } from '../../platform/db/schema.js';
import type { ChannelKind, Delivery, ParagraphSection, PlanHeadings, PlanStatus, Purpose, SigningAuthority, TargetKind } from './plans.schema.js';

/** What an editor sets on a plan's header, headings, funding and signing block. */
export type PlanFields = {
  year: number;
  number: string;
  symbol: string;
  parentAgency: string;
  agency: string;
  place: string;
  /** 'YYYY-MM-DD', or null to fill by hand on paper. */
  issuedOn: string | null;
  typeName: string;
  title: string;
  headings: PlanHeadings;
  fundingText: string;
  /** Đồng. */
  fundingAmount: number | null;
  signingAuthority: SigningAuthority;
  authorityTitle: string;
  signerTitle: string;
  signerName: string;
};

export type Plan = PlanFields & {
  id: number;
  organizationId: number;
  status: PlanStatus;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
  issuedAt: string | null;
};

/** One item of a list section: a paragraph of I or V, a topic (II) or a channel (III). */
export type PlanItem = { id: number; position: number; text: string; code: string; kind: ChannelKind | null };

export type Target = { kind: TargetKind; id: number };

export type PlanRecipient = {
  id: number;
  planId: number;
  position: number;
  delivery: Delivery;
  name: string;
  purpose: Purpose;
  target: Target | null;
  notifiedAt: string | null;
  remindedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: number | null;
};

export type RecipientFields = { delivery: Delivery; name: string; purpose: Purpose; target: Target | null };

/** The whole text of a plan, in print order. */
export type PlanContent = {
  plan: Plan;
  purposes: PlanItem[];
  requirements: PlanItem[];
  topics: PlanItem[];
  channels: PlanItem[];
  responsibilities: PlanItem[];
  recipients: PlanRecipient[];
};

function toPlan(r: Selectable<PlansTable>): Plan {
  return {
    id: r.id,
    organizationId: r.organization_id,
    year: Number(r.year),
    number: r.number,
    symbol: r.symbol,
    parentAgency: r.parent_agency,
    agency: r.agency,
    place: r.place,
    issuedOn: r.issued_on,
    typeName: r.type_name,
    title: r.title,
    status: r.status as PlanStatus,
    headings: {
      headingAims: r.heading_aims,
      headingPurposes: r.heading_purposes,
      headingRequirements: r.heading_requirements,
      headingTopics: r.heading_topics,
      headingChannels: r.heading_channels,
      headingFunding: r.heading_funding,
      headingResponsibilities: r.heading_responsibilities,
    },
    fundingText: r.funding_text,
    fundingAmount: r.funding_amount === null ? null : Number(r.funding_amount),
    signingAuthority: r.signing_authority as SigningAuthority,
    authorityTitle: r.authority_title,
    signerTitle: r.signer_title,
    signerName: r.signer_name,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    issuedAt: r.issued_at,
  };
}

function rowOf(f: PlanFields) {
  return {
    year: f.year,
    number: f.number,
    symbol: f.symbol,
    parent_agency: f.parentAgency,
    agency: f.agency,
    place: f.place,
    issued_on: f.issuedOn,
    type_name: f.typeName,
    title: f.title,
    heading_aims: f.headings.headingAims,
    heading_purposes: f.headings.headingPurposes,
    heading_requirements: f.headings.headingRequirements,
    heading_topics: f.headings.headingTopics,
    heading_channels: f.headings.headingChannels,
    heading_funding: f.headings.headingFunding,
    heading_responsibilities: f.headings.headingResponsibilities,
    funding_text: f.fundingText,
    funding_amount: f.fundingAmount,
    signing_authority: f.signingAuthority,
    authority_title: f.authorityTitle,
    signer_title: f.signerTitle,
    signer_name: f.signerName,
  };
}

function toRecipient(r: Selectable<PlanRecipientsTable>): PlanRecipient {
  return {
    id: r.id,
    planId: r.plan_id,
    position: r.position,
    delivery: r.delivery as Delivery,
    name: r.name,
    purpose: r.purpose as Purpose,
    target: r.target_kind && r.target_id !== null ? { kind: r.target_kind as TargetKind, id: r.target_id } : null,
    notifiedAt: r.notified_at,
    remindedAt: r.reminded_at,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
  };
}

export async function insertPlan(db: Kysely<DB>, values: { organizationId: number; fields: PlanFields; status: PlanStatus; createdBy: number | null }, now: string) {
  const r = await db
    .insertInto('plans')
    .values({ ...rowOf(values.fields), organization_id: values.organizationId, status: values.status, created_by: values.createdBy, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePlan(db: Kysely<DB>, id: number, fields: PlanFields, now: string) {
  await db.updateTable('plans').set({ ...rowOf(fields), updated_at: now }).where('id', '=', id).execute();
}

/** Moves a plan on from the status it was read in; false when someone else moved it first. Issuing stamps the day of issue. */
export async function setStatus(db: Kysely<DB>, id: number, change: { from: PlanStatus; to: PlanStatus; issuedOn: string | null }, now: string) {
  const r = await db
    .updateTable('plans')
    .set({ status: change.to, updated_at: now, ...(change.to === 'issued' ? { issued_at: now, issued_on: change.issuedOn } : {}) })
    .where('id', '=', id)
    .where('status', '=', change.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findPlan(db: Kysely<DB>, id: number): Promise<Plan | null> {
  const r = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toPlan(r) : null;
}

export async function listPlans(db: Kysely<DB>, organizationIds: readonly number[]): Promise<Plan[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('plans').selectAll().where('organization_id', 'in', organizationIds).orderBy('year', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toPlan);
}

/** Where a list section lives: paragraphs share one table by `section`; topics and channels carry a code "II.3". */
type ItemTable = { table: 'plan_paragraphs'; section: ParagraphSection } | { table: 'plan_topics'; roman: 'II' } | { table: 'plan_channels'; roman: 'III' };

export const ITEM_TABLES = {
  purpose: { table: 'plan_paragraphs', section: 'purpose' },
  requirement: { table: 'plan_paragraphs', section: 'requirement' },
  responsibility: { table: 'plan_paragraphs', section: 'responsibility' },
  topic: { table: 'plan_topics', roman: 'II' },
  channel: { table: 'plan_channels', roman: 'III' },
} as const satisfies Record<string, ItemTable>;

export async function listItems(db: Kysely<DB>, where: ItemTable, planId: number): Promise<PlanItem[]> {
  if (where.table === 'plan_paragraphs') {
    const rows = await db.selectFrom('plan_paragraphs').select(['id', 'position', 'text']).where('plan_id', '=', planId).where('section', '=', where.section).orderBy('position').execute();
    return rows.map((r) => ({ ...r, code: '', kind: null }));
  }
  if (where.table === 'plan_topics') {
    const rows = await db.selectFrom('plan_topics').select(['id', 'position', 'code', 'text']).where('plan_id', '=', planId).orderBy('position').execute();
    return rows.map((r) => ({ ...r, kind: null }));
  }
  const rows = await db.selectFrom('plan_channels').select(['id', 'position', 'code', 'text', 'kind']).where('plan_id', '=', planId).orderBy('position').execute();
  return rows.map((r) => ({ ...r, kind: r.kind as ChannelKind }));
}

/** Appends an item at the end of its section; topics and channels are coded by their number ("II.4"). */
export async function insertItem(db: Kysely<DB>, where: ItemTable, planId: number, item: { text: string; kind?: ChannelKind }) {
  const position = (await listItems(db, where, planId)).length + 1;
  if (where.table === 'plan_paragraphs') {
    await db.insertInto('plan_paragraphs').values({ plan_id: planId, section: where.section, position, text: item.text }).execute();
  } else if (where.table === 'plan_topics') {
    await db.insertInto('plan_topics').values({ plan_id: planId, position, code: `${where.roman}.${position}`, text: item.text }).execute();
  } else {
    await db.insertInto('plan_channels').values({ plan_id: planId, position, code: `${where.roman}.${position}`, kind: item.kind ?? 'other', text: item.text }).execute();
  }
}

export async function updateItem(db: Kysely<DB>, where: ItemTable, itemId: number, item: { text: string; kind?: ChannelKind }) {
  if (where.table === 'plan_channels') {
    await db.updateTable('plan_channels').set({ text: item.text, kind: item.kind ?? 'other' }).where('id', '=', itemId).execute();
  } else {
    await db.updateTable(where.table).set({ text: item.text }).where('id', '=', itemId).execute();
  }
}

/**
 * Removes an item and numbers the ones after it down by one, codes with them: the printed "3."
 * and the code "II.3" stay the same thing. Rows move one by one in ascending order, so the unique
 * (plan, code) index never sees two rows with one code.
 */
export async function deleteItem(db: Kysely<DB>, where: ItemTable, planId: number, itemId: number) {
  const items = await listItems(db, where, planId);
  const at = items.findIndex((i) => i.id === itemId);
  if (at < 0) return;
  await db.deleteFrom(where.table).where('id', '=', itemId).execute();
  for (const item of items.slice(at + 1)) {
    const position = item.position - 1;
    if (where.table === 'plan_paragraphs') await db.updateTable('plan_paragraphs').set({ position }).where('id', '=', item.id).execute();
    else await db.updateTable(where.table).set({ position, code: `${where.roman}.${position}` }).where('id', '=', item.id).execute();
  }
}

export async function findItemPlan(db: Kysely<DB>, where: ItemTable, itemId: number): Promise<number | null> {
  const base = db.selectFrom(where.table).select('plan_id').where('id', '=', itemId);
  const r = await (where.table === 'plan_paragraphs' ? base.where('section', '=', where.section) : base).executeTakeFirst();
  return r?.plan_id ?? null;
}

export async function listRecipients(db: Kysely<DB>, planId: number): Promise<PlanRecipient[]> {
  const rows = await db.selectFrom('plan_recipients').selectAll().where('plan_id', '=', planId).orderBy('position').execute();
  return rows.map(toRecipient);
}

export async function findRecipient(db: Kysely<DB>, id: number): Promise<PlanRecipient | null> {
  const r = await db.selectFrom('plan_recipients').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toRecipient(r) : null;
}

const recipientRow = (f: RecipientFields) => ({ delivery: f.delivery, name: f.name, purpose: f.purpose, target_kind: f.target?.kind ?? null, target_id: f.target?.id ?? null });

export async function insertRecipient(db: Kysely<DB>, planId: number, fields: RecipientFields) {
  const position = (await listRecipients(db, planId)).length + 1;
  await db.insertInto('plan_recipients').values({ plan_id: planId, position, ...recipientRow(fields) }).execute();
}

export async function updateRecipient(db: Kysely<DB>, id: number, fields: RecipientFields) {
  await db.updateTable('plan_recipients').set(recipientRow(fields)).where('id', '=', id).execute();
}

export async function deleteRecipient(db: Kysely<DB>, planId: number, id: number) {
  const all = await listRecipients(db, planId);
  await db.deleteFrom('plan_recipients').where('id', '=', id).execute();
  for (const r of all.filter((x) => x.position > (all.find((y) => y.id === id)?.position ?? Infinity))) {
    await db.updateTable('plan_recipients').set({ position: r.position - 1 }).where('id', '=', r.id).execute();
  }
}

export async function markRecipient(db: Kysely<DB>, id: number, values: { notified_at?: string; reminded_at?: string; acknowledged_at?: string; acknowledged_by?: number }) {
  await db.updateTable('plan_recipients').set(values).where('id', '=', id).execute();
}

/** Recipients addressed to this user, their unit or their organization, on plans already sent. */
export async function recipientsFor(db: Kysely<DB>, who: { userId: number; unitId: number | null; organizationId: number }) {
  const rows = await db
    .selectFrom('plan_recipients as r')
    .innerJoin('plans as p', 'p.id', 'r.plan_id')
    .selectAll('r')
    .select(['p.title', 'p.number', 'p.symbol', 'p.agency', 'p.year', 'p.issued_on'])
    .where('r.notified_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.target_kind', '=', 'user'), eb('r.target_id', '=', who.userId)]),
        eb.and([eb('r.target_kind', '=', 'unit'), eb('r.target_id', '=', who.unitId ?? -1)]),
        eb.and([eb('r.target_kind', '=', 'organization'), eb('r.target_id', '=', who.organizationId)]),
      ]),
    )
    .orderBy('r.notified_at', 'desc')
    .execute();
  return rows.map((r) => ({
    recipient: toRecipient(r),
    plan: { id: r.plan_id, title: r.title, number: r.number, symbol: r.symbol, agency: r.agency, year: Number(r.year), issuedOn: r.issued_on },
  }));
}

/** Active users a target reaches: the user, the unit's staff, or the organization's staff. */
export async function membersOf(db: Kysely<DB>, target: Target) {
  const column = target.kind === 'user' ? 'id' : target.kind === 'unit' ? 'unit_id' : 'organization_id';
  return db.selectFrom('users').select(['id', 'email', 'full_name as fullName']).where(column, '=', target.id).where('status', '=', 'active').orderBy('id').execute();
}

/** What a recipient line may point at: users, units and organizations of the installation. */
export async function targetChoices(db: Kysely<DB>) {
  const [users, units, organizations] = await Promise.all([
    db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organization_id')
      .select(['u.id', 'u.full_name as name', 'u.title', 'o.short_name as organization'])
      .where('u.status', '=', 'active')
      .orderBy('u.full_name')
      .execute(),
    db
      .selectFrom('units as n')
      .innerJoin('organizations as o', 'o.id', 'n.organization_id')
      .select(['n.id', 'n.name', 'o.short_name as organization'])
      .where('n.active', '=', 1)
      .orderBy('n.sort_order')
      .execute(),
    db.selectFrom('organizations').select(['id', 'name']).orderBy('name').execute(),
  ]);
  return { users, units, organizations };
}

export async function userName(db: Kysely<DB>, id: number) {
  const r = await db.selectFrom('users').select('full_name').where('id', '=', id).executeTakeFirst();
  return r?.full_name ?? '';
}
