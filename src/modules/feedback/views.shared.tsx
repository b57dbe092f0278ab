import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import type { FeedbackEvent } from './feedback.repo.js';
import { FEEDBACK_STATES, OPEN_STATES, type FeedbackState } from './feedback.schema.js';

const TONES: Record<FeedbackState, BadgeTone> = {
  received: 'info',
  rejected: 'neutral',
  forwarded: 'neutral',
  accepted: 'info',
  assigned: 'info',
  handling: 'info',
  awaitingInfo: 'warning',
  drafted: 'info',
  approved: 'info',
  answered: 'success',
  published: 'success',
};

export const StateBadge = ({ state }: { state: FeedbackState }) => <Badge tone={TONES[state]}>{FEEDBACK_STATES[state]}</Badge>;

/** "Quá hạn 2 ngày", "Đến hạn hôm nay", "Hạn 17/02/2027": the deadline as an officer needs it. */
export function DeadlineBadge({ state, dueOn, today, pausedOn }: { state: FeedbackState; dueOn: string | null; today: string; pausedOn?: string | null }) {
  if (pausedOn) return <Badge tone="warning">Tạm dừng tính hạn</Badge>;
  if (!dueOn || !OPEN_STATES.includes(state)) return null;
  if (dueOn < today) return <Badge tone="danger">{`Quá hạn (hạn ${formatDate(dueOn)})`}</Badge>;
  if (dueOn === today) return <Badge tone="warning">Đến hạn hôm nay</Badge>;
  return <Badge tone="neutral">{`Hạn ${formatDate(dueOn)}`}</Badge>;
}

/** The timeline in plain Vietnamese, oldest first. */
export function Timeline({ events, internal }: { events: FeedbackEvent[]; internal?: boolean }) {
  return (
    <ol class="timeline">
      {events.map((e) => (
        <li key={e.id}>
          <p>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            {internal && e.actorName && <> · {e.actorName}</>}
            {internal && !e.public && <> · <Badge tone="neutral">Nội bộ</Badge></>}
          </p>
          {e.text.split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </li>
      ))}
    </ol>
  );
}

export const paragraphs = (text: string) => text.split(/\n+/).filter((l) => l.trim() !== '').map((line, i) => <p key={i}>{line}</p>);
