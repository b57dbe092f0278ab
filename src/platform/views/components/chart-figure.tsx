import type { ComponentChildren } from 'preact';

/** The figure's layout (chart, then its table) is in statistics.css, where the first charts were; link it on any page with one. */
export const CHART_FIGURE_STYLES = '/assets/css/statistics.css';

/**
 * A chart and the same numbers as a table, in one figure named by its caption. The SVG is an image
 * with a one-sentence summary as its name (role="img"): screen readers announce the gist instead of
 * reading out axis ticks one by one, and the table that follows has every number with real headers.
 */
export function ChartFigure({ id, caption, chart, children }: { id: string; caption: string; chart: { svg: string }; children: ComponentChildren }) {
  return (
    <figure class="stat-figure" id={id}>
      <figcaption class="stat-figure__caption">{caption}</figcaption>
      <div class="stat-figure__body">
        {/* Markup from platform/charts: ECharts escapes every text, styles are presentation attributes (CSP). */}
        <div class="stat-figure__chart" dangerouslySetInnerHTML={{ __html: chart.svg }} />
        <div class="stat-figure__table">{children}</div>
      </div>
    </figure>
  );
}
