import { sql, type Kysely } from 'kysely';
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

export type SearchResult = { total: number; page: number; pageSize: number; hits: SearchHit[]; terms: string[] };

/** Folded words: what both engines index and match, split the same way (so "61/2018/NĐ-CP" is 61, 2018, nd, cp). */
const words = (text: string) => foldVi(text).match(/[a-z0-9]+/g) ?? [];

export const queryTerms = (q: string) => words(q).slice(0, 12);

/** The indexed form of a text: its folded words separated by single spaces. */
export const searchKey = (text: string) => words(text).join(' ');

export type Search = ReturnType<typeof createSearch>;

/**
 * One search interface over SQLite FTS5 and PostgreSQL full-text search. Text is indexed folded
 * (see shared/text.ts) so "dien tu" finds "điện tử". Vietnamese words are several syllables, so a
 * hit holding the query as a phrase ranks above one holding the syllables apart.
 */
export function createSearch(engine: Engine) {
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

    async remove(db: Kysely<DB>, type: string, refId: string | number) {
      await db.deleteFrom('search_entries').where('type', '=', type).where('ref_id', '=', String(refId)).execute();
    },

    async query(db: Kysely<DB>, query: SearchQuery): Promise<SearchResult> {
      const terms = queryTerms(query.q);
      const page = Math.max(1, query.page ?? 1);
      const pageSize = Math.min(100, Math.max(1, query.pageSize ?? 20));
      if (terms.length === 0) return { total: 0, page, pageSize, hits: [], terms };
      const phrase = terms.join(' ');

      let base = db.selectFrom('search_entries as e');
      base =
        engine === 'postgres'
          ? base.where(sql<boolean>`e.tsv @@ to_tsquery('simple', ${terms.join(' & ')})`)
          : base.where(
              'e.id',
              'in',
              sql<number>`(select rowid from search_fts where search_fts match ${terms.map((t) => `"${t}"`).join(' AND ')})`,
            );
      base = base
        .$if(Boolean(query.types?.length), (qb) => qb.where('e.type', 'in', query.types!))
        .$if(Boolean(query.category), (qb) => qb.where('e.category', '=', query.category!))
        .$if(Boolean(query.from), (qb) => qb.where('e.published_at', '>=', query.from!))
        .$if(Boolean(query.to), (qb) => qb.where('e.published_at', '<', query.to!));

      const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      const total = Number(counted?.n ?? 0);

      // Phrase in the title first, then the phrase anywhere, then the newest.
      const contains = (column: 'e.title_key' | 'e.body_key') =>
        engine === 'postgres' ? sql`strpos(${sql.ref(column)}, ${phrase}) > 0` : sql`instr(${sql.ref(column)}, ${phrase}) > 0`;
      const rows = await base
        .select(['e.type', 'e.ref_id', 'e.title', 'e.body', 'e.url', 'e.category', 'e.published_at'])
        .orderBy(sql`(case when ${contains('e.title_key')} then 1 else 0 end)`, 'desc')
        .orderBy(sql`(case when ${contains('e.body_key')} then 1 else 0 end)`, 'desc')
        .orderBy('e.published_at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(pageSize)
        .offset((page - 1) * pageSize)
        .execute();

      return {
        total,
        page,
        pageSize,
        terms,
        hits: rows.map((r) => ({
          type: r.type,
          refId: r.ref_id,
          title: r.title,
          url: r.url,
          category: r.category,
          publishedAt: r.published_at,
          snippet: snippetOf(r.body, terms),
        })),
      };
    },
  };
}
