import type { Kysely } from 'kysely';
import Type from 'typebox';
import type { Actor, RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import type { DB } from '../../platform/db/schema.js';
import { ConflictError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import * as repo from './feedback.repo.js';
import type { FeedbackState } from './feedback.schema.js';

export const LinkDuplicate = Type.Object({
  originalCode: Type.String({ title: 'Mã tra cứu của phản ánh gốc', minLength: 5, maxLength: 40, requiredMessage: 'Vui lòng nhập mã tra cứu của phản ánh, kiến nghị gốc, ví dụ PA-2026-000123.' }),
  reason: Type.String({ title: 'Lý do', minLength: 5, maxLength: 2000 }),
});

export type CaseRef = { id: number; code: string; title: string; status: FeedbackState };
export type DuplicateLink = { case: CaseRef; reason: string; linkedAt: string; actorName: string };
/** Both directions: the original this case repeats, and the later cases that repeat this one. */
export type Duplicates = { original: DuplicateLink | null; duplicates: DuplicateLink[] };

const earlier = (a: repo.FeedbackCase, b: repo.FeedbackCase) => a.receivedAt < b.receivedAt || (a.receivedAt === b.receivedAt && a.id < b.id);

/** The other side of each link of a case: the original it repeats (`d.feedback_id` = the case) or its duplicates. */
function linked(db: Kysely<DB>, side: 'feedback_id' | 'original_id', feedbackId: number) {
  const other = side === 'feedback_id' ? 'd.original_id' : 'd.feedback_id';
  return db
    .selectFrom('feedback_duplicates as d')
    .innerJoin('feedback as f', 'f.id', other)
    .select(['d.reason', 'd.linked_at', 'd.actor_name', 'f.id', 'f.code', 'f.title', 'f.status'])
    .where(`d.${side}`, '=', feedbackId)
    .orderBy('d.linked_at')
    .execute();
}

export async function duplicatesOf(db: Kysely<DB>, feedbackId: number): Promise<Duplicates> {
  const link = (r: Awaited<ReturnType<typeof linked>>[number]): DuplicateLink => ({
    case: { id: r.id, code: r.code, title: r.title, status: r.status as FeedbackState },
    reason: r.reason,
    linkedAt: r.linked_at,
    actorName: r.actor_name,
  });
  const [original] = await linked(db, 'feedback_id', feedbackId);
  return { original: original ? link(original) : null, duplicates: (await linked(db, 'original_id', feedbackId)).map(link) };
}

/**
 * Marks `c` as repeating an earlier case, found by its tracking code. The link does not close `c`
 * (NĐ 20/2008 Điều 9 classifies by validity and competence, not by repetition; every sender is
 * answered): the officer handles and answers it as usual, pointing to the original's answer. One
 * original per case; an original is never a duplicate and a duplicate never an original, so links do
 * not chain. Audited, with an event on both timelines, in one transaction.
 */
export async function linkDuplicate(deps: { db: Kysely<DB>; audit: AuditWriter; now: string }, ctx: RequestContext, actor: Actor, c: repo.FeedbackCase, input: unknown) {
  const { db, audit, now } = deps;
  const v = parseCommand(LinkDuplicate, input);
  const code = v.originalCode.trim().toUpperCase();
  const found = await repo.findByCode(db, code);
  const original = found ? await repo.findCase(db, found.id) : null;
  if (!original || original.organizationId !== c.organizationId) throw new ValidationError({ originalCode: `Không tìm thấy phản ánh, kiến nghị có mã tra cứu ${code}.` });
  if (original.id === c.id) throw new ValidationError({ originalCode: 'Không thể đánh dấu một phản ánh, kiến nghị trùng với chính nó.' });
  if (!earlier(original, c)) throw new ValidationError({ originalCode: `Phản ánh gốc phải được tiếp nhận trước phản ánh này; ${original.code} được tiếp nhận sau.` });
  const originalLinks = await duplicatesOf(db, original.id);
  if (originalLinks.original) {
    throw new ValidationError({ originalCode: `${original.code} đã được đánh dấu trùng với ${originalLinks.original.case.code}; vui lòng liên kết với ${originalLinks.original.case.code}.` });
  }
  const own = await duplicatesOf(db, c.id);
  if (own.duplicates.length > 0) {
    throw new ValidationError({ originalCode: `Phản ánh này đã là phản ánh gốc của ${own.duplicates.map((d) => d.case.code).join(', ')}; không thể đánh dấu nó trùng với phản ánh khác.` });
  }
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('feedback_duplicates')
      .values({ feedback_id: c.id, original_id: original.id, reason: v.reason, linked_at: now, actor_id: actor.id || null, actor_name: actor.fullName })
      .onConflict((oc) => oc.column('feedback_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new ConflictError('Phản ánh này đã được đánh dấu trùng với một phản ánh khác.');
    await repo.addEvent(trx, {
      feedbackId: c.id,
      at: now,
      kind: 'duplicate',
      public: true,
      text: 'Nội dung trùng với một phản ánh, kiến nghị đã được tiếp nhận trước đó; cơ quan xem xét và trả lời cùng với phản ánh, kiến nghị đó.',
      actorId: actor.id || null,
      actorName: actor.fullName,
    });
    await repo.addEvent(trx, { feedbackId: original.id, at: now, kind: 'duplicateLinked', public: false, text: `Phản ánh ${c.code} được đánh dấu trùng với phản ánh này. Lý do: ${v.reason}`, actorId: actor.id || null, actorName: actor.fullName });
    await audit(trx, ctx, { action: 'feedback.duplicate', subjectType: 'feedback', subjectId: c.id, organizationId: c.organizationId, summary: `${c.code} trùng với ${original.code}`, changes: { originalId: original.id, reason: v.reason } });
  });
}
