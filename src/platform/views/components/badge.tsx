export type BadgeTone = 'success' | 'warning' | 'danger' | 'info' | 'neutral';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: string }) {
  return <span class={`badge badge--${tone}`}>{children}</span>;
}
