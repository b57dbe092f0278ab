import type { RequestContext } from '../../platform/auth/actor.js';
import { requireActor } from '../../platform/auth/session-plugin.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatNumberVi } from '../../shared/money.js';
import { formatDate, vnDateKey } from '../../shared/dates.js';
import type { Services } from '../../services.js';
import type { Module, ModuleNav } from '../module.js';

/** One figure on the back-office home; modules contribute theirs as they land. */
export type DashboardCard = { title: string; value: string; meta?: string; href?: string };

async function contentCards(services: Services, ctx: RequestContext): Promise<DashboardCard[]> {
  if (!ctx.actor?.permissions.has('content.write')) return [];
  const counts = await services.articles.statusCounts(ctx);
  return [
    { title: 'Bài chờ duyệt', value: formatNumberVi(counts.submitted ?? 0), href: '/admin/articles?status=submitted' },
    { title: 'Bài đã đăng', value: formatNumberVi(counts.published ?? 0), meta: `${counts.scheduled ?? 0} bài hẹn giờ đăng`, href: '/admin/articles?status=published' },
  ];
}

async function platformCards(services: Services): Promise<DashboardCard[]> {
  const today = vnDateKey(services.clock.now());
  const calendar = await services.calendar.calendar();
  const queued = (await services.jobs.depth()).queued ?? 0;
  return [
    { title: 'Người dùng đang hoạt động', value: formatNumberVi(await services.users.count('active')), href: '/admin/users' },
    { title: 'Cơ quan', value: formatNumberVi((await services.organizations.options()).length), href: '/admin/organizations' },
    { title: 'Đơn vị', value: formatNumberVi((await services.organizations.allUnits()).length), href: '/admin/organizations' },
    {
      title: 'Ngày làm việc tiếp theo',
      value: formatDate(calendar.nextWorkingDay(today)),
      meta: `Hôm nay ${formatDate(today)}${calendar.isWorkingDay(today) ? ' là ngày làm việc' : ' là ngày nghỉ'}`,
      href: '/admin/calendar',
    },
    { title: 'Thư, việc nền đang chờ', value: formatNumberVi(queued) },
  ];
}

function DashboardPage({ ctx, cards }: { ctx: ViewContext; cards: DashboardCard[] }) {
  return (
    <AdminLayout title="Tổng quan" ctx={ctx}>
      <h1>Xin chào, {ctx.actor?.fullName}</h1>
      <p class="lead">Tổng quan công tác tuyên truyền cải cách hành chính của {ctx.site.name}.</p>
      <ul class="cards">
        {cards.map((card) => (
          <li class="card" key={card.title}>
            <p class="card__title">{card.href ? <a href={card.href}>{card.title}</a> : card.title}</p>
            <p class="card__value">{card.value}</p>
            {card.meta && <p class="card__meta">{card.meta}</p>}
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}

export const dashboardModule: Module = async (app, { services }) => {
  app.addHook('onRequest', requireActor);
  app.get('/admin', async (request, reply) => {
    const overview = request.actor!.permissions.has('dashboard.view') || request.actor!.permissions.has('users.manage');
    const cards = [...(await contentCards(services, request.ctx)), ...(overview ? await platformCards(services) : [])];
    return reply.render(<DashboardPage ctx={await reply.viewContext()} cards={cards} />);
  });
};

export const dashboardNav: ModuleNav = [{ href: '/admin', label: 'Tổng quan', group: 'Chung', permission: 'backoffice.access' }];
