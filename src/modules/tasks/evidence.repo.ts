import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { StoredFile } from './files.js';
import { authorColumns, fileColumns, fileOf, type Author } from './row-columns.js';
import type { EvidenceKind } from './tasks.schema.js';

export type Evidence = {
  id: number;
  taskId: number;
  kind: EvidenceKind;
  title: string;
  occurredOn: string;
  quantity: number;
  url: string;
  note: string;
  file: Omit<StoredFile, 'storageKey'> | null;
  storageKey: string | null;
  unitId: number | null;
  createdBy: number | null;
  createdByName: string;
};

export type EvidenceFields = Pick<Evidence, 'kind' | 'title' | 'occurredOn' | 'quantity' | 'url' | 'note' | 'unitId'>;

/** The instants bounding a plan's year in Vietnam, for columns holding UTC instants. */
export type YearBounds = { year: number; from: string; to: string };

/** What the other modules' records add up to for one agency and year (read-only counts of their tables). */
export type AutomaticCounts = {
  /** Published articles per topic code ('II.1'…), by publication date. */
  articlesByTopic: Record<string, number>;
  /** Documents whose issuer is the agency, by year of issue. */
  documents: number;
  /** Feedback the agency answered, by date of the answer. */
  answeredFeedback: number;
};

export type ArticleEvidence = { title: string; slug: string; publishedAt: string; topic: string };

const evidenceColumns = ['id', 'task_id', 'kind', 'title', 'occurred_on', 'quantity', 'url', 'note', 'storage_key', 'file_name', 'mime', 'size', 'unit_id', 'created_by', 'created_by_name'] as const;

export async function listEvidence(db: Kysely<DB>, taskIds: readonly number[]): Promise<Evidence[]> {
  if (taskIds.length === 0) return [];
  const rows = await db.selectFrom('task_evidence').select(evidenceColumns).where('task_id', 'in', taskIds).orderBy('occurred_on', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    taskId: r.task_id,
    kind: r.kind as EvidenceKind,
    title: r.title,
    occurredOn: r.occurred_on,
    quantity: r.quantity,
    url: r.url,
    note: r.note,
    file: fileOf(r),
    storageKey: r.storage_key,
    unitId: r.unit_id,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
  }));
}

export async function findEvidence(db: Kysely<DB>, id: number): Promise<Evidence | null> {
  const row = await db.selectFrom('task_evidence').select('task_id').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return (await listEvidence(db, [row.task_id])).find((e) => e.id === id) ?? null;
}

export async function insertEvidence(db: Kysely<DB>, taskId: number, fields: EvidenceFields, file: StoredFile | null, by: Author, now: string) {
  const { id } = await db
    .insertInto('task_evidence')
    .values({
      task_id: taskId,
      kind: fields.kind,
      title: fields.title,
      occurred_on: fields.occurredOn,
      quantity: fields.quantity,
      url: fields.url,
      note: fields.note,
      ...fileColumns(file),
      unit_id: fields.unitId,
      ...authorColumns(by),
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteEvidence(db: Kysely<DB>, id: number) {
  await db.deleteFrom('task_evidence').where('id', '=', id).execute();
}

/** Storage keys of the files attached to a task, to remove them with it. */
export async function fileKeysOfTask(db: Kysely<DB>, taskId: number): Promise<string[]> {
  const rows = await db.selectFrom('task_evidence').select('storage_key').where('task_id', '=', taskId).where('storage_key', 'is not', null).execute();
  return rows.map((r) => r.storage_key!);
}

/** Evidence staff entered, summed per task (each entry counts its quantity: "3 buổi chào cờ"). */
export async function manualCounts(db: Kysely<DB>, taskIds: readonly number[]): Promise<Map<number, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('task_evidence')
    .select(['task_id', (eb) => eb.fn.sum<number>('quantity').as('n')])
    .where('task_id', 'in', taskIds)
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((r) => [r.task_id, Number(r.n)]));
}

export async function automaticCounts(db: Kysely<DB>, organizationId: number, bounds: YearBounds): Promise<AutomaticCounts> {
  const articles = await db
    .selectFrom('articles')
    .select(['topic', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'published')
    .where('topic', '!=', '')
    .where('published_at', '>=', bounds.from)
    .where('published_at', '<', bounds.to)
    .groupBy('topic')
    .execute();
  const documents = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issuer_organization_id', '=', organizationId)
    .where('issue_year', '=', bounds.year)
    .executeTakeFirstOrThrow();
  const feedback = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('answered_at', '>=', bounds.from)
    .where('answered_at', '<', bounds.to)
    .executeTakeFirstOrThrow();
  return {
    articlesByTopic: Object.fromEntries(articles.map((r) => [r.topic, Number(r.n)])),
    documents: Number(documents.n),
    answeredFeedback: Number(feedback.n),
  };
}

/** The articles behind an automatic count, newest first (a task page lists what it counted). */
export async function articlesOf(db: Kysely<DB>, organizationId: number, bounds: YearBounds, topics: readonly string[], limit: number): Promise<ArticleEvidence[]> {
  if (topics.length === 0) return [];
  const rows = await db
    .selectFrom('articles')
    .select(['title', 'slug', 'published_at', 'topic'])
    .where('organization_id', '=', organizationId)
    .where('status', '=', 'published')
    .where('topic', 'in', topics)
    .where('published_at', '>=', bounds.from)
    .where('published_at', '<', bounds.to)
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ title: r.title, slug: r.slug, publishedAt: r.published_at!, topic: r.topic }));
}
