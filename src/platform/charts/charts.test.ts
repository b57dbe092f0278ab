import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanSvg, renderChartSvg, type ChartRequest } from './charts.js';

const request = (overrides: Partial<ChartRequest> = {}): ChartRequest => ({
  id: 'chart-test',
  width: 600,
  height: 300,
  accessibility: { label: 'Hồ sơ tiếp nhận theo tháng: tổng 1.234 <hồ sơ> & "trực tuyến"' },
  option: {
    legend: {},
    xAxis: { type: 'category', data: ['T1', 'T2', '<i>T3</i>'] },
    yAxis: { type: 'value' },
    series: [
      { name: 'Trực tuyến', type: 'bar', stack: 'a', data: [120, 200, 150] },
      { name: 'Tỷ lệ <b>đúng hạn</b>', type: 'line', data: [90, 95, 97], areaStyle: {} },
    ],
  },
  ...overrides,
});

test('an ECharts option becomes inline SVG with Vietnamese text, no script, no style, an accessible name', () => {
  const svg = renderChartSvg(request());
  assert.match(svg, /^<svg class="chart-svg" focusable="false" role="img" aria-label="Hồ sơ tiếp nhận theo tháng: tổng 1\.234 &lt;hồ sơ&gt; &amp; &quot;trực tuyến&quot;"/);
  assert.match(svg, /viewBox="0 0 600 300"/);
  assert.match(svg, />Trực tuyến</);
  // Series names are text, escaped: never markup.
  assert.match(svg, /Tỷ lệ &lt;b&gt;đúng hạn&lt;\/b&gt;/);
  assert.match(svg, />&lt;i&gt;T3&lt;\/i&gt;</);
  assert.doesNotMatch(svg, /<script|<style|\sstyle=|\sclass="zr|ecmeta_|\bon\w+=/i);
  // Text keeps its size and font as presentation attributes, which the CSP (style-src 'self') does not block.
  assert.match(svg, /<text[^>]* font-size="12px"/);
  assert.match(svg, /font-family="Be Vietnam Pro, Noto Sans/);
});

test('the same chart renders to the same bytes, and internal ids take the caller’s prefix', () => {
  const first = renderChartSvg(request());
  // Drawn anew (another id is another entry of the rendered-chart cache): only the prefix differs.
  const other = renderChartSvg(request({ id: 'other' }));
  assert.equal(other.replaceAll('other-', 'chart-test-'), first);
  assert.equal(renderChartSvg(request()), first);
  // The area series is clipped: its clip path is referenced by the prefixed id.
  const ids = [...first.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  assert.ok(ids.length > 0);
  for (const id of ids) {
    assert.match(id!, /^chart-test-/);
    assert.ok(first.includes(`url(#${id})`), `${id} is referenced`);
  }
  assert.doesNotMatch(first, /zr\d+-/);
});

test('a chart whose figures or label formatter differ is drawn again, never taken from another', () => {
  const base = request({ id: 'chart-cache' });
  const changed = request({ id: 'chart-cache', option: { ...base.option, series: [{ name: 'Trực tuyến', type: 'bar', data: [1, 2, 3] }] } });
  assert.notEqual(renderChartSvg(changed), renderChartSvg(base));
  const labelled = (suffix: string) =>
    request({ id: 'chart-format', option: { ...base.option, yAxis: { type: 'value', axisLabel: { formatter: (n: number) => `${n} ${suffix}` } } } });
  assert.match(renderChartSvg(labelled('hồ sơ')), /hồ sơ</);
  assert.match(renderChartSvg(labelled('lượt')), /lượt</);
});

test('a hidden chart is aria-hidden; ids must be safe to use in markup', () => {
  assert.match(renderChartSvg(request({ accessibility: { hidden: true } })), /^<svg class="chart-svg" focusable="false" aria-hidden="true"/);
  assert.throws(() => renderChartSvg(request({ id: 'x" onload="alert(1)' })), /Mã biểu đồ không hợp lệ/);
});

test('styles become attributes without overriding ones already there; unknown properties are dropped', () => {
  const svg = cleanSvg(
    '<svg width="10" height="10"><text fill="#333" style="font-size:12px;fill:red;cursor:pointer;font-weight:bold;" class="zr4-cls-1">a</text><style>.x{}</style></svg>',
    'c1',
    { hidden: true },
  );
  assert.equal(svg, '<svg class="chart-svg" focusable="false" aria-hidden="true" width="10" height="10"><text fill="#333" font-size="12px" font-weight="bold">a</text></svg>');
});
