import type { Kysely } from 'kysely';
import { systemContext } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { nextDailyAt, type RecurringJob } from '../../platform/jobs/recurring.js';
import type { FeedbackService } from './feedback.service.js';
import { feedbackSettings } from './feedback.settings.js';
import type { FeedbackState } from './feedback.schema.js';

export const RETENTION_JOB = 'feedback.retention';
/** Cases erased per run: each is its own transaction, and a backlog is worked off by follow-up runs. */
export const RETENTION_BATCH = 100;
/** At night in Hà Nội, away from office hours. */
const SWEEP_TIME = '02:00';

const CLOSED: FeedbackState[] = ['rejected', 'forwarded', 'answered', 'published'];
/** The steps that close a case; a reopened case closes again with its new answer. */
const CLOSING: FeedbackState[] = ['rejected', 'forwarded', 'answered'];

/** The instant `months` calendar months before `now` (31/03 less one month is 03/03 at worst: a few days' grace). */
function monthsBefore(now: Date, months: number) {
  const at = new Date(now);
  at.setUTCMonth(at.getUTCMonth() - months);
  return at.toISOString();
}

/**
 * Closed cases of the organization still holding personal data whose last closing step is before
 * `closedBefore`, oldest first. Erased cases drop out, which makes the sweep idempotent.
 */
export async function expiredCases(db: Kysely<DB>, organizationId: number, closedBefore: string, limit: number) {
  const rows = await db
    .selectFrom('feedback as f')
    .select('f.id')
    .where('f.organization_id', '=', organizationId)
    .where('f.status', 'in', CLOSED)
    .where('f.personal_erased_at', 'is', null)
    .where((eb) =>
      eb(
        eb.selectFrom('feedback_events as e').select((s) => s.fn.max('e.at').as('closed')).whereRef('e.feedback_id', '=', 'f.id').where('e.kind', 'in', CLOSING),
        '<',
        closedBefore,
      ),
    )
    .orderBy('f.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * The nightly sweep of the retention setting: the personal data of cases closed longer ago than the
 * period is erased through the same routine as an erasure on request (content and timeline kept),
 * each audited `feedback.personal_erase` with the system as the actor. A period of 0 keeps everything.
 */
export function retentionJob(deps: { db: Kysely<DB>; clock: Clock; feedback: FeedbackService; portalOrganizationId: () => Promise<number | null> }): RecurringJob {
  const { db, clock, feedback } = deps;
  return {
    kind: RETENTION_JOB,
    next: async (after) => nextDailyAt(after, SWEEP_TIME),
    async run() {
      const organizationId = await deps.portalOrganizationId();
      if (!organizationId) return false;
      const { retentionMonths } = await feedbackSettings(db, organizationId);
      if (retentionMonths === 0) return false;
      const ids = await expiredCases(db, organizationId, monthsBefore(clock.now(), retentionMonths), RETENTION_BATCH);
      const ctx = systemContext('thời gian lưu dữ liệu cá nhân');
      for (const id of ids) {
        await feedback.erasePersonal(ctx, id, { reason: `Hết thời gian lưu ${retentionMonths} tháng sau khi kết thúc (xóa tự động).` });
      }
      return ids.length === RETENTION_BATCH;
    },
  };
}
