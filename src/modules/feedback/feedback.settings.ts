import type { Kysely } from 'kysely';
import Type from 'typebox';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { feedbackPolicy as policy } from './feedback.policy.js';

/**
 * The desk's settings: its deadlines in working days of the platform calendar (weekends, holidays,
 * Tết; a period starts the day after its event, BLDS 2015 Điều 147) and the retention period of
 * personal data. Each shows its basis beside it; the values here are the defaults until an
 * administrator or a leader saves others at `/admin/feedback/cai-dat`.
 */
export const DEADLINES = {
  /** Verified: NĐ 20/2008/NĐ-CP Điều 9 khoản 1 điểm d — a PAKN outside competence is forwarded within 05 working days of receipt (REFERENCE §2.4). */
  classify: {
    label: 'Thời hạn phân loại',
    workingDays: 5,
    counted: 'Tính từ ngày tiếp nhận',
    basis: 'Nghị định 20/2008/NĐ-CP, Điều 9 khoản 1 điểm d (chuyển trong 05 ngày làm việc kể từ ngày tiếp nhận)',
    verified: true,
  },
  /**
   * Unverified (REFERENCE §2.4): a provincial catalogue gives 15 working days from receipt citing NĐ 20/2008
   * and NĐ 92/2017; this installation answers within 10 working days of acceptance, as the product owner asked.
   */
  answer: {
    label: 'Thời hạn trả lời',
    workingDays: 10,
    counted: 'Tính từ ngày thụ lý; tạm dừng khi chờ người gửi bổ sung thông tin',
    basis: 'Quy chế của cơ quan (chưa đối chiếu văn bản; tham khảo Nghị định 20/2008/NĐ-CP và Nghị định 92/2017/NĐ-CP)',
    verified: false,
  },
  /** Not a legal deadline: when the assignee is reminded, and what the daily digest calls "due soon". */
  remind: {
    label: 'Nhắc hạn trước',
    workingDays: 2,
    counted: 'Trước hạn phân loại và hạn trả lời; thư tổng hợp hằng ngày coi phản ánh đến hạn trong số ngày này là sắp đến hạn',
    basis: 'Quy chế của cơ quan: nhắc cán bộ xử lý trước khi đến hạn phân loại hoặc hạn trả lời (không có quy định pháp luật)',
    verified: false,
  },
} as const;

export type DeadlineKey = keyof typeof DEADLINES;
export const DEADLINE_KEYS = Object.keys(DEADLINES) as DeadlineKey[];

export const RETENTION = {
  label: 'Thời gian lưu dữ liệu cá nhân sau khi kết thúc',
  months: 24,
  basis:
    'Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15, Điều 3 (dữ liệu cá nhân chỉ được lưu trong thời gian phù hợp với mục đích xử lý); hồ sơ PAKN còn theo pháp luật về lưu trữ. Số tháng do cơ quan quyết định.',
} as const;

export type FeedbackSettings = Record<DeadlineKey, number> & { retentionMonths: number };

const days = (title: string) =>
  Type.Integer({ title, minimum: 1, maximum: 60, requiredMessage: `Vui lòng nhập ${title.toLowerCase()} (số ngày làm việc).`, errorMessage: `${title} phải là số nguyên từ 1 đến 60 ngày làm việc.` });

export const SaveSettings = Type.Object({
  classify: days(DEADLINES.classify.label),
  answer: days(DEADLINES.answer.label),
  remind: days(DEADLINES.remind.label),
  retentionMonths: Type.Integer({
    title: RETENTION.label,
    minimum: 0,
    maximum: 600,
    requiredMessage: 'Vui lòng nhập số tháng lưu dữ liệu cá nhân (0 là lưu không thời hạn).',
    errorMessage: 'Thời gian lưu phải là số nguyên từ 0 đến 600 tháng (0 là lưu không thời hạn).',
  }),
});

export const DEFAULT_SETTINGS: FeedbackSettings = {
  classify: DEADLINES.classify.workingDays,
  answer: DEADLINES.answer.workingDays,
  remind: DEADLINES.remind.workingDays,
  retentionMonths: RETENTION.months,
};

/**
 * Per organization, one key in the installation's settings table (the table has no organization
 * column; the key carries it). The feedback desk belongs to the portal's organization.
 */
const settingKey = (organizationId: number) => `feedback.settings.${organizationId}`;

/** The deadlines and retention in force for an organization: what was saved, the defaults for anything not. */
export async function feedbackSettings(db: Kysely<DB>, organizationId: number): Promise<FeedbackSettings> {
  const saved = await readSetting<Partial<FeedbackSettings>>(db, settingKey(organizationId));
  return { ...DEFAULT_SETTINGS, ...saved };
}

/** The organization whose desk the portal runs (the desk's reports, settings and digest belong to it). */
export const portalOf = (organizations: OrganizationsService) => async () => {
  const id = await organizations.portalOrganizationId();
  if (!id) throw new NotFoundError('Cổng thông tin chưa được cấu hình cơ quan tiếp nhận phản ánh, kiến nghị.');
  return id;
};

export type FeedbackSettingsService = ReturnType<typeof createFeedbackSettingsService>;

/** The settings page's commands: administrators and leaders (feedback.approve) change them, audited. */
export function createFeedbackSettingsService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; organizations: OrganizationsService }) {
  const { db, clock, audit } = deps;
  const portal = portalOf(deps.organizations);
  return {
    async get(ctx: RequestContext) {
      const organizationId = await portal();
      policy.assert(ctx.actor, 'configure', organizationId);
      return feedbackSettings(db, organizationId);
    },

    /** New values apply to deadlines set from now on; a case keeps the deadline it was given. */
    async save(ctx: RequestContext, input: unknown) {
      const organizationId = await portal();
      policy.assert(ctx.actor, 'configure', organizationId);
      const next: FeedbackSettings = parseCommand(SaveSettings, input);
      const before = await feedbackSettings(db, organizationId);
      const changes = diff(before, next);
      await db.transaction().execute(async (trx) => {
        await writeSetting(trx, settingKey(organizationId), next, isoNow(clock));
        await audit(trx, ctx, { action: 'feedback.settings', subjectType: 'feedback_settings', subjectId: organizationId, organizationId, summary: 'Cập nhật thời hạn và thời gian lưu dữ liệu phản ánh, kiến nghị', changes });
      });
      return next;
    },
  };
}
