import { ChartFigure } from '../../platform/views/components/chart-figure.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { formatDong } from '../../shared/money.js';
import type { BudgetService } from './budget.service.js';
import { BudgetLinesTable } from './budget.views.js';
import { rowName, type budgetChart, type progressChart } from './dashboard.charts.js';
import { EXECUTION_STYLES, PlanHeader, Progress, resultText, taskPath } from './plan.views.js';
import type { ProgressRow, TasksService } from './tasks.service.js';

type Chart = ReturnType<typeof progressChart> | ReturnType<typeof budgetChart>;

export type DashboardModel = {
  overview: Awaited<ReturnType<TasksService['overview']>>;
  budget: Awaited<ReturnType<BudgetService['overview']>>;
  charts: { topics: Chart; channels: Chart; units: Chart; budget: Chart | null };
};

function ProgressTable({ caption, head, rows }: { caption: string; head: string; rows: readonly ProgressRow[] }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" class="num">
            Số nhiệm vụ
          </th>
          <th scope="col" class="num">
            Tiến độ
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.code}-${r.label}`}>
            <th scope="row">{rowName(r)}</th>
            <td class="num">{r.tasks}</td>
            <td class="num">{r.percent === null ? '—' : `${r.percent}%`}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

const percentOf = (part: number, whole: number) => (whole > 0 ? `${Math.round((part * 100) / whole)}%` : '—');

/** `/admin/plans/:planId/tong-quan`: progress by topic, channel and unit, overdue tasks, dissemination and budget use. */
export function DashboardPage({ ctx, model }: { ctx: ViewContext; model: DashboardModel }) {
  const { overview, budget, charts } = model;
  const { plan } = overview;
  return (
    <AdminLayout title={`Tổng quan — ${plan.title}`} ctx={ctx} extras={EXECUTION_STYLES}>
      <PlanHeader plan={plan} heading="Tổng quan thực hiện kế hoạch" tab="overview" />
      <ul class="cards" aria-label="Số liệu chính">
        <li class="card">
          <p class="card__title">Tiến độ chung</p>
          <p class="card__value" id="overall-progress">
            {overview.overall === null ? '—' : `${overview.overall}%`}
          </p>
          <p class="card__meta">Trung bình tiến độ của {overview.taskCount} nhiệm vụ</p>
        </li>
        <li class="card">
          <p class="card__title">Nhiệm vụ đã hoàn thành</p>
          <p class="card__value">
            {overview.done}/{overview.taskCount}
          </p>
        </li>
        <li class="card">
          <p class="card__title">Nhiệm vụ quá hạn</p>
          <p class="card__value">{overview.overdue.length}</p>
        </li>
        <li class="card">
          <p class="card__title">Đơn vị đã phổ biến kế hoạch</p>
          <p class="card__value">
            {overview.disseminated.length}/{overview.disseminated.length + overview.notDisseminated.length}
          </p>
        </li>
        <li class="card">
          <p class="card__title">Kinh phí đã chi</p>
          <p class="card__value">{percentOf(budget.spent, budget.planned)}</p>
          <p class="card__meta">
            {formatDong(budget.spent)} / {formatDong(budget.planned)}
          </p>
        </li>
      </ul>

      <h2>Tiến độ theo nội dung tuyên truyền (mục II)</h2>
      <ChartFigure id="figure-topics" caption="Tiến độ theo nội dung tuyên truyền" chart={charts.topics}>
        <ProgressTable caption="Tiến độ theo nội dung tuyên truyền" head="Nội dung" rows={overview.byTopic} />
      </ChartFigure>

      <h2>Tiến độ theo hình thức tuyên truyền (mục III)</h2>
      <ChartFigure id="figure-channels" caption="Tiến độ theo hình thức tuyên truyền" chart={charts.channels}>
        <ProgressTable caption="Tiến độ theo hình thức tuyên truyền" head="Hình thức" rows={overview.byChannel} />
      </ChartFigure>

      <h2>Tiến độ theo đơn vị chủ trì</h2>
      <ChartFigure id="figure-units" caption="Tiến độ theo đơn vị chủ trì" chart={charts.units}>
        <ProgressTable caption="Tiến độ theo đơn vị chủ trì" head="Đơn vị" rows={overview.byUnit} />
      </ChartFigure>

      <h2>Nhiệm vụ quá hạn</h2>
      {overview.overdue.length === 0 ? (
        <p class="notice notice--success">Không có nhiệm vụ quá hạn.</p>
      ) : (
        <DataTable caption="Nhiệm vụ quá hạn">
          <thead>
            <tr>
              <th scope="col">Nhiệm vụ</th>
              <th scope="col">Hạn</th>
              <th scope="col" class="num">
                Kết quả/chỉ tiêu
              </th>
              <th scope="col">Tiến độ</th>
            </tr>
          </thead>
          <tbody>
            {overview.overdue.map((t) => (
              <tr key={t.id}>
                <th scope="row">
                  <a href={taskPath(t.id)}>{t.title}</a>
                </th>
                <td>{formatDate(t.lastDay)}</td>
                <td class="num">{resultText(t)}</td>
                <td>
                  <Progress percent={t.percent} label={`Tiến độ: ${t.title}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h2>Phổ biến kế hoạch trong đơn vị (mục V.1)</h2>
      {overview.notDisseminated.length === 0 ? (
        <p class="notice notice--success">Tất cả các đơn vị đã phổ biến kế hoạch tới cán bộ.</p>
      ) : (
        <p>Chưa phổ biến: {overview.notDisseminated.map((u) => u.name).join('; ')}.</p>
      )}

      <h2>Sử dụng kinh phí (mục IV)</h2>
      {charts.budget === null ? (
        <p class="muted">Chưa có mục kinh phí nào.</p>
      ) : (
        <ChartFigure id="figure-budget" caption="Kinh phí dự toán và đã chi theo mục" chart={charts.budget}>
          <BudgetLinesTable lines={budget.lines} totals={budget} />
        </ChartFigure>
      )}
    </AdminLayout>
  );
}
