import type { ComponentChildren } from 'preact';
import { ChartFigure } from '../../platform/views/components/chart-figure.js';
import { ErrorSummary, FilterForm, SelectField, type FormState } from '../../platform/views/components/form.js';
import { withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import type { RenderedChart } from './statistics.charts.js';
import { formatCount, formatPercent, monthLabel, monthName, type FieldTotals, type MonthTotals, type Report, type Totals } from './statistics.report.js';
import { FIGURES } from './statistics.schema.js';
import { ALL_YEARS, QUARTER_OPTIONS, type FilterInput } from './statistics.service.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

export const PAGE_PATH = '/ket-qua-giai-quyet-tthc';
export const PAGE_TITLE = 'Kết quả giải quyết thủ tục hành chính';
const STYLES = ['/assets/css/statistics.css'];

export type StatisticsPageModel = {
  filters: FormState<FilterInput>;
  /** The filter actually applied (the unfiltered default when the one asked for was invalid). */
  applied: FilterInput;
  period: string;
  years: number[];
  fields: { key: string; name: string }[];
  report: Report;
  charts: { received: RenderedChart; rates: RenderedChart; fields: RenderedChart } | null;
};

/** Numbers right-aligned with tabular digits (the house `.num` cell). */
const Num = ({ children }: { children: string }) => <td class="num">{children}</td>;

function Card({ title, value, meta }: { title: string; value: string; meta: ComponentChildren }) {
  return (
    <li class="card">
      <h3 class="card__title">{title}</h3>
      <p class="card__value">{value}</p>
      <p class="card__meta">{meta}</p>
    </li>
  );
}

/** A numeric column of a monthly table: its header and how to show one month's (or the period's) value. */
type MonthColumn = { label: string; value: (t: Totals) => string };

const RECEIVED_COLUMNS: MonthColumn[] = [
  { label: FIGURES.receivedOnline, value: (t) => formatCount(t.receivedOnline) },
  { label: FIGURES.receivedInPerson, value: (t) => formatCount(t.receivedInPerson) },
  { label: 'Tổng tiếp nhận', value: (t) => formatCount(t.received) },
  { label: 'Tỷ lệ trực tuyến', value: (t) => formatPercent(t.onlineShare) },
  { label: 'Tỷ lệ đúng hạn', value: (t) => formatPercent(t.onTimeRate) },
];

const RESOLVED_COLUMNS: MonthColumn[] = [
  { label: FIGURES.resolvedOnTime, value: (t) => formatCount(t.resolvedOnTime) },
  { label: FIGURES.resolvedLate, value: (t) => formatCount(t.resolvedLate) },
  { label: 'Tỷ lệ đúng hạn', value: (t) => formatPercent(t.onTimeRate) },
  { label: 'Tỷ lệ tiếp nhận trực tuyến', value: (t) => formatPercent(t.onlineShare) },
];

/** One row per month and the period's total in the footer: the accessible twin of a monthly chart. */
function MonthsTable({ months, total, caption, columns }: { months: MonthTotals[]; total: Totals; caption: string; columns: MonthColumn[] }) {
  const withYear = new Set(months.map((m) => m.year)).size > 1;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Tháng</th>
          {columns.map((c) => (
            <th scope="col" class="num" key={c.label}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {months.map((m) => (
          <tr key={`${m.year}-${m.month}`}>
            <th scope="row">
              <abbr title={monthName(m)}>{monthLabel(m, withYear)}</abbr>
            </th>
            {columns.map((c) => (
              <Num key={c.label}>{c.value(m)}</Num>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Cả kỳ</th>
          {columns.map((c) => (
            <Num key={c.label}>{c.value(total)}</Num>
          ))}
        </tr>
      </tfoot>
    </DataTable>
  );
}

function FieldsTable({ fields, total, caption, asOf }: { fields: FieldTotals[]; total: Totals; caption: string; asOf: string }) {
  return (
    <>
      <DataTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Lĩnh vực</th>
            <th scope="col" class="num">
              Tiếp nhận
            </th>
            <th scope="col" class="num">
              Tỷ lệ trực tuyến
            </th>
            <th scope="col" class="num">
              Đúng hạn
            </th>
            <th scope="col" class="num">
              Quá hạn
            </th>
            <th scope="col" class="num">
              Tỷ lệ đúng hạn
            </th>
            <th scope="col" class="num">
              Đang giải quyết cuối kỳ
            </th>
            <th scope="col" class="num">
              Quá hạn chưa giải quyết cuối kỳ
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.name}</th>
              <Num>{formatCount(f.received)}</Num>
              <Num>{formatPercent(f.onlineShare)}</Num>
              <Num>{formatCount(f.resolvedOnTime)}</Num>
              <Num>{formatCount(f.resolvedLate)}</Num>
              <Num>{formatPercent(f.onTimeRate)}</Num>
              <Num>{formatCount(f.inProgress)}</Num>
              <Num>{formatCount(f.overdue)}</Num>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Tổng</th>
            <Num>{formatCount(total.received)}</Num>
            <Num>{formatPercent(total.onlineShare)}</Num>
            <Num>{formatCount(total.resolvedOnTime)}</Num>
            <Num>{formatCount(total.resolvedLate)}</Num>
            <Num>{formatPercent(total.onTimeRate)}</Num>
            <Num>{formatCount(total.inProgress)}</Num>
            <Num>{formatCount(total.overdue)}</Num>
          </tr>
        </tfoot>
      </DataTable>
      <p class="muted">Cuối kỳ: số hồ sơ tại {asOf}.</p>
    </>
  );
}

export function StatisticsPage({ ctx, model }: { ctx: ViewContext; model: StatisticsPageModel }) {
  const { filters, applied, period, report, charts } = model;
  const fieldName = model.fields.find((f) => f.key === applied['linh-vuc'])?.name;
  const scope = fieldName ? `${period}, lĩnh vực ${fieldName}` : period;
  const asOf = report.asOf ? monthName(report.asOf) : '';
  const download = (format: 'csv' | 'xlsx') => withQuery(`${PAGE_PATH}.${format}`, { ...applied });
  const { total } = report;
  return (
    <PublicLayout title={PAGE_TITLE} ctx={ctx} extras={{ styles: STYLES }}>
      <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }]} current="Kết quả giải quyết TTHC" />
      <h1>{PAGE_TITLE}</h1>
      <p class="lead">
        Số liệu tiếp nhận và giải quyết hồ sơ thủ tục hành chính của {ctx.site.name}, {scope}.
      </p>

      <ErrorSummary errors={filters.errors} />
      <FilterForm action={PAGE_PATH} label="Lọc số liệu giải quyết thủ tục hành chính">
        <SelectField
          name="nam"
          label="Năm"
          form={filters}
          options={[...model.years.map((y) => ({ value: String(y), label: String(y) })), { value: ALL_YEARS, label: 'Tất cả các năm' }]}
        />
        <SelectField name="quy" label="Quý" form={filters} placeholder="Cả năm" options={QUARTER_OPTIONS} />
        <SelectField name="linh-vuc" label="Lĩnh vực" form={filters} placeholder="Tất cả lĩnh vực" options={model.fields.map((f) => ({ value: f.key, label: f.name }))} />
      </FilterForm>

      {report.rows.length === 0 || !charts ? (
        <p class="notice notice--info">Chưa có số liệu cho lựa chọn này.</p>
      ) : (
        <>
          <section aria-labelledby="stat-key-figures">
            <h2 id="stat-key-figures">Số liệu chính</h2>
            <ul class="cards">
              <Card
                title="Tổng hồ sơ tiếp nhận"
                value={formatCount(total.received)}
                meta={`Trực tuyến ${formatCount(total.receivedOnline)}, trực tiếp ${formatCount(total.receivedInPerson)}`}
              />
              <Card title="Tỷ lệ tiếp nhận trực tuyến" value={formatPercent(total.onlineShare)} meta="Hồ sơ nộp trực tuyến trên tổng hồ sơ tiếp nhận" />
              <Card
                title="Tỷ lệ giải quyết đúng hạn"
                value={formatPercent(total.onTimeRate)}
                meta={`${formatCount(total.resolvedOnTime)} đúng hạn, ${formatCount(total.resolvedLate)} quá hạn trên ${formatCount(total.resolved)} hồ sơ đã giải quyết`}
              />
              <Card
                title="Hồ sơ đang giải quyết"
                value={formatCount(total.inProgress + total.overdue)}
                meta={`Cuối ${asOf}: ${formatCount(total.inProgress)} chưa đến hạn, ${formatCount(total.overdue)} quá hạn`}
              />
            </ul>
          </section>

          <section aria-labelledby="stat-received">
            <h2 id="stat-received">Hồ sơ tiếp nhận theo tháng</h2>
            <ChartFigure id="hinh-1" caption={`Hình 1. Hồ sơ tiếp nhận trực tuyến và trực tiếp theo tháng, ${scope}.`} chart={charts.received}>
              <MonthsTable columns={RECEIVED_COLUMNS} months={report.months} total={total} caption={`Bảng 1. Hồ sơ tiếp nhận theo tháng, ${scope}`} />
            </ChartFigure>
          </section>

          <section aria-labelledby="stat-rates">
            <h2 id="stat-rates">Tỷ lệ giải quyết đúng hạn và tỷ lệ trực tuyến</h2>
            <ChartFigure id="hinh-2" caption={`Hình 2. Tỷ lệ giải quyết đúng hạn và tỷ lệ tiếp nhận trực tuyến theo tháng (%), ${scope}.`} chart={charts.rates}>
              <MonthsTable columns={RESOLVED_COLUMNS} months={report.months} total={total} caption={`Bảng 2. Hồ sơ giải quyết và các tỷ lệ theo tháng, ${scope}`} />
            </ChartFigure>
          </section>

          <section aria-labelledby="stat-fields">
            <h2 id="stat-fields">Kết quả theo lĩnh vực</h2>
            <ChartFigure id="hinh-3" caption={`Hình 3. Hồ sơ đã giải quyết đúng hạn và quá hạn theo lĩnh vực, ${scope}.`} chart={charts.fields}>
              <FieldsTable fields={report.fields} total={total} asOf={`cuối ${asOf}`} caption={`Bảng 3. Kết quả giải quyết theo lĩnh vực, ${scope}`} />
            </ChartFigure>
          </section>
        </>
      )}

      <section aria-labelledby="stat-downloads">
        <h2 id="stat-downloads">Tải số liệu</h2>
        <p>Số liệu từng tháng, từng lĩnh vực theo lựa chọn ở trên:</p>
        <ul>
          <li>
            <a href={download('xlsx')} download>
              Tải bảng tính Excel (.xlsx)
            </a>{' '}
            <span class="muted">— có sẵn tổng tiếp nhận và các tỷ lệ</span>
          </li>
          <li>
            <a href={download('csv')} download>
              Tải tệp CSV (UTF-8)
            </a>{' '}
            <span class="muted">— mở được bằng Excel, LibreOffice và các phần mềm thống kê</span>
          </li>
        </ul>
        <h3>Cách tính</h3>
        <ul class="muted">
          <li>Tỷ lệ tiếp nhận trực tuyến = hồ sơ tiếp nhận trực tuyến / tổng hồ sơ tiếp nhận (trực tuyến và trực tiếp).</li>
          <li>Tỷ lệ giải quyết đúng hạn = hồ sơ giải quyết đúng hạn / tổng hồ sơ đã giải quyết (đúng hạn và quá hạn).</li>
          <li>Hồ sơ tiếp nhận và đã giải quyết được cộng dồn các tháng; hồ sơ đang giải quyết và quá hạn chưa giải quyết là số tại cuối tháng gần nhất của kỳ.</li>
        </ul>
      </section>
    </PublicLayout>
  );
}
