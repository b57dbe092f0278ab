/**
 * The figures of a report, read from live data of other modules' tables over a span of Vietnamese
 * calendar days. Read-only queries owned by the reports module (the other modules' services have
 * no "count over a period" methods, and a report must not need read permissions on every module):
 * articles (content), documents, procedures and feedback tables, and the plan's topics.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { addDays, startOfVnDay, vnDateKey, type DateKey } from '../../shared/dates.js';
import { compareVi } from '../../shared/text.js';
import { DOCUMENT_TYPES, type DocumentType } from '../documents/documents.schema.js';

export type ReportFigures = {
  /** Articles published in the period per topic of the plan ('II.1'), every topic listed. */
  topics: { code: string; text: string; articles: number }[];
  /** Articles published in the period per portal category (an article may sit in several). */
  categories: { name: string; articles: number }[];
  /** Articles published in the period, each counted once. */
  articles: number;
  /** Documents the organization issued in the period (issuer linked to it), by type. */
  documents: { type: string; label: string; count: number }[];
  /** Procedures put in the catalogue during the period, and the catalogue's size at its end. */
  procedures: { added: number; total: number };
  /** Feedback received in the period; answered in the period, and of those by their answer deadline. */
  feedback: { received: number; answered: number; answeredOnTime: number };
};

export type FiguresScope = { organizationId: number; planId: number; from: DateKey; to: DateKey };

const count = (n: unknown) => Number(n ?? 0);

export async function collectFigures(db: Kysely<DB>, scope: FiguresScope): Promise<ReportFigures> {
  const { organizationId, planId, from, to } = scope;
  // Instants compare as half-open spans: from the first moment of `from` to the first of the day after `to`.
  const start = startOfVnDay(from).toISOString();
  const end = startOfVnDay(addDays(to, 1)).toISOString();

  const published = db
    .selectFrom('articles')
    .where('articles.organization_id', '=', organizationId)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '>=', start)
    .where('articles.published_at', '<', end);

  const [topics, byTopic, categories, articles, documents, procedures, received, answered] = await Promise.all([
    db.selectFrom('plan_topics').select(['code', 'text']).where('plan_id', '=', planId).orderBy('position').execute(),
    published.select((eb) => ['articles.topic', eb.fn.countAll().as('n')]).groupBy('articles.topic').execute(),
    published
      .innerJoin('article_categories', 'article_categories.article_id', 'articles.id')
      .innerJoin('categories', 'categories.id', 'article_categories.category_id')
      .select((eb) => ['categories.name', eb.fn.countAll().as('n')])
      .groupBy(['categories.id', 'categories.name'])
      .execute(),
    published.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    db
      .selectFrom('documents')
      .select((eb) => ['type', eb.fn.countAll().as('n')])
      .where('issuer_organization_id', '=', organizationId)
      .where('issued_on', '>=', from)
      .where('issued_on', '<=', to)
      .groupBy('type')
      .execute(),
    db
      .selectFrom('procedures')
      .select((eb) => [
        eb.fn.countAll().as('total'),
        eb.fn.sum(eb.case().when('created_at', '>=', start).then(1).else(0).end()).as('added'),
      ])
      .where('organization_id', '=', organizationId)
      .where('created_at', '<', end)
      .executeTakeFirst(),
    db
      .selectFrom('feedback')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('organization_id', '=', organizationId)
      .where('received_at', '>=', start)
      .where('received_at', '<', end)
      .executeTakeFirst(),
    db
      .selectFrom('feedback')
      .select(['answered_at', 'answer_due_on'])
      .where('organization_id', '=', organizationId)
      .where('answered_at', '>=', start)
      .where('answered_at', '<', end)
      .execute(),
  ]);

  const perTopic = new Map(byTopic.map((r) => [r.topic, count(r.n)]));
  return {
    topics: topics.map((t) => ({ code: t.code, text: t.text, articles: perTopic.get(t.code) ?? 0 })),
    categories: categories.map((c) => ({ name: c.name, articles: count(c.n) })).sort((a, b) => b.articles - a.articles || compareVi(a.name, b.name)),
    articles: count(articles?.n),
    documents: documents
      .map((d) => ({ type: d.type, label: DOCUMENT_TYPES[d.type as DocumentType]?.label ?? d.type, count: count(d.n) }))
      .sort((a, b) => b.count - a.count || compareVi(a.label, b.label)),
    procedures: { added: count(procedures?.added), total: count(procedures?.total) },
    feedback: {
      received: count(received?.n),
      answered: answered.length,
      // On time: answered on or before the answer deadline, a Vietnamese calendar day.
      answeredOnTime: answered.filter((f) => f.answer_due_on !== null && vnDateKey(f.answered_at!) <= f.answer_due_on).length,
    },
  };
}
