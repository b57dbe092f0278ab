import type { EChartsOption } from 'echarts';
import { categoryAxisLabel, CHART_AXIS as AXIS, CHART_COLORS, CHART_LEGEND as LEGEND, CHART_SPLIT as SPLIT, countAxis, percentAxis, renderChartSvg } from '../../platform/charts/charts.js';
import { formatCount, formatPercent, monthLabel, monthName, type Report } from './statistics.report.js';

export type RenderedChart = { svg: string; summary: string };

const toPercent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** The month with the highest value, for the summaries. */
function peak<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || value(item) > value(best) ? item : best), undefined);
}

/**
 * The three charts of the page. Each summary is the chart's accessible name: what a sighted reader
 * takes in at a glance (totals, the peak, the trend); the table beside the chart has every number.
 */
export function renderCharts(report: Report, period: string): { received: RenderedChart; rates: RenderedChart; fields: RenderedChart } {
  const multiYear = new Set(report.months.map((m) => m.year)).size > 1;
  const labels = report.months.map((m) => monthLabel(m, multiYear));

  const busiest = peak(report.months, (m) => m.received);
  const receivedSummary =
    `Biểu đồ cột chồng: hồ sơ tiếp nhận theo tháng, ${period}. Tổng ${formatCount(report.total.received)} hồ sơ, ` +
    `trong đó trực tuyến ${formatCount(report.total.receivedOnline)}, trực tiếp ${formatCount(report.total.receivedInPerson)}` +
    (busiest ? `; nhiều nhất ${monthName(busiest)} với ${formatCount(busiest.received)} hồ sơ.` : '.');
  const received = renderChartSvg({
    id: 'chart-received',
    width: 720,
    height: 360,
    accessibility: { label: receivedSummary },
    option: {
      grid: { left: 16, right: 16, top: 24, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'category', data: labels, ...AXIS },
      yAxis: { type: 'value', ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: countAxis } },
      series: [
        { name: 'Trực tuyến', type: 'bar', stack: 'received', data: report.months.map((m) => m.receivedOnline), itemStyle: { color: CHART_COLORS.navy }, barMaxWidth: 40 },
        { name: 'Trực tiếp', type: 'bar', stack: 'received', data: report.months.map((m) => m.receivedInPerson), itemStyle: { color: CHART_COLORS.orange }, barMaxWidth: 40 },
      ],
    } satisfies EChartsOption,
  });

  const first = report.months[0];
  const last = report.months.at(-1);
  const ratesSummary =
    `Biểu đồ đường: tỷ lệ giải quyết đúng hạn và tỷ lệ tiếp nhận trực tuyến theo tháng, ${period}. ` +
    `Cả kỳ: đúng hạn ${formatPercent(report.total.onTimeRate)}, trực tuyến ${formatPercent(report.total.onlineShare)}` +
    (first && last && first !== last
      ? `; tỷ lệ trực tuyến từ ${formatPercent(first.onlineShare)} (${monthName(first)}) đến ${formatPercent(last.onlineShare)} (${monthName(last)}).`
      : '.');
  const rates = renderChartSvg({
    id: 'chart-rates',
    width: 720,
    height: 360,
    accessibility: { label: ratesSummary },
    option: {
      grid: { left: 16, right: 16, top: 24, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'category', data: labels, boundaryGap: false, ...AXIS },
      yAxis: { type: 'value', min: 0, max: 100, interval: 20, ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: percentAxis } },
      series: [
        {
          name: 'Tỷ lệ giải quyết đúng hạn',
          type: 'line',
          data: report.months.map((m) => toPercent(m.onTimeRate)),
          itemStyle: { color: CHART_COLORS.green },
          lineStyle: { width: 3 },
          symbol: 'circle',
          symbolSize: 7,
        },
        {
          // Dashed, with diamonds: told apart from the other line without relying on colour.
          name: 'Tỷ lệ tiếp nhận trực tuyến',
          type: 'line',
          data: report.months.map((m) => toPercent(m.onlineShare)),
          itemStyle: { color: CHART_COLORS.navy },
          lineStyle: { width: 3, type: 'dashed' },
          symbol: 'diamond',
          symbolSize: 9,
        },
      ],
    } satisfies EChartsOption,
  });

  // Largest field at the top: ECharts draws a category axis from the bottom up.
  const fields = [...report.fields].sort((a, b) => a.resolved - b.resolved);
  const leastOnTime = peak(report.fields.filter((f) => f.onTimeRate !== null), (f) => -(f.onTimeRate ?? 1));
  const fieldsSummary =
    `Biểu đồ thanh ngang: hồ sơ đã giải quyết theo lĩnh vực, đúng hạn và quá hạn, ${period}. ` +
    `${report.fields.length} lĩnh vực, tổng ${formatCount(report.total.resolved)} hồ sơ đã giải quyết, ${formatCount(report.total.resolvedLate)} quá hạn` +
    (leastOnTime && report.fields.length > 1 ? `; tỷ lệ đúng hạn thấp nhất: ${leastOnTime.name} (${formatPercent(leastOnTime.onTimeRate)}).` : '.');
  const byField = renderChartSvg({
    id: 'chart-fields',
    width: 720,
    height: 96 + 48 * Math.max(1, fields.length),
    accessibility: { label: fieldsSummary },
    option: {
      grid: { left: 16, right: 24, top: 16, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'value', ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: countAxis } },
      yAxis: {
        type: 'category',
        data: fields.map((f) => f.name),
        ...AXIS,
        axisLabel: categoryAxisLabel(190),
      },
      series: [
        { name: 'Đúng hạn', type: 'bar', stack: 'resolved', data: fields.map((f) => f.resolvedOnTime), itemStyle: { color: CHART_COLORS.green }, barMaxWidth: 28 },
        { name: 'Quá hạn', type: 'bar', stack: 'resolved', data: fields.map((f) => f.resolvedLate), itemStyle: { color: CHART_COLORS.red }, barMaxWidth: 28 },
      ],
    } satisfies EChartsOption,
  });

  return { received: { svg: received, summary: receivedSummary }, rates: { svg: rates, summary: ratesSummary }, fields: { svg: byField, summary: fieldsSummary } };
}
