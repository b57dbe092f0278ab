import type { AutomaticCounts } from './evidence.repo.js';
import type { Task } from './tasks.repo.js';

/**
 * The documented rules by which other modules' records count as evidence (CONTEXT.md "Evidence"):
 * articles count for the topic whose code they carry and, all together, for the portal channel;
 * documents the agency issued count for topic II.1 (văn bản về CCHC) and the "issuing documents"
 * channel; feedback the agency answered counts for topic II.4 (tiếp nhận, xử lý PAKN). Codes are
 * the seed plan's, the same the portal's articles are tagged with.
 */
export const DOCUMENTS_TOPIC = 'II.1';
export const FEEDBACK_TOPIC = 'II.4';

/** What a task serves in its plan, as the rules need it. */
export type TaskLink = { kind: 'topic'; code: string } | { kind: 'channel'; code: string; channelKind: string } | null;

export function automaticCount(link: TaskLink, counts: AutomaticCounts): number {
  if (!link) return 0;
  if (link.kind === 'topic') {
    return (
      (counts.articlesByTopic[link.code] ?? 0) + (link.code === DOCUMENTS_TOPIC ? counts.documents : 0) + (link.code === FEEDBACK_TOPIC ? counts.answeredFeedback : 0)
    );
  }
  if (link.channelKind === 'portal') return Object.values(counts.articlesByTopic).reduce((sum, n) => sum + n, 0);
  if (link.channelKind === 'documents') return counts.documents;
  return 0;
}

/**
 * A task's progress in whole percent: its evidence against its target, capped at 100. A task
 * without a target has nothing to count against: it is 100 when done and 0 otherwise.
 */
export function taskPercent(count: number, target: number | null, status: Task['status']): number {
  if (target === null || target <= 0) return status === 'done' ? 100 : 0;
  return Math.min(100, Math.floor((count * 100) / target));
}

/**
 * The last day of a task: its deadline, or for a recurrence the end of the plan's year.
 * Overdue = not done and that day is past (computed from the clock, never stored).
 */
export const lastDay = (task: Pick<Task, 'schedule' | 'dueOn'>, planYear: number) => (task.schedule === 'deadline' && task.dueOn ? task.dueOn : `${planYear}-12-31`);

export const isOverdue = (task: Pick<Task, 'schedule' | 'dueOn' | 'status'>, planYear: number, today: string) => task.status !== 'done' && lastDay(task, planYear) < today;

/** A group's progress (a topic, a channel, a unit, the plan): the mean of its tasks' percentages, each task weighing the same; null when it has none. */
export function groupPercent(percents: readonly number[]): number | null {
  if (percents.length === 0) return null;
  return Math.round(percents.reduce((sum, p) => sum + p, 0) / percents.length);
}
