import type { EChartsOption } from 'echarts';
import { categoryAxisLabel, CHART_AXIS as AXIS, CHART_COLORS, CHART_LEGEND as LEGEND, CHART_SPLIT as SPLIT, countAxis, renderChartSvg } from '../../platform/charts/charts.js';
import { formatNumberVi } from '../../shared/money.js';
import { formatDecimal, formatRate, monthText } from './feedback.export.js';
import type { FeedbackReport, GroupFigures } from './feedback.reports.js';

export type RenderedChart = { svg: string; summary: string };

/** Received and answered by month: two bars a month. */
function monthsChart(report: FeedbackReport): RenderedChart {
  const t = report.total;
  const summary =
    `Biểu đồ cột: phản ánh, kiến nghị tiếp nhận và đã trả lời theo tháng, ${report.period.label}. ` +
    `Tổng ${formatNumberVi(t.received)} tiếp nhận, ${formatNumberVi(t.answered)} đã trả lời, tỷ lệ đúng hạn ${formatRate(t.onTimeRate)}, trung bình ${formatDecimal(t.averageWorkingDays)} ngày làm việc.`;
  const svg = renderChartSvg({
    id: 'chart-pakn-months',
    width: 720,
    height: 340,
    accessibility: { label: summary },
    option: {
      grid: { left: 16, right: 16, top: 24, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'category', data: report.months.map(monthText), ...AXIS },
      yAxis: { type: 'value', minInterval: 1, ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: countAxis } },
      series: [
        { name: 'Tiếp nhận', type: 'bar', data: report.months.map((m) => m.received), itemStyle: { color: CHART_COLORS.navy }, barMaxWidth: 28 },
        { name: 'Đã trả lời', type: 'bar', data: report.months.map((m) => m.answered), itemStyle: { color: CHART_COLORS.orange }, barMaxWidth: 28 },
      ],
    } satisfies EChartsOption,
  });
  return { svg, summary };
}

/** Per field or unit: received beside answered, the answered bar split into on time and late. */
function groupsChart(id: string, what: string, groups: readonly GroupFigures[], period: string): RenderedChart {
  // Largest at the top: ECharts draws a category axis from the bottom up.
  const sorted = [...groups].sort((a, b) => a.received - b.received);
  const lowest = groups.filter((g) => g.onTimeRate !== null).reduce<GroupFigures | undefined>((low, g) => (!low || g.onTimeRate! < low.onTimeRate! ? g : low), undefined);
  const summary =
    `Biểu đồ thanh ngang: phản ánh, kiến nghị tiếp nhận và đã trả lời (đúng hạn, quá hạn) theo ${what}, ${period}. ${groups.length} ${what}` +
    (lowest && groups.length > 1 ? `; tỷ lệ đúng hạn thấp nhất: ${lowest.name} (${formatRate(lowest.onTimeRate)}).` : '.');
  const svg = renderChartSvg({
    id,
    width: 720,
    height: 96 + 56 * Math.max(1, sorted.length),
    accessibility: { label: summary },
    option: {
      grid: { left: 16, right: 24, top: 16, bottom: 56, containLabel: true },
      legend: LEGEND,
      xAxis: { type: 'value', minInterval: 1, ...AXIS, ...SPLIT, axisLabel: { ...AXIS.axisLabel, formatter: countAxis } },
      yAxis: { type: 'category', data: sorted.map((g) => g.name), ...AXIS, axisLabel: categoryAxisLabel(190) },
      series: [
        { name: 'Tiếp nhận', type: 'bar', data: sorted.map((g) => g.received), itemStyle: { color: CHART_COLORS.navy }, barMaxWidth: 20 },
        { name: 'Trả lời đúng hạn', type: 'bar', stack: 'answered', data: sorted.map((g) => g.onTime), itemStyle: { color: CHART_COLORS.green }, barMaxWidth: 20 },
        { name: 'Trả lời quá hạn', type: 'bar', stack: 'answered', data: sorted.map((g) => g.late), itemStyle: { color: CHART_COLORS.red }, barMaxWidth: 20 },
      ],
    } satisfies EChartsOption,
  });
  return { svg, summary };
}

/** The report's three charts; each summary is the chart's accessible name, the table beside it has every number. */
export function renderReportCharts(report: FeedbackReport) {
  return {
    months: monthsChart(report),
    fields: groupsChart('chart-pakn-fields', 'lĩnh vực', report.fields, report.period.label),
    units: groupsChart('chart-pakn-units', 'đơn vị', report.units, report.period.label),
  };
}
