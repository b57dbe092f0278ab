import { createRequire } from 'node:module';
import type { EChartsOption } from 'echarts';
import { formatNumberVi } from '../../shared/money.js';

/**
 * Charts rendered on the server (DESIGN §2): Apache ECharts' SSR mode draws an option into an SVG
 * string with no DOM and no canvas, so a chart costs no client JavaScript and shows in pages,
 * printouts and exported documents alike.
 *
 * The SVG is then made fit for our pages:
 * - the CSP has `style-src 'self'`, which blocks `style="…"` attributes and `<style>` elements
 *   (Chromium drops them and reports a violation). ECharts writes its text styles as `style`
 *   attributes and its hover effects as a `<style>` block: the styles become SVG presentation
 *   attributes (`font-size="12px"`, which the CSP does not govern) and the hover block, useless
 *   without script, is removed;
 * - zrender numbers its instances globally (`zr7-c0`, `zr7-cls-3`), so the same chart rendered
 *   twice differed and two charts on one page could collide: ids take the caller's prefix and
 *   classes and hydration metadata (`ecmeta_*`) go;
 * - the root gets `role="img"` and an `aria-label` summary (or `aria-hidden` when the caller puts
 *   the accessible version elsewhere), and `focusable="false"`.
 *
 * ECharts is loaded on the first chart through `require` (its single-file CommonJS build loads
 * in about a third of the time of its many ESM files), so starting the app does not pay for it.
 */

type ECharts = typeof import('echarts');
let echarts: ECharts | null = null;
const load = (): ECharts => (echarts ??= createRequire(import.meta.url)('echarts') as ECharts);

/** The house palette: the tokens of cchc.css, each at least 3:1 against white (WCAG 1.4.11). */
export const CHART_COLORS = {
  navy: '#0b3a70',
  blue: '#0b4f9c',
  orange: '#b35900',
  green: '#0b6b34',
  red: '#b3141e',
  purple: '#5b2a86',
  grey: '#56616a',
  text: '#1b1b1b',
  muted: '#4f5a62',
  grid: '#d5dadf',
} as const;

export const CHART_FONT = 'Be Vietnam Pro, Noto Sans, Roboto, Segoe UI, Arial, sans-serif';

/** The house axis, grid line and legend, for charts to spread into their options. */
export const CHART_AXIS = { axisLabel: { color: CHART_COLORS.muted, fontSize: 12 }, axisLine: { lineStyle: { color: CHART_COLORS.grey } } };
export const CHART_SPLIT = { splitLine: { lineStyle: { color: CHART_COLORS.grid } } };
export const CHART_LEGEND = { bottom: 0, itemGap: 24, textStyle: { color: CHART_COLORS.text, fontSize: 13 } };

// Axis formatters shared by every chart: a rendered chart is found again by its option, functions by
// identity, so a formatter written inline would make each drawing new.
export const percentAxis = (value: number) => `${value}%`;
export const countAxis = (value: number) => formatNumberVi(value);
/** A category axis that names every row, long names wrapped to `width` (ECharts would otherwise skip labels that crowd). */
export const categoryAxisLabel = (width: number) => ({ ...CHART_AXIS.axisLabel, interval: 0, width, overflow: 'break' as const, lineHeight: 15 });

export type ChartAccessibility =
  /** The chart is an image with this summary; a table beside it may carry the detail. */
  | { label: string }
  /** The chart is hidden from assistive technology: the caller provides the same data in text. */
  | { hidden: true };

export type ChartRequest = {
  /** Unique on the page: prefixes the SVG's internal ids (clip paths, gradients). Letters, digits, hyphens. */
  id: string;
  width: number;
  height: number;
  option: EChartsOption;
  accessibility: ChartAccessibility;
};

/** Defaults every chart shares: no animation (nothing would play it), our font, colours and text colours. */
function withDefaults(option: EChartsOption): EChartsOption {
  return {
    animation: false,
    color: [CHART_COLORS.navy, CHART_COLORS.orange, CHART_COLORS.green, CHART_COLORS.red, CHART_COLORS.purple, CHART_COLORS.grey],
    textStyle: { fontFamily: CHART_FONT, color: CHART_COLORS.text },
    ...option,
  };
}

/**
 * Rendered charts by request, the least recently used dropped first. Drawing one takes tens of
 * milliseconds (a plan's dashboard draws four per view: 57 views a second under load, bench/README),
 * and the same figures give the same SVG. Functions in an option (label formatters) enter the key
 * by identity, so two closures over different data never share an entry.
 */
const RENDERED_MAX = 200;
const rendered = new Map<string, string>();
const functionIds = new WeakMap<object, number>();
let functionCount = 0;
const functionId = (fn: object) => functionIds.get(fn) ?? (functionIds.set(fn, ++functionCount), functionCount);
const requestKey = (request: ChartRequest) => JSON.stringify(request, (_key, value: unknown) => (typeof value === 'function' ? `function#${functionId(value)}` : value));

/** Renders an ECharts option to an SVG string that is safe to inline under our CSP and identical for identical input. */
export function renderChartSvg(request: ChartRequest): string {
  const { id, width, height, option, accessibility } = request;
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new Error(`Mã biểu đồ không hợp lệ: ${id}`);
  const key = requestKey(request);
  const known = rendered.get(key);
  if (known !== undefined) {
    rendered.delete(key);
    rendered.set(key, known);
    return known;
  }
  const chart = load().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(withDefaults(option));
    const svg = cleanSvg(chart.renderToSVGString(), id, accessibility);
    if (rendered.size >= RENDERED_MAX) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, svg);
    return svg;
  } finally {
    chart.dispose();
  }
}

/** CSS properties ECharts writes in `style` attributes that SVG also accepts as presentation attributes. */
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'letter-spacing',
  'opacity',
  'stroke',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-width',
  'text-decoration',
  'visibility',
]);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `style="font-size:12px;font-family:sans-serif;"` → ` font-size="12px" font-family="sans-serif"`, unless the tag already has the attribute. */
function styleToAttributes(style: string, existing: string): string {
  let out = '';
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    // ECharts escapes attribute values; the value is kept as written (already escaped).
    const value = declaration.slice(colon + 1).trim();
    if (!PRESENTATION.has(name) || value === '' || new RegExp(`\\s${name}="`).test(existing)) continue;
    out += ` ${name}="${value}"`;
  }
  return out;
}

/**
 * The post-processing described at the top of this file, applied to the markup ECharts produced.
 * Text content is escaped by ECharts (`<` never appears in it), so matching tags is safe.
 */
export function cleanSvg(svg: string, id: string, accessibility: ChartAccessibility): string {
  let out = svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<([a-zA-Z][\w:-]*)((?:\s+[^\s=>]+="[^"]*")*)\s*(\/?)>/g, (_tag, name: string, attributes: string, selfClosing: string) => {
      let kept = '';
      let style = '';
      for (const [, attribute, value] of attributes.matchAll(/\s+([^\s=>]+)="([^"]*)"/g)) {
        if (attribute === 'style') style = value!;
        else if (attribute === 'class' || attribute!.startsWith('ecmeta_')) continue;
        else kept += ` ${attribute}="${value}"`;
      }
      if (style) kept += styleToAttributes(style, kept);
      return `<${name}${kept}${selfClosing ? ' /' : ''}>`;
    })
    // Internal references: id="zr3-c0", url(#zr3-c0), href="#zr3-p1".
    .replace(/\bzr\d+-([a-z]+\d+)\b/g, `${id}-$1`)
    .replace(/<defs\s*>\s*<\/defs>/g, '')
    .replace(/\n{2,}/g, '\n');
  const a11y =
    'label' in accessibility ? ` role="img" aria-label="${escapeAttribute(accessibility.label)}"` : ' aria-hidden="true"';
  out = out.replace(/^<svg\b/, `<svg class="chart-svg" focusable="false"${a11y}`);
  return out.trim();
}
