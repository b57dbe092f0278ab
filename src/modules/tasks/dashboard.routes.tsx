import type { FastifyInstance } from 'fastify';
import { requireActor } from '../../platform/auth/session-plugin.js';
import { idParam } from '../../platform/http/params.js';
import type { ModuleOptions } from '../module.js';
import { budgetChart, progressChart } from './dashboard.charts.js';
import { DashboardPage } from './dashboard.views.js';

type PlanParams = { Params: { planId: string } };

/** The dashboard of a plan for leaders, the Office and the supervising agency. */
export async function dashboardRoutes(app: FastifyInstance, { services }: ModuleOptions) {
  const { tasks, budget } = services;
  app.addHook('onRequest', requireActor);

  app.get<PlanParams>('/admin/plans/:planId/tong-quan', async (request, reply) => {
    const planId = idParam(request.params.planId);
    const overview = await tasks.overview(request.ctx, planId);
    const money = await budget.overview(request.ctx, planId);
    const charts = {
      topics: progressChart('chart-topics', 'nội dung tuyên truyền', overview.byTopic),
      channels: progressChart('chart-channels', 'hình thức tuyên truyền', overview.byChannel),
      units: progressChart('chart-units', 'đơn vị chủ trì', overview.byUnit),
      budget: money.lines.length > 0 ? budgetChart(money.lines) : null,
    };
    return reply.render(<DashboardPage ctx={await reply.viewContext()} model={{ overview, budget: money, charts }} />);
  });
}
