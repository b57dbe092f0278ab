import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import type { Actor, RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError } from '../../platform/http/errors.js';
import type { Search } from '../../platform/search/search.js';
import type { Storage } from '../../platform/storage/storage.js';
import { attachmentsOf, findAttachment, type Attachment } from './feedback.attachments.js';
import { duplicatesOf, linkDuplicate, type Duplicates } from './feedback.duplicates.js';
import { feedbackPolicy as policy } from './feedback.policy.js';
import { relatedLink, suggestRelated, type RelatedRef } from './feedback.related.js';
import type { FeedbackCase } from './feedback.repo.js';

/** What the detail page shows around a case: its files (only to who may see personal data), the related page, duplicates. */
export type CaseLinks = { attachments: Attachment[] | null; related: RelatedRef | null; duplicates: Duplicates };

/**
 * The links of a case, for the feedback service (`feedback.links`): attachments to download,
 * the related procedure or document, and duplicates. The service lends its case lookup and the
 * acting user (the system acts for the portal's organization).
 */
export function createFeedbackLinks(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditWriter;
  search: Search;
  storage: Storage;
  mustFind: (id: number) => Promise<FeedbackCase>;
  actorOf: (ctx: RequestContext) => Promise<Actor | null>;
}) {
  const { db, clock, audit, search, storage, mustFind, actorOf } = deps;
  const links = {
    /** The case's links; its files only for holders of feedback.handle/approve (the caller audits the view of the page). */
    async ofCase(ctx: RequestContext, c: FeedbackCase): Promise<CaseLinks> {
      return {
        attachments: policy.can(await actorOf(ctx), 'viewPersonal', c.organizationId) ? await attachmentsOf(db, c.id) : null,
        related: await links.related(c.id),
        duplicates: await duplicatesOf(db, c.id),
      };
    },

    /** The related page of a case, for the published answer and the lookup page. */
    async related(feedbackId: number) {
      const row = await db.selectFrom('feedback').select(['related_type', 'related_id']).where('id', '=', feedbackId).executeTakeFirst();
      return relatedLink(db, row?.related_type ?? null, row?.related_id ?? null);
    },

    /** The names of a case's files, for its submitter on the lookup page. */
    async fileNames(feedbackId: number) {
      return (await attachmentsOf(db, feedbackId)).map((a) => a.fileName);
    },

    suggest: (q: string) => suggestRelated(db, search, q),

    /**
     * A submitted file, for staff who may see the submitter's personal data; every download is
     * written to the audit log like a view of that data.
     */
    async download(ctx: RequestContext, attachmentId: number): Promise<Attachment & { stream: Readable }> {
      const file = await findAttachment(db, attachmentId);
      if (!file) throw new NotFoundError('Không tìm thấy tệp đính kèm (có thể đã được xóa cùng dữ liệu cá nhân của người gửi).');
      const c = await mustFind(file.feedbackId);
      policy.assert(await actorOf(ctx), 'viewPersonal', c.organizationId);
      if (!(await storage.exists(file.storageKey))) throw new NotFoundError('Tệp đính kèm không còn trong kho lưu trữ.');
      await audit(db, ctx, { action: 'feedback.attachment_view', subjectType: 'feedback', subjectId: c.id, organizationId: c.organizationId, summary: `${c.code}: tải tệp đính kèm của người gửi` });
      return { ...file, stream: await storage.read(file.storageKey) };
    },

    async linkDuplicate(ctx: RequestContext, id: number, input: unknown) {
      const c = await mustFind(id);
      const actor = policy.assert(await actorOf(ctx), 'handle', c.organizationId);
      await linkDuplicate({ db, audit, now: isoNow(clock) }, ctx, actor, c, input);
    },
  };
  return links;
}
