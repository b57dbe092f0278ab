import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';
import { Badge } from '../../platform/views/components/badge.js';
import { CHART_FIGURE_STYLES } from '../../platform/views/components/chart-figure.js';
import type { FormState } from '../../platform/views/components/form.js';
import { formatDate } from '../../shared/dates.js';
import type { PlanInfo, TaskView } from './tasks.service.js';
import { OVERDUE_LABEL, SCHEDULES, TASK_STATUSES } from './tasks.schema.js';

export const planTasksPath = (planId: number) => `/admin/plans/${planId}/nhiem-vu`;
export const planBudgetPath = (planId: number) => `/admin/plans/${planId}/kinh-phi`;
export const planOverviewPath = (planId: number) => `/admin/plans/${planId}/tong-quan`;
export const taskPath = (taskId: number) => `/admin/nhiem-vu/${taskId}`;

/** Styles of the execution pages: the chart figures' and this module's own. */
export const EXECUTION_STYLES = { styles: [CHART_FIGURE_STYLES, '/assets/css/tasks.css'] };

const TABS = [
  { key: 'tasks', label: 'Nhiệm vụ', href: planTasksPath },
  { key: 'budget', label: 'Kinh phí', href: planBudgetPath },
  { key: 'overview', label: 'Tổng quan', href: planOverviewPath },
] as const;

export type PlanTab = (typeof TABS)[number]['key'];

/** "Kế hoạch số 45/KH-STTTT: Tuyên truyền cải cách hành chính năm 2023". */
export const planName = (plan: PlanInfo) => (plan.code ? `Kế hoạch số ${plan.code}: ${plan.title}` : `Kế hoạch: ${plan.title}`);

/**
 * Breadcrumbs, heading and the tabs shared by the plan's execution pages. A page below a tab
 * (`nested`: one task, a new task) names the tab in its breadcrumbs instead of showing the tabs.
 */
export function PlanHeader({ plan, heading, tab, nested = false }: { plan: PlanInfo; heading: string; tab: PlanTab; nested?: boolean }) {
  const current = TABS.find((t) => t.key === tab)!;
  return (
    <>
      <Breadcrumbs
        trail={[{ href: '/admin/plans', label: 'Kế hoạch' }, { href: `/admin/plans/${plan.id}`, label: plan.title }, ...(nested ? [{ href: current.href(plan.id), label: current.label }] : [])]}
        current={heading}
      />
      <h1>{heading}</h1>
      <p class="lead">{planName(plan)}</p>
      {plan.status === 'closed' && (
        <p class="notice notice--info" role="note">
          Kế hoạch đã kết thúc: nhiệm vụ, minh chứng, việc phổ biến và kinh phí được giữ nguyên làm hồ sơ, chỉ để xem.
        </p>
      )}
      {!nested && (
        <nav class="plan-tabs" aria-label="Thực hiện kế hoạch">
          <ul>
            {TABS.map((t) => (
              <li key={t.key}>
                <a href={t.href(plan.id)} aria-current={t.key === tab ? 'page' : undefined}>
                  {t.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}

/** The status staff set, and "Quá hạn" beside it when the last day has passed. */
export function TaskStatus({ task }: { task: Pick<TaskView, 'status' | 'overdue'> }) {
  return (
    <>
      <Badge tone={task.status === 'done' ? 'success' : task.status === 'inProgress' ? 'info' : 'neutral'}>{TASK_STATUSES[task.status]}</Badge>
      {task.overdue && (
        <>
          {' '}
          <Badge tone="danger">{OVERDUE_LABEL}</Badge>
        </>
      )}
    </>
  );
}

/** A percentage as a bar and as text (the text is what screen readers read). */
export function Progress({ percent, label }: { percent: number | null; label: string }) {
  if (percent === null) return <span class="muted">Chưa có nhiệm vụ</span>;
  return (
    <span class="progress">
      <progress max={100} value={percent} aria-label={label} />
      <span class="progress__value">{percent}%</span>
    </span>
  );
}

/** "Hằng tháng", or "Có thời hạn: 30/06/2023". */
export const scheduleText = (task: Pick<TaskView, 'schedule' | 'dueOn'>) =>
  task.schedule === 'deadline' && task.dueOn ? `Hạn ${formatDate(task.dueOn)}` : SCHEDULES[task.schedule];

/** "18/24 tin, bài", or the count alone when the task has no target. */
export const resultText = (task: Pick<TaskView, 'count' | 'targetCount' | 'targetUnit'>) =>
  task.targetCount ? `${task.count}/${task.targetCount} ${task.targetUnit}` : String(task.count);

export const targetText = (task: Pick<TaskView, 'targetCount' | 'targetUnit'>) => (task.targetCount ? `${task.targetCount} ${task.targetUnit}` : 'Không đặt chỉ tiêu');

/**
 * A file input with its hint and message, wired like the platform's fields (the error summary links
 * to `f-<name>`). The accepted types are checked again from the bytes on the server.
 */
export function FileField({ name, label, hint, form }: { name: string; label: string; hint: string; form: FormState }) {
  const id = `f-${name}`;
  const error = form.errors[name];
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      <p class="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="field__error" id={`${id}-error`}>
          <span class="visually-hidden">Lỗi: </span>
          {error}
        </p>
      )}
      <input type="file" id={id} name={name} accept=".jpg,.jpeg,.png,.webp,.pdf,.docx,.xlsx" aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} />
    </div>
  );
}

/** The header of a table's last column of buttons: named for screen readers only. */
export function ActionsHeader() {
  return (
    <th scope="col">
      <span class="visually-hidden">Thao tác</span>
    </th>
  );
}
