import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { dayOfWeek, parseVnDate, vnDateKey } from '../../shared/dates.js';
import { computeHolidays } from '../../shared/holidays.js';
import { createWorkingCalendar, type WorkingCalendar } from '../../shared/working-days.js';
import { calendarPolicy as policy } from './calendar.policy.js';
import * as repo from './calendar.repo.js';
import { SaveDay } from './calendar.schema.js';

/** Years kept pre-filled around today, so deadlines near a year's end see the next year's Tết. */
const YEARS_AHEAD = 2;
const CACHE_MS = 60_000;

export type CalendarService = ReturnType<typeof createCalendarService>;

/**
 * The working-day calendar every deadline reads: Monday–Friday minus the days off in the
 * table, plus weekend days made working by a swap. The table is pre-filled by computation
 * (statutory holidays, Tết and Giỗ Tổ from the Vietnamese lunar calendar) and corrected by hand.
 */
export function createCalendarService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter }) {
  const { db, clock, audit } = deps;
  let cached: { calendar: WorkingCalendar; at: number } | null = null;

  return {
    /** Pre-fills the years around today that have never been computed; idempotent. */
    async ensurePrefilled(): Promise<number[]> {
      const year = Number(vnDateKey(clock.now()).slice(0, 4));
      const have = new Set(await repo.prefilledYears(db));
      const added: number[] = [];
      for (let y = year - 1; y <= year + YEARS_AHEAD; y++) {
        if (have.has(y)) continue;
        await db.transaction().execute((trx) => repo.insertComputed(trx, y, computeHolidays(y), isoNow(clock)));
        added.push(y);
      }
      if (added.length > 0) cached = null;
      return added;
    },

    async daysOf(year: number) {
      return repo.listDays(db, `${year}-01-01`, `${year}-12-31`);
    },

    /**
     * The calendar, re-read at most once a minute through `db`: never call it inside a transaction,
     * since on SQLite the transaction holds the one connection this would wait for.
     */
    async calendar(): Promise<WorkingCalendar> {
      if (cached && clock.now().getTime() - cached.at < CACHE_MS) return cached.calendar;
      const calendar = createWorkingCalendar(await repo.listDays(db));
      cached = { calendar, at: clock.now().getTime() };
      return calendar;
    },

    async saveDay(ctx: RequestContext, input: unknown) {
      policy.assert(ctx.actor, 'manage', null);
      const v = parseCommand(SaveDay, input);
      const date = parseVnDate(v.date);
      if (!date) throw new ValidationError({ date: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.' });
      const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
      if (v.kind === 'work' && !weekend) throw new ValidationError({ kind: 'Chỉ thứ Bảy hoặc Chủ nhật mới cần đánh dấu là ngày làm việc bù.' });
      const before = await repo.findDay(db, date);
      await db.transaction().execute(async (trx) => {
        await repo.upsertDay(trx, { date, kind: v.kind, name: v.name }, isoNow(clock));
        await audit(trx, ctx, { action: before ? 'update' : 'create', subjectType: 'calendar_day', subjectId: date, summary: v.name, changes: { before: before ?? null, kind: v.kind, name: v.name } });
      });
      cached = null;
      return date;
    },

    async removeDay(ctx: RequestContext, date: string) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await repo.findDay(db, date);
      if (!before) throw new NotFoundError('Không có ngày này trong lịch.');
      await db.transaction().execute(async (trx) => {
        await repo.deleteDay(trx, date);
        await audit(trx, ctx, { action: 'delete', subjectType: 'calendar_day', subjectId: date, summary: before.name, changes: before });
      });
      cached = null;
    },
  };
}
