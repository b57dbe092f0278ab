import { sql, type Kysely } from 'kysely';
import { isPostgres } from './kit.js';

/**
 * Site search at a million entries (bench/README.md). On SQLite the full-text index becomes two
 * contentless FTS5 tables whose rowid is the entry's place in time, so that "newest first" is the
 * order FTS5 walks its lists in, a query stops after the rows it needs, and a date range is a
 * rowid range:
 *
 *   rowid = ((seconds since 2000-01-01 UTC) << 31) | id      (years 1864–2136; ids below 2^31)
 *
 * search_fts holds title and body (every match, and the phrase anywhere); search_title_fts holds
 * titles only, whose short lists keep "the phrase in the title" cheap even for a rare phrase.
 * Both hold the entry's type and category as facet tokens, `_t<hex of type>` and `_c<hex of
 * category>` (hex: any string becomes one token; the `_` that no search key contains keeps them
 * apart from words), so filters are part of the match instead of a read of each entry.
 * Contentless, columnsize=0: the text lives in search_entries and nothing ranks by bm25.
 * PostgreSQL keeps its GIN index.
 */
const key = (row: string) => `(((coalesce(unixepoch(${row}.published_at), 946684800) - 946684800) << 31) | ${row}.id)`;
const facets = (row: string) => `('_t' || lower(hex(${row}.type)) || ' _c' || lower(hex(${row}.category)))`;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const trigger of ['search_entries_ai', 'search_entries_ad', 'search_entries_au']) await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  await sql`DROP TABLE IF EXISTS search_fts`.execute(db);

  // The keys are folded words (searchKey), so the tokenizer only splits them on spaces.
  const options = `content='', columnsize=0, tokenize="unicode61 remove_diacritics 2 tokenchars '_'"`;
  await sql.raw(`CREATE VIRTUAL TABLE search_fts USING fts5(title_key, body_key, facets, ${options})`).execute(db);
  await sql.raw(`CREATE VIRTUAL TABLE search_title_fts USING fts5(title_key, facets, ${options})`).execute(db);

  // A contentless table forgets a row through the 'delete' command, given the values it indexed.
  const add = (row: string) => `
    INSERT INTO search_fts(rowid, title_key, body_key, facets) VALUES (${key(row)}, ${row}.title_key, ${row}.body_key, ${facets(row)});
    INSERT INTO search_title_fts(rowid, title_key, facets) VALUES (${key(row)}, ${row}.title_key, ${facets(row)});`;
  const drop = (row: string) => `
    INSERT INTO search_fts(search_fts, rowid, title_key, body_key, facets) VALUES ('delete', ${key(row)}, ${row}.title_key, ${row}.body_key, ${facets(row)});
    INSERT INTO search_title_fts(search_title_fts, rowid, title_key, facets) VALUES ('delete', ${key(row)}, ${row}.title_key, ${facets(row)});`;
  await sql.raw(`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN ${add('new')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN ${drop('old')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN ${drop('old')} ${add('new')} END`).execute(db);

  // Ascending rowids let FTS5 append, instead of writing a segment at each step back.
  await sql.raw(`INSERT INTO search_fts(rowid, title_key, body_key, facets) SELECT ${key('e')}, e.title_key, e.body_key, ${facets('e')} FROM search_entries e ORDER BY 1`).execute(db);
  await sql.raw(`INSERT INTO search_title_fts(rowid, title_key, facets) SELECT ${key('e')}, e.title_key, ${facets('e')} FROM search_entries e ORDER BY 1`).execute(db);
}
