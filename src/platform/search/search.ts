import { sql, type Kysely, type RawBuilder } from 'kysely';
import { foldVi } from '../../shared/text.js';
import type { Engine } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { snippetOf, type Snippet } from './snippet.js';

/** What a module registers for one searchable thing (an article, a document, a procedure…). */
export type SearchEntry = {
  type: string;
  refId: string | number;
  organizationId?: number | null;
  title: string;
  body: string;
  url: string;
  category?: string;
  publishedAt: string;
};

export type SearchQuery = {
  q: string;
  types?: string[];
  category?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
};

export type SearchHit = {
  type: string;
  refId: string;
  title: string;
  url: string;
  category: string;
  publishedAt: string;
  snippet: Snippet;
};

export type SearchResult = {
  /** The number of matches, counted up to a cap (TOTAL_CAP); beyond it, the cap itself and `totalIsCapped`. */
  total: number;
  /** There are more than `total` matches: say "hơn 1.000 kết quả", and offer pages up to `total` only. */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  hits: SearchHit[];
  terms: string[];
};

/**
 * Matches are counted up to this many, as the big search engines do: counting all 600,000
 * matches of "ho so" in a million texts costs far more than finding the page (bench/README.md).
 */
export const TOTAL_CAP = 1000;

/**
 * The phrase in a body ranks first among the newest PHRASE_WINDOW matches; older matches follow
 * newest first. Finding a rare phrase of common syllables means reading the positions of every
 * text holding them: in the benchmark's million texts, 336,561 hold "dân", "nhân" and "ủy", none
 * as the phrase "dan nhan uy" (90 ms); 186,224 hold the four syllables of "thu tuc doanh nghiep",
 * 651 as a phrase. The window bounds that work (6 ms). Titles are short and indexed apart, so the
 * phrase in a title ranks first among all matches.
 */
export const PHRASE_WINDOW = 2_000;

export type SearchOptions = { totalCap?: number; phraseWindow?: number };

/** Folded words: what both engines index and match, split the same way (so "61/2018/NĐ-CP" is 61, 2018, nd, cp). */
const words = (text: string) => foldVi(text).match(/[a-z0-9]+/g) ?? [];

export const queryTerms = (q: string) => words(q).slice(0, 12);

/** The indexed form of a text: its folded words separated by single spaces. */
export const searchKey = (text: string) => words(text).join(' ');

export type Search = ReturnType<typeof createSearch>;

/**
 * How one engine finds the first `want` matches in the order of `createSearch`, and counts
 * matches up to `countLimit` (exactly, when the matches are fewer).
 */
type Finder = {
  /** False when a date bound is not an instant: nothing matches. */
  valid: boolean;
  first(want: number, countLimit: number): Promise<{ ids: number[]; counted: number }>;
};

type Plan = { terms: string[]; query: SearchQuery; phraseWindow: number };

/**
 * SQLite: two contentless FTS5 indexes (migration 2026_11_27_0003) whose rowid is the entry's
 * place in time — seconds since 2000 in the high bits, the entry id in the low 31 — so FTS5
 * walks matches newest first (`ORDER BY rowid DESC`) and stops at LIMIT, and a date range is a
 * rowid range. Type and category are facet tokens in the same index, so filters are part of the
 * match. search_title_fts holds titles only: its lists are short, so the title tier stays cheap
 * even for a rare phrase. Rowids pass the 2^53 of JavaScript numbers: only `rowid & ID_MASK` (the
 * entry id) and BigInt bounds cross over.
 */
const ID_BITS = 31n;
const ID_MASK = sql.raw(String((1n << ID_BITS) - 1n));
/** 2000-01-01T00:00:00Z. */
const EPOCH_2000 = 946_684_800;
const hex = (value: string) => Buffer.from(value, 'utf8').toString('hex');

type Tier = 'title' | 'phrase' | 'all';

function sqliteFinder(db: Kysely<DB>, { terms, query, phraseWindow }: Plan): Finder {
  const filters: string[] = [];
  if (query.types?.length) filters.push(`(${query.types.map((t) => `"_t${hex(t)}"`).join(' OR ')})`);
  if (query.category) filters.push(`"_c${hex(query.category)}"`);
  const expression = (words: string) => [words, ...filters].join(' AND ');
  const match = (tier: Tier) => expression(tier === 'all' ? terms.map((t) => `"${t}"`).join(' AND ') : `"${terms.join(' ')}"`);

  // The search form's day bounds are whole seconds, exact as rowid bounds; a bound within a second
  // also compares the stored instant of the entries FTS5 hands over.
  const fromMs = query.from ? Date.parse(query.from) : null;
  const toMs = query.to ? Date.parse(query.to) : null;
  const valid = (fromMs === null || Number.isFinite(fromMs)) && (toMs === null || Number.isFinite(toMs));
  const key = (seconds: number) => (valid ? BigInt(seconds - EPOCH_2000) << ID_BITS : 0n);
  const low = fromMs === null ? null : key(Math.floor(fromMs / 1000));
  const high = toMs === null ? null : key(Math.ceil(toMs / 1000));
  const exact: RawBuilder<unknown>[] = [];
  if (fromMs !== null && fromMs % 1000 !== 0) exact.push(sql`unixepoch(e.published_at, 'subsec') >= ${fromMs / 1000}`);
  if (toMs !== null && toMs % 1000 !== 0) exact.push(sql`unixepoch(e.published_at, 'subsec') < ${toMs / 1000}`);

  const table = (tier: Tier) => sql.raw(tier === 'title' ? 'search_title_fts' : 'search_fts');
  const where = (tier: Tier) => {
    const t = table(tier);
    const parts = [sql`${t} match ${match(tier)}`];
    if (low !== null) parts.push(sql`${t}.rowid >= ${low}`);
    if (high !== null) parts.push(sql`${t}.rowid < ${high}`);
    if (exact.length) parts.push(sql`exists (select 1 from search_entries e where e.id = (${t}.rowid & ${ID_MASK}) and ${sql.join(exact, sql` and `)})`);
    return sql.join(parts, sql` and `);
  };

  async function ids(tier: Tier, limit: number): Promise<number[]> {
    const t = table(tier);
    if (tier !== 'phrase') {
      const { rows } = await sql<{ id: number }>`select (${t}.rowid & ${ID_MASK}) as id from ${t} where ${where(tier)} order by ${t}.rowid desc limit ${limit}`.execute(db);
      return rows.map((r) => r.id);
    }
    // The window: matches from the phraseWindow-th newest on (all of them when there are fewer).
    // It is walked oldest first, up to the end of the lists, then the newest are kept: FTS5 stops a
    // phrase walk at a rowid bound only on a real match, so a rare phrase walked newest first reads
    // on past the window to the oldest text (~90 ms at a million entries, bench/README.md); walked
    // upwards it stops where the lists end.
    const edge = sql`coalesce((select search_fts.rowid from search_fts where ${where('all')} order by search_fts.rowid desc limit 1 offset ${phraseWindow - 1}), ${-(1n << 63n)})`;
    const { rows } = await sql<{ id: number }>`select id from (select (rowid & ${ID_MASK}) as id, rowid as k from search_fts where ${where(tier)} and rowid >= ${edge} order by rowid limit ${phraseWindow}) order by k desc limit ${limit}`.execute(db);
    return rows.map((r) => r.id);
  }

  return {
    valid,
    async first(want, countLimit) {
      // Tier by tier, each asked for `want` entries, newest first, until `want` are known. A tier
      // that returns fewer has given all it holds, and the tiers above it are part of it (a
      // phrase holds all its syllables), so `want` of a lower tier always leaves enough once the
      // entries already placed are set aside. One word is its own phrase: no body tier then.
      const order: number[] = [];
      const seen = new Set<number>();
      const tiers: Tier[] = terms.length > 1 ? ['title', 'phrase', 'all'] : ['title', 'all'];
      for (const tier of tiers) {
        const found = await ids(tier, want);
        for (const id of found) if (!seen.has(id)) (seen.add(id), order.push(id));
        // The last tier came back short: those are all the matches.
        if (tier === 'all' && found.length < want) return { ids: order, counted: Math.min(order.length, countLimit) };
        if (order.length >= want) break;
      }
      if (order.length >= countLimit) return { ids: order, counted: countLimit };
      const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from search_fts where ${where('all')} limit ${countLimit})`.execute(db);
      return { ids: order, counted: Number(rows[0]?.n ?? 0) };
    },
  };
}

/**
 * PostgreSQL: one statement over the weighted tsvector's GIN index (all the syllables, title and
 * body), ordered like the SQLite tiers. A phrase is whole words found in the folded key padded
 * with spaces, within the title or within the body, as FTS5 finds it in one column.
 */
function postgresFinder(db: Kysely<DB>, { terms, query, phraseWindow }: Plan): Finder {
  const phrase = ` ${terms.join(' ')} `;
  const filters: RawBuilder<unknown>[] = [sql`e.tsv @@ to_tsquery('simple', ${terms.join(' & ')})`];
  if (query.types?.length) filters.push(sql`e.type in (${sql.join(query.types)})`);
  if (query.category) filters.push(sql`e.category = ${query.category}`);
  if (query.from) filters.push(sql`e.published_at >= ${query.from}`);
  if (query.to) filters.push(sql`e.published_at < ${query.to}`);
  const inTitle = sql`strpos(' ' || m.title_key || ' ', ${phrase}) > 0`;
  const inBody = sql`strpos(' ' || m.body_key || ' ', ${phrase}) > 0`;

  return {
    valid: (!query.from || Number.isFinite(Date.parse(query.from))) && (!query.to || Number.isFinite(Date.parse(query.to))),
    async first(want, countLimit) {
      const { rows } = await sql<{ id: number; n: number }>`
        with m as materialized (
          select e.id, floor(extract(epoch from e.published_at)) as s, e.title_key, e.body_key
          from search_entries e where ${sql.join(filters, sql` and `)}
        ),
        edge as (select s, id from m order by s desc, id desc offset ${phraseWindow - 1} limit 1)
        select m.id, (select count(*) from (select 1 from m limit ${countLimit}) c) as n
        from m
        order by case
            when ${inTitle} then 2
            when ${inBody} and (not exists (select 1 from edge) or (m.s, m.id) >= (select edge.s, edge.id from edge)) then 1
            else 0
          end desc, m.s desc, m.id desc
        limit ${want}`.execute(db);
      if (rows.length > 0) return { ids: rows.map((r) => r.id), counted: Number(rows[0]!.n) };
      return { ids: [], counted: 0 };
    },
  };
}

/**
 * One search interface over SQLite FTS5 and PostgreSQL full-text search. Text is indexed folded
 * (see shared/text.ts) so "dien tu" finds "điện tử". Vietnamese words are several syllables, so a
 * hit holding the query as a phrase ranks above one holding the syllables apart:
 *
 *   1. the phrase in the title, newest first;
 *   2. the phrase in the body, newest first, among the newest PHRASE_WINDOW matches;
 *   3. every other match (all the syllables, anywhere), newest first.
 *
 * A phrase is the query's folded words, consecutive and whole, within the title or within the body.
 * Newest first is by publication time to the second, then the entry registered later. The total
 * is counted up to TOTAL_CAP (see SearchResult). Both engines give the same results; the plans
 * and their figures are in bench/README.md.
 */
export function createSearch(engine: Engine, options: SearchOptions = {}) {
  const totalCap = options.totalCap ?? TOTAL_CAP;
  const phraseWindow = options.phraseWindow ?? PHRASE_WINDOW;
  return {
    async upsert(db: Kysely<DB>, entry: SearchEntry) {
      const values = {
        type: entry.type,
        ref_id: String(entry.refId),
        organization_id: entry.organizationId ?? null,
        title: entry.title,
        body: entry.body,
        url: entry.url,
        category: entry.category ?? '',
        published_at: entry.publishedAt,
        title_key: searchKey(entry.title),
        body_key: searchKey(entry.body),
      };
      await db
        .insertInto('search_entries')
        .values(values)
        .onConflict((oc) => oc.columns(['type', 'ref_id']).doUpdateSet(values))
        .execute();
    },

    /** The addresses of everything published except the given types, newest first (for the sitemap). */
    async addresses(db: Kysely<DB>, options: { excludeTypes: string[]; limit: number }) {
      return db
        .selectFrom('search_entries')
        .select(['url', 'published_at as publishedAt'])
        .$if(options.excludeTypes.length > 0, (qb) => qb.where('type', 'not in', options.excludeTypes))
        .orderBy('published_at', 'desc')
        .limit(options.limit)
        .execute();
    },

    async remove(db: Kysely<DB>, type: string, refId: string | number) {
      await db.deleteFrom('search_entries').where('type', '=', type).where('ref_id', '=', String(refId)).execute();
    },

    async query(db: Kysely<DB>, query: SearchQuery): Promise<SearchResult> {
      const terms = queryTerms(query.q);
      const page = Math.max(1, Math.floor(query.page ?? 1));
      const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20)));
      const empty = { total: 0, totalIsCapped: false, page, pageSize, hits: [], terms };
      if (terms.length === 0) return empty;
      const plan = { terms, query, phraseWindow };
      const finder = engine === 'postgres' ? postgresFinder(db, plan) : sqliteFinder(db, plan);
      if (!finder.valid) return empty;

      const offset = (page - 1) * pageSize;
      const want = offset + pageSize;
      const { ids: order, counted } = await finder.first(want, totalCap + 1);
      const totalIsCapped = counted > totalCap;
      const total = totalIsCapped ? totalCap : counted;

      const pageIds = order.slice(offset, want);
      if (pageIds.length === 0) return { ...empty, total, totalIsCapped };
      const rows = await db
        .selectFrom('search_entries')
        .select(['id', 'type', 'ref_id', 'title', 'body', 'url', 'category', 'published_at'])
        .where('id', 'in', pageIds)
        .execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      const hits = pageIds
        .map((id) => byId.get(id))
        .filter((r) => r !== undefined)
        .map((r) => ({
          type: r.type,
          refId: r.ref_id,
          title: r.title,
          url: r.url,
          category: r.category,
          publishedAt: r.published_at,
          snippet: snippetOf(r.body, terms),
        }));
      return { total, totalIsCapped, page, pageSize, hits, terms };
    },
  };
}
