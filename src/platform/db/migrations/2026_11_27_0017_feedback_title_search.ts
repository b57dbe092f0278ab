import { sql, type Kysely } from 'kysely';
import { searchKey } from '../../search/search.js';
import { isPostgres } from './kit.js';

/**
 * The inbox's search box at a million cases (bench/README.md): the title's folded words
 * (`title_key`, searchKey: the site search's folding, so "giay phep" finds "giấy phép" and đ is d),
 * written by the repository with the title, and an index over them instead of a LIKE on every title.
 *
 * SQLite: a contentless FTS5 table kept by triggers, built like site search's (migration 0008): its
 * rowid is the case's place in the inbox's order,
 *
 *   rowid = ((seconds since 2000-01-01 UTC of received_at) << 31) | id
 *
 * so FTS5 walks matches newest first and stops after the page, and the filters an officer picks
 * from a list are facet tokens in the same index (`_o` organization, `_s` state, `_f` field, `_u`
 * unit, `_a` assignee), so "these words in this field" is one intersection of posting lists instead
 * of a read of every matching case. A change of any of those columns re-indexes the case. A
 * deadline filter is no facet (a range of days): its open cases are found first, see below.
 * PostgreSQL: a GIN index over the key's 'simple' tsvector, stored as site search's (migration 0001).
 *
 * The keys of existing cases are computed here with the application's own searchKey: the index
 * must hold what the repository writes and the queries look for.
 */
const key = (row: string) => `(((unixepoch(${row}.received_at) - 946684800) << 31) | ${row}.id)`;
const facets = (row: string) =>
  `('_o' || ${row}.organization_id || ' _s' || ${row}.status || coalesce(' _f' || ${row}.field_id, '') || coalesce(' _u' || ${row}.unit_id, '') || coalesce(' _a' || ${row}.assignee_id, ''))`;
const BATCH = 1000;

async function backfillKeys(db: Kysely<any>) {
  for (let after = 0; ; ) {
    const rows: { id: number; title: string }[] = await db.selectFrom('feedback').select(['id', 'title']).where('id', '>', after).orderBy('id').limit(BATCH).execute();
    if (rows.length === 0) return;
    for (const r of rows) await db.updateTable('feedback').set({ title_key: searchKey(r.title) }).where('id', '=', r.id).execute();
    after = rows.at(-1)!.id;
  }
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('feedback').addColumn('title_key', 'text', (c) => c.notNull().defaultTo('')).execute();
  await backfillKeys(db);
  if (isPostgres(db)) {
    // Stored, like search_entries.tsv: a case the planner checks on its way costs no parsing.
    await sql`ALTER TABLE feedback ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', title_key)) STORED`.execute(db);
    await sql`CREATE INDEX feedback_title_tsv_idx ON feedback USING gin (title_tsv)`.execute(db);
    return;
  }
  // With a deadline filter (overdue, due this week) the deadline narrows first, to open cases, and
  // the words are checked on each one's key: read from this index alone rather than from each case.
  await db.schema
    .createIndex('feedback_due_title_idx')
    .on('feedback')
    .columns(['organization_id', 'due_on', 'received_at', 'id', 'title_key'])
    .where(sql.ref('due_on'), 'is not', null)
    .execute();
  // The keys are folded words, so the tokenizer only splits them on spaces; '_' keeps facets whole.
  await sql
    .raw(`CREATE VIRTUAL TABLE feedback_title_fts USING fts5(title_key, facets, content='', columnsize=0, tokenize="unicode61 remove_diacritics 2 tokenchars '_'")`)
    .execute(db);
  // Ascending rowids let FTS5 append, instead of writing a segment at each step back.
  await sql.raw(`INSERT INTO feedback_title_fts(rowid, title_key, facets) SELECT ${key('f')}, f.title_key, ${facets('f')} FROM feedback f ORDER BY 1`).execute(db);

  // A contentless table forgets a row through the 'delete' command, given the values it indexed.
  const add = (row: string) => `INSERT INTO feedback_title_fts(rowid, title_key, facets) VALUES (${key(row)}, ${row}.title_key, ${facets(row)});`;
  const drop = (row: string) => `INSERT INTO feedback_title_fts(feedback_title_fts, rowid, title_key, facets) VALUES ('delete', ${key(row)}, ${row}.title_key, ${facets(row)});`;
  const indexed = 'title_key, status, field_id, unit_id, assignee_id, organization_id, received_at';
  await sql.raw(`CREATE TRIGGER feedback_title_ai AFTER INSERT ON feedback BEGIN ${add('new')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER feedback_title_ad AFTER DELETE ON feedback BEGIN ${drop('old')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER feedback_title_au AFTER UPDATE OF ${indexed} ON feedback BEGIN ${drop('old')} ${add('new')} END`).execute(db);
}
