import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { ArticlesTable, DB } from '../../platform/db/schema.js';
import type { ArticleStatus, Topic } from './content.schema.js';

export type Article = {
  id: number;
  organizationId: number;
  slug: string;
  title: string;
  sapo: string;
  bodyHtml: string;
  bodyText: string;
  coverKey: string | null;
  coverCaption: string;
  topic: Topic | '';
  featured: boolean;
  status: ArticleStatus;
  returnReason: string;
  authorId: number | null;
  authorName: string;
  revision: number;
  scheduledAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  categoryIds: number[];
  tags: string[];
};

/** What an editor writes; the rest is workflow. */
export type ArticleContent = Pick<Article, 'title' | 'sapo' | 'bodyHtml' | 'bodyText' | 'coverCaption' | 'topic' | 'featured' | 'categoryIds' | 'tags'>;

export type Revision = { revision: number; title: string; sapo: string; bodyHtml: string; coverCaption: string; editorName: string; note: string; createdAt: string };

export type Attachment = { id: number; articleId: number; storageKey: string; fileName: string; mime: string; size: number };

function toArticle(r: Selectable<ArticlesTable>, categoryIds: number[], tags: string[]): Article {
  return {
    id: r.id,
    organizationId: r.organization_id,
    slug: r.slug,
    title: r.title,
    sapo: r.sapo,
    bodyHtml: r.body_html,
    bodyText: r.body_text,
    coverKey: r.cover_key,
    coverCaption: r.cover_caption,
    topic: r.topic as Topic | '',
    featured: r.featured === 1,
    status: r.status as ArticleStatus,
    returnReason: r.return_reason,
    authorId: r.author_id,
    authorName: r.author_name,
    revision: r.revision,
    scheduledAt: r.scheduled_at,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    categoryIds,
    tags,
  };
}

/** Categories and tags for many articles in two queries, not two per article. */
async function hydrate(db: Kysely<DB>, rows: Selectable<ArticlesTable>[]): Promise<Article[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const categories = await db.selectFrom('article_categories').select(['article_id', 'category_id']).where('article_id', 'in', ids).execute();
  const tags = await db.selectFrom('article_tags').select(['article_id', 'tag']).where('article_id', 'in', ids).orderBy('tag').execute();
  return rows.map((r) =>
    toArticle(
      r,
      categories.filter((c) => c.article_id === r.id).map((c) => c.category_id),
      tags.filter((t) => t.article_id === r.id).map((t) => t.tag),
    ),
  );
}

const contentRow = (c: ArticleContent) => ({
  title: c.title,
  sapo: c.sapo,
  body_html: c.bodyHtml,
  body_text: c.bodyText,
  cover_caption: c.coverCaption,
  topic: c.topic,
  featured: c.featured ? 1 : 0,
});

async function replaceLinks(db: Kysely<DB>, articleId: number, content: ArticleContent, tagSlug: (tag: string) => string) {
  await db.deleteFrom('article_categories').where('article_id', '=', articleId).execute();
  if (content.categoryIds.length > 0) {
    await db.insertInto('article_categories').values(content.categoryIds.map((category_id) => ({ article_id: articleId, category_id }))).execute();
  }
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  const unique = new Map(content.tags.map((tag) => [tagSlug(tag), tag]));
  if (unique.size > 0) {
    await db.insertInto('article_tags').values([...unique].map(([tag_slug, tag]) => ({ article_id: articleId, tag, tag_slug }))).execute();
  }
}

export async function insertArticle(
  db: Kysely<DB>,
  values: { organizationId: number; slug: string; authorId: number | null; authorName: string; content: ArticleContent },
  now: string,
  tagSlug: (tag: string) => string,
): Promise<number> {
  const r = await db
    .insertInto('articles')
    .values({
      ...contentRow(values.content),
      organization_id: values.organizationId,
      slug: values.slug,
      status: 'draft',
      return_reason: '',
      author_id: values.authorId,
      author_name: values.authorName,
      revision: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceLinks(db, r.id, values.content, tagSlug);
  return r.id;
}

export async function updateContent(db: Kysely<DB>, id: number, content: ArticleContent, revision: number, now: string, tagSlug: (tag: string) => string) {
  await db.updateTable('articles').set({ ...contentRow(content), revision, updated_at: now }).where('id', '=', id).execute();
  await replaceLinks(db, id, content, tagSlug);
}

export async function setCover(db: Kysely<DB>, id: number, coverKey: string | null, now: string) {
  await db.updateTable('articles').set({ cover_key: coverKey, updated_at: now }).where('id', '=', id).execute();
}

export async function setStatus(
  db: Kysely<DB>,
  id: number,
  change: { status: ArticleStatus; returnReason?: string; publishedAt?: string | null; scheduledAt?: string | null },
  now: string,
) {
  await db
    .updateTable('articles')
    .set({
      status: change.status,
      return_reason: change.returnReason ?? '',
      ...(change.publishedAt !== undefined ? { published_at: change.publishedAt } : {}),
      ...(change.scheduledAt !== undefined ? { scheduled_at: change.scheduledAt } : {}),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertRevision(db: Kysely<DB>, articleId: number, revision: number, r: Omit<Revision, 'revision' | 'createdAt'> & { editorId: number | null }, now: string) {
  await db
    .insertInto('article_revisions')
    .values({
      article_id: articleId,
      revision,
      title: r.title,
      sapo: r.sapo,
      body_html: r.bodyHtml,
      cover_caption: r.coverCaption,
      editor_id: r.editorId,
      editor_name: r.editorName,
      note: r.note,
      created_at: now,
    })
    .execute();
}

export async function listRevisions(db: Kysely<DB>, articleId: number): Promise<Revision[]> {
  const rows = await db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).orderBy('revision', 'desc').execute();
  return rows.map((r) => ({
    revision: r.revision,
    title: r.title,
    sapo: r.sapo,
    bodyHtml: r.body_html,
    coverCaption: r.cover_caption,
    editorName: r.editor_name,
    note: r.note,
    createdAt: r.created_at,
  }));
}

export async function findArticle(db: Kysely<DB>, id: number): Promise<Article | null> {
  const r = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? (await hydrate(db, [r]))[0]! : null;
}

export async function slugTaken(db: Kysely<DB>, slug: string) {
  return (await db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function findPublishedBySlug(db: Kysely<DB>, organizationId: number, slug: string): Promise<Article | null> {
  const r = await db
    .selectFrom('articles')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('slug', '=', slug)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return r ? (await hydrate(db, [r]))[0]! : null;
}

export type PublishedQuery = { organizationId: number; categoryIds?: number[]; featured?: boolean; excludeIds?: number[]; limit: number; offset?: number };

/** Published articles, newest first; the count comes only when asked, since the home page needs none. */
export async function listPublished(db: Kysely<DB>, q: PublishedQuery): Promise<Article[]> {
  const rows = await publishedBase(db, q)
    .selectAll('articles')
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(q.limit)
    .offset(q.offset ?? 0)
    .execute();
  return hydrate(db, rows);
}

export async function countPublished(db: Kysely<DB>, q: PublishedQuery): Promise<number> {
  const r = await publishedBase(db, q).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

function publishedBase(db: Kysely<DB>, q: PublishedQuery) {
  return db
    .selectFrom('articles')
    .where('articles.organization_id', '=', q.organizationId)
    .where('articles.status', '=', 'published')
    .$if(q.featured === true, (qb) => qb.where('articles.featured', '=', 1))
    .$if(Boolean(q.excludeIds?.length), (qb) => qb.where('articles.id', 'not in', q.excludeIds!))
    .$if(Boolean(q.categoryIds), (qb) =>
      qb.where('articles.id', 'in', (eb) =>
        eb.selectFrom('article_categories').select('article_id').where('category_id', 'in', q.categoryIds!.length ? q.categoryIds! : [-1]),
      ),
    );
}

/** Articles sharing a tag or a category with this one, the most recent first. */
export async function listRelated(db: Kysely<DB>, article: Article, limit: number): Promise<Article[]> {
  const tagSlugs = db.selectFrom('article_tags').select('tag_slug').where('article_id', '=', article.id);
  const rows = await db
    .selectFrom('articles')
    .selectAll()
    .where('organization_id', '=', article.organizationId)
    .where('status', '=', 'published')
    .where('id', '!=', article.id)
    .where((eb) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('article_tags').select('article_id').where('tag_slug', 'in', tagSlugs)),
        eb('id', 'in', eb.selectFrom('article_categories').select('article_id').where('category_id', 'in', article.categoryIds.length ? article.categoryIds : [-1])),
      ]),
    )
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  return hydrate(db, rows);
}

export type AdminQuery = {
  organizationId: number;
  q?: string;
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  fromInstant?: string;
  toInstant?: string;
  limit: number;
  offset: number;
};

export async function searchAdmin(db: Kysely<DB>, dialect: Dialect, q: AdminQuery) {
  const base = db
    .selectFrom('articles')
    .where('organization_id', '=', q.organizationId)
    .$if(Boolean(q.q), (qb) => qb.where((eb) => eb.or([dialect.contains('title', q.q!), dialect.contains('slug', q.q!)])))
    .$if(q.categoryId !== undefined, (qb) =>
      qb.where('id', 'in', (eb) => eb.selectFrom('article_categories').select('article_id').where('category_id', '=', q.categoryId!)),
    )
    .$if(q.authorId !== undefined, (qb) => qb.where('author_id', '=', q.authorId!))
    .$if(Boolean(q.fromInstant), (qb) => qb.where('updated_at', '>=', q.fromInstant!))
    .$if(Boolean(q.toInstant), (qb) => qb.where('updated_at', '<', q.toInstant!));
  const byStatus = await base.select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const filtered = base.$if(q.status !== undefined, (qb) => qb.where('status', '=', q.status!));
  const total = Number((await filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await filtered.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
  return {
    total,
    counts: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])) as Partial<Record<ArticleStatus, number>>,
    articles: await hydrate(db, rows),
  };
}

/** Scheduled articles whose time has come. */
export async function dueScheduled(db: Kysely<DB>, now: string): Promise<number[]> {
  const rows = await db.selectFrom('articles').select('id').where('status', '=', 'scheduled').where('scheduled_at', '<=', now).execute();
  return rows.map((r) => r.id);
}

export async function insertAttachment(db: Kysely<DB>, a: Omit<Attachment, 'id'>, now: string): Promise<number> {
  const r = await db
    .insertInto('article_attachments')
    .values({ article_id: a.articleId, storage_key: a.storageKey, file_name: a.fileName, mime: a.mime, size: a.size, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function listAttachments(db: Kysely<DB>, articleId: number): Promise<Attachment[]> {
  const rows = await db.selectFrom('article_attachments').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, storageKey: r.storage_key, fileName: r.file_name, mime: r.mime, size: r.size }));
}

export async function findAttachment(db: Kysely<DB>, id: number): Promise<Attachment | null> {
  const r = await db.selectFrom('article_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, articleId: r.article_id, storageKey: r.storage_key, fileName: r.file_name, mime: r.mime, size: r.size } : null;
}

export async function deleteAttachment(db: Kysely<DB>, id: number) {
  await db.deleteFrom('article_attachments').where('id', '=', id).execute();
}

export async function countByStatus(db: Kysely<DB>, organizationId: number): Promise<Partial<Record<ArticleStatus, number>>> {
  const rows = await db
    .selectFrom('articles')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The people who have written in an organization, for the author filter. */
export async function listAuthors(db: Kysely<DB>, organizationId: number): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['author_id', 'author_name'])
    .distinct()
    .where('organization_id', '=', organizationId)
    .where('author_id', 'is not', null)
    .orderBy('author_name')
    .execute();
  return rows.map((r) => ({ id: r.author_id!, name: r.author_name }));
}
