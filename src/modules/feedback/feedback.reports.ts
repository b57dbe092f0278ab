import type { Kysely } from 'kysely';
import Type from 'typebox';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { dateKey, formatDate, parseVnDate, vnDateKey, type DateKey } from '../../shared/dates.js';
import { compareVi } from '../../shared/text.js';
import type { WorkingCalendar } from '../../shared/working-days.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { RegisterRow } from './feedback.export.js';
import { feedbackPolicy as policy } from './feedback.policy.js';
import * as repo from './feedback.repo.js';
import { portalOf } from './feedback.settings.js';

/**
 * The desk's report for a period. Pure over the cases and the calendar, so the page, the downloads
 * and the tests agree on every number:
 * - received: cases received in the period (by the Hà Nội day of receipt);
 * - answered: cases whose answer went out in the period; on time when it went out by the answer
 *   deadline the case was given;
 * - average working days: from the day of receipt to the day of the answer, in working days of the
 *   platform calendar (weekends, holidays and Tết do not count; pauses for more information do).
 * By month, a case counts in the month it was received and in the month it was answered.
 */

export type Figures = { received: number; answered: number; onTime: number; late: number; workingDays: number };
export type Derived = Figures & { onTimeRate: number | null; averageWorkingDays: number | null };
export type MonthFigures = Derived & { year: number; month: number };
export type GroupFigures = Derived & { name: string };

export type ReportPeriod = { from: DateKey; to: DateKey; label: string };

export type FeedbackReport = {
  period: ReportPeriod;
  total: Derived;
  months: MonthFigures[];
  fields: GroupFigures[];
  units: GroupFigures[];
  /** Every case received or answered in the period, with the first time of each step. */
  cases: RegisterRow[];
};

export const NO_UNIT = 'Chưa giao đơn vị';
export const NO_FIELD = 'Chưa phân lĩnh vực';

const zero = (): Figures => ({ received: 0, answered: 0, onTime: 0, late: 0, workingDays: 0 });

export const derive = (f: Figures): Derived => ({
  ...f,
  onTimeRate: f.answered > 0 ? f.onTime / f.answered : null,
  averageWorkingDays: f.answered > 0 ? f.workingDays / f.answered : null,
});

/** Each month the period touches, in order, so a quiet month shows as zero rather than missing. */
function monthsOf(period: ReportPeriod) {
  const months: { year: number; month: number }[] = [];
  const end = Number(period.to.slice(0, 4)) * 12 + Number(period.to.slice(5, 7)) - 1;
  for (let i = Number(period.from.slice(0, 4)) * 12 + Number(period.from.slice(5, 7)) - 1; i <= end; i++) months.push({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  return months;
}

export function buildReport(rows: readonly RegisterRow[], cal: WorkingCalendar, period: ReportPeriod): FeedbackReport {
  const within = (day: DateKey | null) => day !== null && day >= period.from && day <= period.to;
  const total = zero();
  const byMonth = new Map(monthsOf(period).map((m) => [`${m.year}-${String(m.month).padStart(2, '0')}`, zero()]));
  const byField = new Map<string, Figures>();
  const byUnit = new Map<string, Figures>();
  const group = (map: Map<string, Figures>, name: string) => map.get(name) ?? map.set(name, zero()).get(name)!;
  const cases: RegisterRow[] = [];

  for (const row of rows) {
    const c = row.case;
    const receivedOn = vnDateKey(c.receivedAt);
    const answeredOn = c.answeredAt ? vnDateKey(c.answeredAt) : null;
    const received = within(receivedOn);
    const answered = within(answeredOn);
    if (!received && !answered) continue;
    cases.push(row);
    const groups = [total, group(byField, c.fieldName || NO_FIELD), group(byUnit, c.unitName || NO_UNIT)];
    if (received) for (const f of [...groups, byMonth.get(receivedOn.slice(0, 7))!]) f.received++;
    if (answered) {
      const onTime = c.answerDueOn !== null && answeredOn! <= c.answerDueOn;
      const days = Math.max(0, cal.workingDaysBetween(receivedOn, answeredOn!));
      for (const f of [...groups, byMonth.get(answeredOn!.slice(0, 7))!]) {
        f.answered++;
        if (onTime) f.onTime++;
        else f.late++;
        f.workingDays += days;
      }
    }
  }

  const named = (map: Map<string, Figures>) => [...map.entries()].map(([name, f]) => ({ name, ...derive(f) })).sort((a, b) => compareVi(a.name, b.name));
  return {
    period,
    total: derive(total),
    months: [...byMonth.entries()].map(([key, f]) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), ...derive(f) })),
    fields: named(byField),
    units: named(byUnit),
    cases,
  };
}

export const ReportFilters = Type.Object({
  nam: Type.Optional(Type.Integer({ title: 'Năm', minimum: 2000, maximum: 2100, errorMessage: 'Năm phải là số có 4 chữ số, ví dụ 2027.' })),
  tu: Type.Optional(Type.String({ title: 'Từ ngày', maxLength: 10 })),
  den: Type.Optional(Type.String({ title: 'Đến ngày', maxLength: 10 })),
});

/** The longest range a report covers: ten years of months is already a long table. */
const MAX_RANGE_DAYS = 3660;

/**
 * The period asked for: a date range (dd/mm/yyyy; one end alone runs to today or from the start of
 * its year), else a year, else the current year.
 */
export function parsePeriod(input: unknown, today: DateKey): ReportPeriod {
  const v = parseCommand(ReportFilters, input);
  if (v.tu || v.den) {
    const to = v.den ? parseVnDate(v.den) : today;
    const from = v.tu ? parseVnDate(v.tu) : to && dateKey(Number(to.slice(0, 4)), 1, 1);
    const errors: Record<string, string> = {};
    if (v.tu && !from) errors.tu = 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.';
    if (v.den && !to) errors.den = 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.';
    if (from && to && from > to) errors.den = 'Đến ngày phải sau hoặc bằng từ ngày.';
    if (from && to && Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) errors.den = 'Khoảng thời gian báo cáo tối đa 10 năm.';
    if (Object.keys(errors).length > 0 || !from || !to) throw new ValidationError(errors);
    return { from, to, label: `từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}` };
  }
  const year = v.nam ?? Number(today.slice(0, 4));
  return { from: dateKey(year, 1, 1), to: dateKey(year, 12, 31), label: `năm ${year}` };
}

export type FeedbackReportsService = ReturnType<typeof createFeedbackReportsService>;

/** Reports for officers and leaders (the inbox's readers); no personal data in any figure or row. */
export function createFeedbackReportsService(deps: { db: Kysely<DB>; clock: Clock; calendar: CalendarService; organizations: OrganizationsService }) {
  const { db, clock, calendar } = deps;
  const portal = portalOf(deps.organizations);
  return {
    /** The report of the period a filter form asks for; an invalid one throws ValidationError with a message per field. */
    async report(ctx: RequestContext, input: unknown) {
      const organizationId = await portal();
      policy.assert(ctx.actor, 'read', organizationId);
      const period = parsePeriod(input, vnDateKey(clock.now()));
      const times = await repo.stepTimes(db, organizationId);
      const rows = (await repo.allCases(db, organizationId)).map((c) => ({ case: c, times: times.get(c.id) ?? {} }));
      return buildReport(rows, await calendar.calendar(), period);
    },
  };
}
