import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { submitForm } from '../../platform/http/web.js';
import { emptyForm, type FormState } from '../../platform/views/components/form.js';
import { vnDateKey } from '../../shared/dates.js';
import type { Module, ModuleNav } from '../module.js';
import { calendarPolicy } from './calendar.policy.js';
import { CalendarPage } from './calendar.views.js';

const yearOf = (value: unknown, fallback: number) => {
  const year = Number(value);
  return Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : fallback;
};

export const calendarModule: Module = async (app, { services }) => {
  const { calendar } = services;
  app.addHook('onRequest', requireActor);

  async function page(request: FastifyRequest, reply: FastifyReply, year: number, form: FormState) {
    const canManage = calendarPolicy.can(request.actor, 'manage', null);
    return <CalendarPage ctx={await reply.viewContext()} year={year} days={await calendar.daysOf(year)} form={form} canManage={canManage} />;
  }

  const thisYear = () => Number(vnDateKey(services.clock.now()).slice(0, 4));

  app.get<{ Querystring: { year?: string } }>('/admin/calendar', async (request, reply) =>
    reply.render(await page(request, reply, yearOf(request.query.year, thisYear()), emptyForm({ kind: 'off' }))),
  );

  app.post<{ Body: Record<string, string> }>('/admin/calendar', async (request, reply) =>
    submitForm(request, reply, {
      run: () => calendar.saveDay(request.ctx, request.body),
      invalid: (form) => page(request, reply, thisYear(), form),
      done: (date) => reply.flash('success', 'Đã lưu ngày vào lịch.').redirect(`/admin/calendar?year=${date.slice(0, 4)}`, 303),
    }),
  );

  app.post<{ Params: { date: string } }>('/admin/calendar/:date/delete', async (request, reply) => {
    await calendar.removeDay(request.ctx, request.params.date);
    return reply.flash('success', 'Đã xóa ngày khỏi lịch.').redirect(`/admin/calendar?year=${request.params.date.slice(0, 4)}`, 303);
  });
};

export const calendarNav: ModuleNav = [{ href: '/admin/calendar', label: 'Lịch ngày làm việc', group: 'Hệ thống', permission: 'calendar.manage' }];
