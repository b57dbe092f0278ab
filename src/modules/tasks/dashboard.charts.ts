import type { EChartsOption } from 'echarts';
import { categoryAxisLabel, CHART_AXIS as AXIS, CHART_COLORS, CHART_LEGEND as LEGEND, CHART_SPLIT as SPLIT, percentAxis, renderChartSvg } from '../../platform/charts/charts.js';
import { formatDong, formatNumberVi } from '../../shared/money.js';
import type { BudgetLine } from './budget.service.js';
import type { ProgressRow } from './tasks.service.js';

// Not inline: a rendered chart is found again by its option, functions by identity.
const millionsAxis = (v: number) => `${formatNumberVi(v / 1_000_000)} triệu`;
const CATEGORY_LABEL = categoryAxisLabel(220);

/** "II.1. Tuyên truyền…" for a topic or channel; a unit by its name. */
export const rowName = (r: ProgressRow) => (r.code ? `${r.code}. ${r.label}` : r.label);
/** On the axis a topic or channel goes by its code (its text is long; the table beside gives it whole). */
const axisName = (r: ProgressRow) => r.code || r.label;

/**
 * Progress of each row (topic, channel or unit) as horizontal bars from 0 to 100%. The summary,
 * the chart's accessible name, says what a glance gives: how many rows, the lowest and the highest;
 * the table beside it has every number.
 */
export function progressChart(id: string, subject: string, rows: readonly ProgressRow[]): { svg: string; summary: string } {
  const measured = rows.filter((r) => r.percent !== null);
  const lowest = measured.reduce<ProgressRow | undefined>((low, r) => (low === undefined || r.percent! < low.percent! ? r : low), undefined);
  const highest = measured.reduce<ProgressRow | undefined>((high, r) => (high === undefined || r.percent! > high.percent! ? r : high), undefined);
  const summary =
    `Biểu đồ thanh ngang: tiến độ theo ${subject}, ${rows.length} mục.` +
    (lowest && highest && lowest !== highest ? ` Thấp nhất: ${rowName(lowest)} (${lowest.percent}%); cao nhất: ${rowName(highest)} (${highest.percent}%).` : '');
  // Drawn bottom-up by ECharts: reversed so the first row is at the top, as in the table.
  const ordered = [...rows].reverse();
  const svg = renderChartSvg({
    id,
    width: 720,
    height: 80 + 44 * Math.max(1, rows.length),
    accessibility: { label: summary },
    option: {
      grid: { left: 16, right: 40, top: 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, interval: 20, ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: percentAxis } },
      yAxis: { type: 'category', data: ordered.map(axisName), ...AXIS, axisLabel: CATEGORY_LABEL },
      series: [
        {
          type: 'bar',
          data: ordered.map((r) => r.percent ?? 0),
          itemStyle: { color: CHART_COLORS.navy },
          barMaxWidth: 24,
          label: { show: true, position: 'right', color: CHART_COLORS.text, formatter: '{c}%' },
        },
      ],
    } satisfies EChartsOption,
  });
  return { svg, summary };
}

/** Planned and spent per budget line, side by side, each series named in the legend. */
export function budgetChart(lines: readonly BudgetLine[]): { svg: string; summary: string } {
  const planned = lines.reduce((sum, l) => sum + l.amount, 0);
  const spent = lines.reduce((sum, l) => sum + l.spent, 0);
  const summary = `Biểu đồ cột: kinh phí dự toán và đã chi theo ${lines.length} mục. Tổng dự toán ${formatDong(planned)}, đã chi ${formatDong(spent)}.`;
  const ordered = [...lines].reverse();
  const svg = renderChartSvg({
    id: 'chart-budget',
    width: 720,
    height: 96 + 56 * Math.max(1, lines.length),
    accessibility: { label: summary },
    option: {
      grid: { left: 16, right: 24, top: 16, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'value', ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: millionsAxis } },
      yAxis: { type: 'category', data: ordered.map((l) => l.name), ...AXIS, axisLabel: CATEGORY_LABEL },
      series: [
        { name: 'Dự toán', type: 'bar', data: ordered.map((l) => l.amount), itemStyle: { color: CHART_COLORS.navy }, barMaxWidth: 20 },
        { name: 'Đã chi', type: 'bar', data: ordered.map((l) => l.spent), itemStyle: { color: CHART_COLORS.orange }, barMaxWidth: 20 },
      ],
    } satisfies EChartsOption,
  });
  return { svg, summary };
}
