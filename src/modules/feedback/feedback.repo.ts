import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import type { FeedbackTable } from '../../platform/db/schema.feedback.js';
import { searchKey } from '../../platform/search/search.js';
import { INBOX_TOTAL_CAP, type InboxSearch } from './feedback.inbox-search.js';
import { FEEDBACK_STATE_KEYS, type FeedbackState, type SubmitterKind } from './feedback.schema.js';

/** What the public may see of an item: no personal data at all. */
export type FeedbackCase = {
  id: number;
  organizationId: number;
  code: string;
  channel: string;
  title: string;
  content: string;
  fieldId: number | null;
  fieldName: string;
  publishAllowed: boolean;
  status: FeedbackState;
  receivedAt: string;
  classifyDueOn: string;
  acceptedAt: string | null;
  answerDueOn: string | null;
  dueOn: string | null;
  pausedOn: string | null;
  unitId: number | null;
  unitName: string;
  assigneeId: number | null;
  assigneeName: string;
  reason: string;
  forwardedTo: string;
  answer: string;
  answeredAt: string | null;
  publicTitle: string;
  publicContent: string;
  publicSlug: string | null;
  publishedAt: string | null;
  rating: number | null;
  ratedAt: string | null;
  reopenRequestedAt: string | null;
};

export type PersonalData = { submitterKind: SubmitterKind; name: string; address: string; phone: string; email: string; consentVersion: string; consentAt: string; consentIp: string; erasedAt: string | null };

export type FeedbackEvent = { id: number; at: string; kind: string; public: boolean; text: string; actorName: string };

export type FeedbackField = { id: number; name: string; slug: string; active: boolean };

function caseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('feedback as f')
    .leftJoin('feedback_fields as ff', 'ff.id', 'f.field_id')
    .leftJoin('units as u', 'u.id', 'f.unit_id')
    .leftJoin('users as us', 'us.id', 'f.assignee_id')
    .select([
      'f.id', 'f.organization_id', 'f.code', 'f.channel', 'f.title', 'f.content', 'f.field_id', 'f.publish_allowed', 'f.status', 'f.received_at',
      'f.classify_due_on', 'f.accepted_at', 'f.answer_due_on', 'f.due_on', 'f.paused_on', 'f.unit_id', 'f.assignee_id', 'f.reason', 'f.forwarded_to',
      'f.answer', 'f.answered_at', 'f.public_title', 'f.public_content', 'f.public_slug', 'f.published_at', 'f.rating', 'f.rated_at', 'f.reopen_requested_at',
      'ff.name as field_name', 'u.name as unit_name', 'us.full_name as assignee_name',
    ]);
}

type CaseRow = Pick<Selectable<FeedbackTable>, 'id' | 'organization_id' | 'code' | 'channel' | 'title' | 'content' | 'field_id' | 'publish_allowed' | 'status' | 'received_at' | 'classify_due_on' | 'accepted_at' | 'answer_due_on' | 'due_on' | 'paused_on' | 'unit_id' | 'assignee_id' | 'reason' | 'forwarded_to' | 'answer' | 'answered_at' | 'public_title' | 'public_content' | 'public_slug' | 'published_at' | 'rating' | 'rated_at' | 'reopen_requested_at'> & { field_name: string | null; unit_name: string | null; assignee_name: string | null };

const toCase = (r: CaseRow): FeedbackCase => ({
  id: r.id,
  organizationId: r.organization_id,
  code: r.code,
  channel: r.channel,
  title: r.title,
  content: r.content,
  fieldId: r.field_id,
  fieldName: r.field_name ?? '',
  publishAllowed: r.publish_allowed === 1,
  status: r.status as FeedbackState,
  receivedAt: r.received_at,
  classifyDueOn: r.classify_due_on,
  acceptedAt: r.accepted_at,
  answerDueOn: r.answer_due_on,
  dueOn: r.due_on,
  pausedOn: r.paused_on,
  unitId: r.unit_id,
  unitName: r.unit_name ?? '',
  assigneeId: r.assignee_id,
  assigneeName: r.assignee_name ?? '',
  reason: r.reason,
  forwardedTo: r.forwarded_to,
  answer: r.answer,
  answeredAt: r.answered_at,
  publicTitle: r.public_title,
  publicContent: r.public_content,
  publicSlug: r.public_slug,
  publishedAt: r.published_at,
  rating: r.rating,
  ratedAt: r.rated_at,
  reopenRequestedAt: r.reopen_requested_at,
});

export async function findCase(db: Kysely<DB>, id: number) {
  const row = await caseQuery(db).where('f.id', '=', id).executeTakeFirst();
  return row ? toCase(row) : null;
}

export async function findByCode(db: Kysely<DB>, code: string) {
  const row = await db.selectFrom('feedback').select(['id', 'secret_hash']).where('code', '=', code).executeTakeFirst();
  return row ? { id: row.id, secretHash: row.secret_hash } : null;
}

export async function personalData(db: Kysely<DB>, id: number): Promise<PersonalData | null> {
  const r = await db
    .selectFrom('feedback')
    .select(['submitter_kind', 'name', 'address', 'phone', 'email', 'consent_version', 'consent_at', 'consent_ip', 'personal_erased_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? { submitterKind: r.submitter_kind as SubmitterKind, name: r.name, address: r.address, phone: r.phone, email: r.email, consentVersion: r.consent_version, consentAt: r.consent_at, consentIp: r.consent_ip, erasedAt: r.personal_erased_at }
    : null;
}

/** The next number of the year, atomically: an upsert that increments, locked by the row on PostgreSQL. */
export async function nextSeq(trx: Kysely<DB>, organizationId: number, year: number) {
  const row = await trx
    .insertInto('feedback_counters')
    .values({ organization_id: organizationId, year, last: 1 })
    .onConflict((oc) => oc.columns(['organization_id', 'year']).doUpdateSet({ last: sql<number>`feedback_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return Number(row.last);
}

export type NewCase = Omit<FeedbackTable, 'id' | 'title_key'>;

/** The title's folded words go with it: the inbox's search index (migration 0017) reads them. */
const withTitleKey = <T extends { title?: string }>(values: T) => (values.title === undefined ? values : { ...values, title_key: searchKey(values.title) });

export async function insertCase(trx: Kysely<DB>, values: NewCase) {
  const row = await trx.insertInto('feedback').values(withTitleKey(values)).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCase(trx: Kysely<DB>, id: number, values: Partial<NewCase>) {
  await trx.updateTable('feedback').set(withTitleKey(values)).where('id', '=', id).execute();
}

export async function addEvent(trx: Kysely<DB>, e: { feedbackId: number; at: string; kind: string; public: boolean; text: string; actorId: number | null; actorName: string }) {
  await trx
    .insertInto('feedback_events')
    .values({ feedback_id: e.feedbackId, at: e.at, kind: e.kind, public: e.public ? 1 : 0, text: e.text, actor_id: e.actorId, actor_name: e.actorName })
    .execute();
}

export async function events(db: Kysely<DB>, feedbackId: number, onlyPublic: boolean): Promise<FeedbackEvent[]> {
  const rows = await db
    .selectFrom('feedback_events')
    .select(['id', 'at', 'kind', 'public', 'text', 'actor_name'])
    .where('feedback_id', '=', feedbackId)
    .$if(onlyPublic, (q) => q.where('public', '=', 1))
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, at: r.at, kind: r.kind, public: r.public === 1, text: r.text, actorName: r.actor_name }));
}

export type InboxQuery = {
  organizationId: number;
  status?: FeedbackState;
  fieldId?: number;
  unitId?: number;
  assigneeId?: number;
  /** Open items whose deadline is before this day. */
  dueBefore?: string;
  /** Open items due between these days, inclusive. */
  dueBetween?: [string, string];
  search?: InboxSearch;
  limit: number;
  offset: number;
};

export type StateCounts = Partial<Record<FeedbackState, number>>;

/** One page of the inbox and the number of cases matching; a word search counts up to a cap (INBOX_TOTAL_CAP). */
export type InboxPage = { total: number; totalIsCapped: boolean; items: FeedbackCase[] };

/** The cases of a page whose ids a cheaper query found, in that query's order. */
async function casesInOrder(db: Kysely<DB>, ids: { id: number }[]): Promise<FeedbackCase[]> {
  if (ids.length === 0) return [];
  const rows = await caseQuery(db).where('f.id', 'in', ids.map((r) => r.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, toCase(r)]));
  return ids.map(({ id }) => byId.get(id)!);
}

const dueConditions = (q: InboxQuery) => [
  ...(q.dueBefore !== undefined ? [sql<boolean>`f.due_on < ${q.dueBefore}`] : []),
  ...(q.dueBetween !== undefined ? [sql<boolean>`f.due_on >= ${q.dueBetween[0]} and f.due_on <= ${q.dueBetween[1]}`] : []),
];

/**
 * Every word a whole word of the title's key, the last one its beginning: the FTS5 match (SQLite),
 * the tsquery (PostgreSQL), and, on SQLite, the same test on each case's key where a deadline filter
 * has already narrowed the cases to a few thousand open ones (`feedback_due_title_idx`).
 */
const ftsWords = (words: string[]) => words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`));
const tsquery = (words: string[]) => words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
const keyHolds = (words: string[]) =>
  words.map((w, i) => (i === words.length - 1 ? sql<boolean>`(' ' || f.title_key) like ${`% ${w}%`}` : sql<boolean>`(' ' || f.title_key || ' ') like ${`% ${w} %`}`));

/** Bits of the FTS5 rowid that hold the case's id (migration 0017: the time of receipt is above them). */
const ID_MASK = sql.raw(String(2 ** 31 - 1));

/**
 * SQLite, words without a deadline filter: the title index (migration 0017) walked newest first,
 * the organization, state, field, unit and assignee as facet tokens of the same match. One walk
 * gives the page and the count: the ids of the first `want` matches (the page's end, and at least
 * one past the cap). FTS5 reads the whole list of a prefix before the walk (a few ms for a word
 * that 250,000 titles hold), so walking once matters.
 */
async function titleIndexWalk(db: Kysely<DB>, q: InboxQuery, words: string[], want: number) {
  const facets = [`_o${q.organizationId}`, q.status && `_s${q.status}`, q.fieldId && `_f${q.fieldId}`, q.unitId && `_u${q.unitId}`, q.assigneeId && `_a${q.assigneeId}`];
  const match = [...ftsWords(words), ...facets.filter(Boolean).map((f) => `"${f}"`)].join(' AND ');
  const { rows } = await sql<{ id: number }>`select (rowid & ${ID_MASK}) as id from feedback_title_fts where feedback_title_fts match ${match} order by rowid desc limit ${want}`.execute(db);
  return rows;
}

const upTo = (n: number, cap: number) => ({ total: Math.min(n, cap), totalIsCapped: n > cap });

/** The inbox's filters but the words, on `feedback as f`. */
function filtered(db: Kysely<DB>, q: InboxQuery) {
  const code = q.search && 'code' in q.search ? q.search.code : undefined;
  let base = db
    .selectFrom('feedback as f')
    .where('f.organization_id', '=', q.organizationId)
    .$if(q.status !== undefined, (b) => b.where('f.status', '=', q.status!))
    .$if(q.fieldId !== undefined, (b) => b.where('f.field_id', '=', q.fieldId!))
    .$if(q.unitId !== undefined, (b) => b.where('f.unit_id', '=', q.unitId!))
    .$if(q.assigneeId !== undefined, (b) => b.where('f.assignee_id', '=', q.assigneeId!))
    .$if(code !== undefined, (b) => b.where('f.code', '=', code!));
  for (const condition of dueConditions(q)) base = base.where(condition);
  return base;
}

type Filtered = ReturnType<typeof filtered>;

const pageIds = (base: Filtered, q: InboxQuery) => base.select('f.id').orderBy('f.received_at', 'desc').orderBy('f.id', 'desc').limit(q.limit).offset(q.offset).execute();

async function countUpTo(db: Kysely<DB>, base: Filtered, limit: number) {
  const row = await db.selectFrom(base.select(sql`1`.as('one')).limit(limit).as('m')).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * PostgreSQL, words: the matches are counted first, up to the cap, through the GIN index. Up to the
 * cap they are read through it too and sorted; beyond it the word is common and the newest-first
 * walk finds a page within its first cases. Left to itself the planner guesses how rare a word is
 * (0.5% for a word it has no statistics for) and may walk every case newest first looking for a
 * word no title holds: 190 ms at a million cases, instead of 0.1 ms.
 */
async function titleVectorPage(db: Kysely<DB>, q: InboxQuery, words: string[], totalCap: number): Promise<InboxPage> {
  const matching = filtered(db, q).where(sql<boolean>`f.title_tsv @@ to_tsquery('simple', ${tsquery(words)})`);
  const n = await countUpTo(db, matching, totalCap + 1);
  const ids =
    n > totalCap
      ? await pageIds(matching, q)
      : await db
          .with((cte) => cte('m').materialized(), () => matching.select(['f.id', 'f.received_at']))
          .selectFrom('m')
          .select('m.id')
          .orderBy('m.received_at', 'desc')
          .orderBy('m.id', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute();
  const items = await casesInOrder(db, ids);
  // A short page is the last one: its cases are all the matches from the offset on.
  return ids.length > 0 && ids.length < q.limit ? { total: q.offset + ids.length, totalIsCapped: false, items } : { ...upTo(n, totalCap), items };
}

/**
 * One page of the inbox, newest first, and the number of cases matching. With no filter but the
 * state, that number is read from `counts` (the page's counts per state) rather than counted again.
 * Filters are counted exactly (each has its index); a word search up to `totalCap`.
 */
export async function inbox(db: Kysely<DB>, dialect: Dialect, q: InboxQuery, counts: StateCounts, totalCap = INBOX_TOTAL_CAP): Promise<InboxPage> {
  const words = q.search && 'words' in q.search ? q.search.words : undefined;
  if (words && dialect.engine === 'postgres') return titleVectorPage(db, q, words, totalCap);
  if (words && q.dueBefore === undefined && q.dueBetween === undefined) {
    const want = Math.max(totalCap + 1, q.offset + q.limit);
    const walked = await titleIndexWalk(db, q, words, want);
    const items = await casesInOrder(db, walked.slice(q.offset, q.offset + q.limit));
    // Fewer than asked for: those are all the matches, however many.
    return walked.length < want ? { total: walked.length, totalIsCapped: false, items } : { ...upTo(walked.length, totalCap), items };
  }
  let base = filtered(db, q);
  for (const condition of words ? keyHolds(words) : []) base = base.where(condition);
  const ids = await pageIds(base, q);
  const items = await casesInOrder(db, ids);
  const onlyByState = [q.fieldId, q.unitId, q.assigneeId, q.dueBefore, q.dueBetween, q.search].every((v) => v === undefined);
  if (onlyByState) {
    const total = q.status !== undefined ? (counts[q.status] ?? 0) : Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { total, totalIsCapped: false, items };
  }
  // A short page is the last one: its cases are all the matches from the offset on.
  if (ids.length > 0 && ids.length < q.limit) return { total: q.offset + ids.length, totalIsCapped: false, items };
  if (words) return { ...upTo(await countUpTo(db, base, totalCap + 1), totalCap), items };
  return { total: Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), totalIsCapped: false, items };
}

/**
 * Exact counts per state: one count of an index range per state, in one statement. At a million
 * cases this reads the (organization_id, status, …) index once either way, but a range count does
 * not compare and group each entry as GROUP BY status does: about 2.5× faster (bench/README.md).
 */
export async function countsByStatus(db: Kysely<DB>, organizationId: number): Promise<StateCounts> {
  const row = await db
    .selectNoFrom((eb) =>
      FEEDBACK_STATE_KEYS.map((state) =>
        eb.selectFrom('feedback').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', organizationId).where('status', '=', state).as(state),
      ),
    )
    .executeTakeFirstOrThrow();
  const counts: StateCounts = {};
  for (const state of FEEDBACK_STATE_KEYS) if (Number(row[state]) > 0) counts[state] = Number(row[state]);
  return counts;
}

export async function fields(db: Kysely<DB>, organizationId: number): Promise<FeedbackField[]> {
  const rows = await db.selectFrom('feedback_fields').select(['id', 'name', 'slug', 'active']).where('organization_id', '=', organizationId).orderBy('sort_order').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, active: r.active === 1 }));
}

export async function insertField(trx: Kysely<DB>, v: { organizationId: number; name: string; slug: string; sortOrder: number }) {
  const row = await trx.insertInto('feedback_fields').values({ organization_id: v.organizationId, name: v.name, slug: v.slug, sort_order: v.sortOrder, active: 1 }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Users of the organization holding one of the roles that carry feedback.handle. */
export async function handlers(db: Kysely<DB>, organizationId: number, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.full_name as fullName', 'u.unit_id as unitId'])
    .where('u.organization_id', '=', organizationId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', [...roles])
    .distinct()
    .orderBy('u.full_name')
    .execute();
}

export async function units(db: Kysely<DB>, organizationId: number) {
  return db.selectFrom('units').select(['id', 'name']).where('organization_id', '=', organizationId).where('active', '=', 1).orderBy('sort_order').execute();
}

export type PublicQuery = { organizationId: number; terms?: string[]; fieldId?: number; limit: number; offset: number };

export async function publicList(db: Kysely<DB>, q: PublicQuery) {
  let base = db
    .selectFrom('feedback as f')
    .where('f.organization_id', '=', q.organizationId)
    .where('f.published_at', 'is not', null)
    .$if(q.fieldId !== undefined, (b) => b.where('f.field_id', '=', q.fieldId!));
  for (const term of q.terms ?? []) base = base.where('f.public_key', 'like', `% ${term}%`);
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const ids = await base.select('f.id').orderBy('f.published_at', 'desc').orderBy('f.id', 'desc').limit(q.limit).offset(q.offset).execute();
  return { total, items: await casesInOrder(db, ids) };
}

export async function findPublished(db: Kysely<DB>, organizationId: number, slug: string) {
  const row = await caseQuery(db).where('f.organization_id', '=', organizationId).where('f.public_slug', '=', slug).where('f.published_at', 'is not', null).executeTakeFirst();
  return row ? toCase(row) : null;
}

export async function recentLookupFailures(db: Kysely<DB>, ip: string, since: string) {
  const row = await db.selectFrom('feedback_lookup_failures').select((eb) => eb.fn.countAll<number>().as('n')).where('ip', '=', ip).where('at', '>', since).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function recordLookupFailure(db: Kysely<DB>, ip: string, at: string, pruneBefore: string) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('feedback_lookup_failures').values({ ip, at }).execute();
    await trx.deleteFrom('feedback_lookup_failures').where('at', '<', pruneBefore).execute();
  });
}

export type Open311Query = { organizationId: number; codes?: string[]; fieldIds?: number[]; from?: string; to?: string; states?: readonly string[]; limit: number };

/** Requests for the Open311 GET: newest first, by code, field, time of receipt and state. */
export async function open311Requests(db: Kysely<DB>, q: Open311Query) {
  const ids = await db
    .selectFrom('feedback as f')
    .select('f.id')
    .where('f.organization_id', '=', q.organizationId)
    .$if(q.codes !== undefined, (b) => b.where('f.code', 'in', q.codes!.length > 0 ? q.codes! : ['']))
    .$if(q.fieldIds !== undefined, (b) => b.where('f.field_id', 'in', q.fieldIds!.length > 0 ? q.fieldIds! : [-1]))
    .$if(q.from !== undefined, (b) => b.where('f.received_at', '>=', q.from!))
    .$if(q.to !== undefined, (b) => b.where('f.received_at', '<=', q.to!))
    .$if(q.states !== undefined, (b) => b.where('f.status', 'in', [...q.states!]))
    .orderBy('f.received_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(q.limit)
    .execute();
  if (ids.length === 0) return [];
  const rows = await caseQuery(db).select(['f.updated_at', 'ff.slug as field_slug']).where('f.id', 'in', ids.map((r) => r.id)).execute();
  const byId = new Map(rows.map((r) => [r.id, { ...toCase(r), updatedAt: r.updated_at, fieldSlug: r.field_slug ?? '' }]));
  return ids.map(({ id }) => byId.get(id)!);
}

/** The first time each step happened, per case: the register's step columns. */
export async function stepTimes(db: Kysely<DB>, organizationId: number) {
  const rows = await db
    .selectFrom('feedback_events as e')
    .innerJoin('feedback as f', 'f.id', 'e.feedback_id')
    .select(['e.feedback_id', 'e.kind', (eb) => eb.fn.min<string>('e.at').as('at')])
    .where('f.organization_id', '=', organizationId)
    .groupBy(['e.feedback_id', 'e.kind'])
    .execute();
  const times = new Map<number, Record<string, string>>();
  for (const r of rows) {
    const entry = times.get(r.feedback_id) ?? {};
    entry[r.kind] = typeof r.at === 'string' ? r.at : new Date(r.at as unknown as string).toISOString();
    times.set(r.feedback_id, entry);
  }
  return times;
}

/** Every case of the organization, oldest first, for the register export. */
export async function allCases(db: Kysely<DB>, organizationId: number) {
  return (await caseQuery(db).where('f.organization_id', '=', organizationId).orderBy('f.received_at').orderBy('f.id').execute()).map(toCase);
}

export async function setFieldActive(trx: Kysely<DB>, organizationId: number, id: number, active: boolean) {
  const result = await trx.updateTable('feedback_fields').set({ active: active ? 1 : 0 }).where('id', '=', id).where('organization_id', '=', organizationId).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
