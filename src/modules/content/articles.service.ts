import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { excerpt, htmlToText, sanitizeArticleHtml } from '../../platform/html/sanitize.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand, vnDayBound } from '../../platform/http/validation.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import type { Search } from '../../platform/search/search.js';
import { parseVnDate, startOfVnDay } from '../../shared/dates.js';
import { slugify } from '../../shared/text.js';
import * as repo from './articles.repo.js';
import type { CategoriesService } from './categories.service.js';
import { contentPolicy as policy } from './content.policy.js';
import { ArticleFilters, BulkAction, ReturnArticle, SaveArticle, ScheduleArticle, type ArticleStatus } from './content.schema.js';

export type { Article, Attachment, Revision } from './articles.repo.js';

export const ADMIN_PAGE_SIZE = 20;
export const PUBLISH_JOB = 'content.publishScheduled';

const tagSlug = (tag: string) => slugify(tag, 60);
const asArray = (value: number | number[]) => (Array.isArray(value) ? value : [value]);

export type ArticlesService = ReturnType<typeof createArticlesService>;

export function createArticlesService(deps: {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditWriter;
  jobs: JobQueue;
  search: Search;
  categories: CategoriesService;
  /** Called after every change the public can see (page caches listen). */
  onChange: () => void;
}) {
  const { db, clock, audit, jobs, search, categories, onChange } = deps;

  async function mustFind(id: number) {
    const article = await repo.findArticle(db, id);
    if (!article) throw new NotFoundError('Không tìm thấy bài viết.');
    return article;
  }

  /** Parses, sanitizes and checks an article's fields; categories must be the organization's own. */
  async function contentOf(organizationId: number, input: unknown): Promise<repo.ArticleContent & { note: string }> {
    const v = parseCommand(SaveArticle, input);
    const bodyHtml = sanitizeArticleHtml(v.bodyHtml);
    const bodyText = htmlToText(bodyHtml);
    if (bodyText.trim() === '') throw new ValidationError({ bodyHtml: 'Nội dung bài viết không được để trống.' });
    const own = new Set((await categories.tree(organizationId)).map((c) => c.id));
    const categoryIds = [...new Set(asArray(v.categoryIds))];
    if (categoryIds.some((id) => !own.has(id))) throw new ValidationError({ categoryIds: 'Danh mục không hợp lệ.' });
    const tags = (v.tags ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '' && tagSlug(t) !== '')
      .slice(0, 15);
    return {
      title: v.title,
      sapo: v.sapo ?? '',
      bodyHtml,
      bodyText,
      coverCaption: v.coverCaption ?? '',
      topic: v.topic ?? '',
      featured: v.featured === '1',
      categoryIds,
      tags,
      note: v.note ?? '',
    };
  }

  async function uniqueSlug(title: string) {
    const base = slugify(title, 80) || 'bai-viet';
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await repo.slugTaken(db, candidate))) return candidate;
    }
  }

  /** The category a search hit is filed under: the article's first. Read before a transaction opens. */
  async function primaryCategorySlug(article: { organizationId: number; categoryIds: number[] }) {
    const tree = await categories.tree(article.organizationId);
    return tree.find((c) => c.id === article.categoryIds[0])?.slug ?? '';
  }

  /**
   * What the site search holds for a published article. It runs inside the caller's transaction
   * and must only use `trx`: on SQLite a query on `db` would wait forever for the connection.
   */
  async function index(trx: Kysely<DB>, article: repo.Article, category: string) {
    await search.upsert(trx, {
      type: 'article',
      refId: article.id,
      organizationId: article.organizationId,
      title: article.title,
      body: [article.sapo, article.bodyText, article.tags.join(', ')].filter(Boolean).join('\n'),
      url: `/tin-tuc/${article.slug}`,
      category,
      publishedAt: article.publishedAt ?? isoNow(clock),
    });
  }

  async function transition(
    ctx: RequestContext,
    article: repo.Article,
    change: { status: ArticleStatus; returnReason?: string; publishedAt?: string | null; scheduledAt?: string | null },
    action: string,
    also?: (trx: Kysely<DB>) => Promise<unknown>,
  ) {
    const category = await primaryCategorySlug(article);
    await db.transaction().execute(async (trx) => {
      await also?.(trx);
      await repo.setStatus(trx, article.id, change, isoNow(clock));
      const after = (await repo.findArticle(trx, article.id))!;
      if (after.status === 'published') await index(trx, after, category);
      else await search.remove(trx, 'article', article.id);
      await audit(trx, ctx, {
        action,
        subjectType: 'article',
        subjectId: article.id,
        organizationId: article.organizationId,
        summary: article.title,
        changes: { status: [article.status, change.status], ...(change.returnReason ? { reason: change.returnReason } : {}) },
      });
    });
    onChange();
  }

  /** `at` backdates the publication, for articles brought over from an earlier portal; never the future. */
  async function publishNow(ctx: RequestContext, article: repo.Article, at?: Date) {
    policy.assert(ctx.actor, 'publish', article);
    if (at && at.getTime() > clock.now().getTime()) throw new ValidationError({ date: 'Ngày đăng không thể ở tương lai; hãy dùng hẹn giờ đăng.' });
    // A republished article keeps its first publication date, so feeds do not show it as new.
    const publishedAt = at?.toISOString() ?? article.publishedAt ?? isoNow(clock);
    await transition(ctx, article, { status: 'published', publishedAt, scheduledAt: null }, 'publish');
  }

  return {
    async list(ctx: RequestContext, input: unknown) {
      const actor = policy.assert(ctx.actor, 'write', ctx.actor?.organizationId ?? 0);
      const f = parseCommand(ArticleFilters, input);
      const page = f.page ?? 1;
      const result = await repo.searchAdmin(db, deps.dialect, {
        organizationId: actor.organizationId,
        q: f.q,
        status: f.status as ArticleStatus | undefined,
        categoryId: f.categoryId,
        authorId: f.authorId,
        fromInstant: vnDayBound('from', f.from, false),
        toInstant: vnDayBound('to', f.to, true),
        limit: ADMIN_PAGE_SIZE,
        offset: (page - 1) * ADMIN_PAGE_SIZE,
      });
      return { ...result, page, pageSize: ADMIN_PAGE_SIZE };
    },

    /** Articles per state in the actor's organization, for the dashboard. */
    async statusCounts(ctx: RequestContext) {
      const actor = policy.assert(ctx.actor, 'write', ctx.actor?.organizationId ?? 0);
      return repo.countByStatus(db, actor.organizationId);
    },

    async authors(ctx: RequestContext) {
      const actor = policy.assert(ctx.actor, 'write', ctx.actor?.organizationId ?? 0);
      return repo.listAuthors(db, actor.organizationId);
    },

    async get(ctx: RequestContext, id: number) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'write', article.organizationId);
      return article;
    },

    async create(ctx: RequestContext, input: unknown): Promise<number> {
      const actor = policy.assert(ctx.actor, 'write', ctx.actor?.organizationId ?? 0);
      const { note, ...content } = await contentOf(actor.organizationId, input);
      const slug = await uniqueSlug(content.title);
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertArticle(trx, { organizationId: actor.organizationId, slug, authorId: actor.id || null, authorName: actor.fullName, content }, isoNow(clock), tagSlug);
        await repo.insertRevision(trx, id, 1, { ...content, editorId: actor.id || null, editorName: actor.fullName, note: note || 'Tạo bài viết' }, isoNow(clock));
        await audit(trx, ctx, { action: 'create', subjectType: 'article', subjectId: id, organizationId: actor.organizationId, summary: content.title });
        return id;
      });
    },

    /** Every save is a new revision; a published article's public copy changes at once (approvers only). */
    async update(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFind(id);
      const actor = policy.assert(ctx.actor, 'edit', before);
      const { note, ...content } = await contentOf(before.organizationId, input);
      const revision = before.revision + 1;
      const category = await primaryCategorySlug({ organizationId: before.organizationId, categoryIds: content.categoryIds });
      await db.transaction().execute(async (trx) => {
        await repo.updateContent(trx, id, content, revision, isoNow(clock), tagSlug);
        await repo.insertRevision(trx, id, revision, { ...content, editorId: actor.id || null, editorName: actor.fullName, note }, isoNow(clock));
        const after = (await repo.findArticle(trx, id))!;
        if (after.status === 'published') await index(trx, after, category);
        const { bodyText: _ignored, ...visible } = content;
        await audit(trx, ctx, { action: 'update', subjectType: 'article', subjectId: id, organizationId: before.organizationId, summary: content.title, changes: diff(before, visible) });
      });
      if (before.status === 'published') onChange();
    },

    async submit(ctx: RequestContext, id: number) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'submit', article);
      await transition(ctx, article, { status: 'submitted' }, 'submit');
    },

    async publish(ctx: RequestContext, id: number, at?: Date) {
      await publishNow(ctx, await mustFind(id), at);
    },

    /** Publishes later: the article waits as "scheduled" and a queued job publishes it on time. */
    async schedule(ctx: RequestContext, id: number, input: unknown) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'publish', article);
      const v = parseCommand(ScheduleArticle, input);
      const day = parseVnDate(v.date);
      if (!day) throw new ValidationError({ date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.' });
      const [hours, minutes] = v.time.split(':').map(Number) as [number, number];
      const at = new Date(startOfVnDay(day).getTime() + (hours * 60 + minutes) * 60_000);
      if (at.getTime() <= clock.now().getTime()) throw new ValidationError({ date: 'Thời điểm đăng phải ở sau hiện tại.' });
      // The job in the same transaction: a scheduled article always has the job that publishes it.
      await transition(ctx, article, { status: 'scheduled', scheduledAt: at.toISOString() }, 'schedule', (trx) => jobs.enqueue(trx, PUBLISH_JOB, { articleId: id }, { runAt: at }));
      return at;
    },

    /** The job behind scheduling; a later unpublish or reschedule makes an old job a no-op. */
    async publishIfDue(ctx: RequestContext, articleId: number) {
      const article = await repo.findArticle(db, articleId);
      if (!article || article.status !== 'scheduled' || !article.scheduledAt || Date.parse(article.scheduledAt) > clock.now().getTime()) return false;
      await transition(ctx, article, { status: 'published', publishedAt: article.scheduledAt, scheduledAt: null }, 'publish');
      return true;
    },

    async returnToAuthor(ctx: RequestContext, id: number, input: unknown) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'return', article);
      const { reason } = parseCommand(ReturnArticle, input);
      await transition(ctx, article, { status: 'returned', returnReason: reason }, 'return');
    },

    async unpublish(ctx: RequestContext, id: number) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'unpublish', article);
      await transition(ctx, article, { status: 'unpublished', scheduledAt: null }, 'unpublish');
    },

    /** Publishes or unpublishes several articles; each is checked and audited on its own. */
    async bulk(ctx: RequestContext, input: unknown) {
      const v = parseCommand(BulkAction, input);
      let done = 0;
      for (const id of new Set(asArray(v.ids))) {
        const article = await mustFind(id);
        const allowed = policy.can(ctx.actor, v.action === 'publish' ? 'publish' : 'unpublish', article);
        if (!allowed) continue;
        if (v.action === 'publish') await publishNow(ctx, article);
        else await transition(ctx, article, { status: 'unpublished', scheduledAt: null }, 'unpublish');
        done++;
      }
      if (done === 0) throw new ForbiddenError('Không có bài viết nào đủ điều kiện cho thao tác này.');
      return done;
    },

    async revisions(ctx: RequestContext, id: number) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'write', article.organizationId);
      return repo.listRevisions(db, id);
    },

    async setCover(ctx: RequestContext, id: number, coverKey: string | null) {
      const article = await mustFind(id);
      policy.assert(ctx.actor, 'edit', article);
      await db.transaction().execute(async (trx) => {
        await repo.setCover(trx, id, coverKey, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'article', subjectId: id, organizationId: article.organizationId, summary: article.title, changes: { cover: [article.coverKey, coverKey] } });
      });
      if (article.status === 'published') onChange();
    },

    async attachments(articleId: number) {
      return repo.listAttachments(db, articleId);
    },

    async addAttachment(ctx: RequestContext, articleId: number, file: { storageKey: string; fileName: string; mime: string; size: number }) {
      const article = await mustFind(articleId);
      policy.assert(ctx.actor, 'edit', article);
      await db.transaction().execute(async (trx) => {
        const id = await repo.insertAttachment(trx, { articleId, ...file }, isoNow(clock));
        await audit(trx, ctx, { action: 'create', subjectType: 'attachment', subjectId: id, organizationId: article.organizationId, summary: file.fileName });
      });
      if (article.status === 'published') onChange();
    },

    async removeAttachment(ctx: RequestContext, attachmentId: number) {
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
      const article = await mustFind(attachment.articleId);
      policy.assert(ctx.actor, 'edit', article);
      await db.transaction().execute(async (trx) => {
        await repo.deleteAttachment(trx, attachmentId);
        await audit(trx, ctx, { action: 'delete', subjectType: 'attachment', subjectId: attachmentId, organizationId: article.organizationId, summary: attachment.fileName });
      });
      if (article.status === 'published') onChange();
      return attachment;
    },

    /** A published attachment, for public download. */
    async publicAttachment(id: number) {
      const attachment = await repo.findAttachment(db, id);
      const article = attachment ? await repo.findArticle(db, attachment.articleId) : null;
      if (!attachment || article?.status !== 'published') throw new NotFoundError('Không tìm thấy tệp.');
      return attachment;
    },

    // Public reads: only published articles of the portal's organization.
    published: (organizationId: number, slug: string) => repo.findPublishedBySlug(db, organizationId, slug),
    latest: (q: repo.PublishedQuery) => repo.listPublished(db, q),
    countLatest: (q: repo.PublishedQuery) => repo.countPublished(db, q),
    related: (article: repo.Article, limit = 5) => repo.listRelated(db, article, limit),
    excerptOf: (article: repo.Article) => article.sapo || excerpt(article.bodyText, 220),
  };
}
