import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';
import { CHART_FIGURE_STYLES, ChartFigure } from '../../platform/views/components/chart-figure.js';
import { FilterForm, FormActions, CsrfField, ErrorSummary, PostForm, TextField, type FormState } from '../../platform/views/components/form.js';
import { withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatNumberVi } from '../../shared/money.js';
import type { RenderedChart } from './feedback.charts.js';
import { DIGEST_PATH } from './feedback.digest.js';
import { FIGURE_COLUMNS, formatDecimal, formatRate, monthText } from './feedback.export.js';
import type { Derived, FeedbackReport } from './feedback.reports.js';
import { DEADLINE_KEYS, DEADLINES, RETENTION, type FeedbackSettings } from './feedback.settings.js';

const BASE = '/admin/feedback';
export const REPORT_PATH = `${BASE}/bao-cao`;
export const SETTINGS_PATH = `${BASE}/cai-dat`;
const STYLES = [CHART_FIGURE_STYLES];

const InboxCrumbs = ({ current }: { current: string }) => <Breadcrumbs trail={[{ href: BASE, label: 'Phản ánh, kiến nghị' }]} current={current} />;

const cell = (kind: string, value: number | null) => (kind === 'percent' ? formatRate(value) : kind === 'decimal' ? formatDecimal(value) : formatNumberVi(value ?? 0));

/** Rows of figures under a first column (month, field, unit) and the period's total in the footer. */
function FiguresTable({ caption, first, rows, total }: { caption: string; first: string; rows: { name: string; figures: Derived }[]; total: Derived }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          {FIGURE_COLUMNS.map((c) => (
            <th scope="col" class="num" key={c.header}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">{r.name}</th>
            {FIGURE_COLUMNS.map((c) => (
              <td class="num" key={c.header}>
                {cell(c.kind, c.value(r.figures))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Cả kỳ</th>
          {FIGURE_COLUMNS.map((c) => (
            <td class="num" key={c.header}>
              {cell(c.kind, c.value(total))}
            </td>
          ))}
        </tr>
      </tfoot>
    </DataTable>
  );
}

export type ReportModel = {
  filters: FormState;
  report: FeedbackReport;
  charts: { months: RenderedChart; fields: RenderedChart; units: RenderedChart };
  /** The query of the period shown, for the download links. */
  query: Record<string, string>;
};

export function ReportPage({ ctx, model }: { ctx: ViewContext; model: ReportModel }) {
  const { report, charts } = model;
  const t = report.total;
  const scope = report.period.label;
  const cards: [string, string][] = [
    ['Tiếp nhận', formatNumberVi(t.received)],
    ['Đã trả lời', formatNumberVi(t.answered)],
    ['Tỷ lệ trả lời đúng hạn', formatRate(t.onTimeRate)],
    ['Số ngày làm việc trung bình đến khi trả lời', formatDecimal(t.averageWorkingDays)],
  ];
  return (
    <AdminLayout title="Báo cáo phản ánh, kiến nghị" ctx={ctx} extras={{ styles: STYLES }}>
      <InboxCrumbs current="Báo cáo" />
      <div class="page-header">
        <h1>Báo cáo phản ánh, kiến nghị {scope}</h1>
        <div class="actions">
          <a class="button button--secondary" href={withQuery(`${REPORT_PATH}.csv`, model.query)}>
            Tải báo cáo (CSV)
          </a>
          <a class="button button--secondary" href={withQuery(`${REPORT_PATH}.xlsx`, model.query)}>
            Tải báo cáo và danh sách (XLSX)
          </a>
          <a class="button button--secondary" href={withQuery(`${REPORT_PATH}-danh-sach.csv`, model.query)}>
            Tải danh sách kèm thời điểm từng bước (CSV)
          </a>
        </div>
      </div>
      <p>
        Tiếp nhận: phản ánh, kiến nghị nhận trong kỳ. Đã trả lời: trả lời trong kỳ; đúng hạn khi trả lời chậm nhất vào hạn trả lời của từng phản ánh. Số ngày làm việc tính từ ngày tiếp
        nhận đến ngày trả lời theo lịch ngày làm việc (không tính thứ Bảy, Chủ nhật, ngày lễ, Tết).
      </p>
      <ErrorSummary errors={model.filters.errors} />
      <FilterForm action={REPORT_PATH} label="Chọn kỳ báo cáo">
        <TextField name="nam" label="Năm" form={model.filters} hint="Ví dụ 2027" maxLength={4} />
        <TextField name="tu" label="Từ ngày" form={model.filters} hint="dd/mm/yyyy; để trống để xem cả năm" maxLength={10} />
        <TextField name="den" label="Đến ngày" form={model.filters} hint="dd/mm/yyyy" maxLength={10} />
      </FilterForm>
      <ul class="cards" aria-label={`Số liệu chính, ${scope}`}>
        {cards.map(([title, value]) => (
          <li class="card" key={title}>
            <p class="card__title">{title}</p>
            <p class="card__value">{value}</p>
          </li>
        ))}
      </ul>
      <h2>Theo tháng</h2>
      <ChartFigure id="hinh-1" caption={`Hình 1. Phản ánh, kiến nghị tiếp nhận và đã trả lời theo tháng, ${scope}.`} chart={charts.months}>
        <FiguresTable caption={`Số liệu theo tháng, ${scope}`} first="Tháng" rows={report.months.map((m) => ({ name: monthText(m), figures: m }))} total={t} />
      </ChartFigure>
      <h2>Theo lĩnh vực</h2>
      <ChartFigure id="hinh-2" caption={`Hình 2. Tiếp nhận và trả lời theo lĩnh vực, ${scope}.`} chart={charts.fields}>
        <FiguresTable caption={`Số liệu theo lĩnh vực, ${scope}`} first="Lĩnh vực" rows={report.fields.map((f) => ({ name: f.name, figures: f }))} total={t} />
      </ChartFigure>
      <h2>Theo đơn vị xử lý</h2>
      <ChartFigure id="hinh-3" caption={`Hình 3. Tiếp nhận và trả lời theo đơn vị xử lý, ${scope}.`} chart={charts.units}>
        <FiguresTable caption={`Số liệu theo đơn vị xử lý, ${scope}`} first="Đơn vị" rows={report.units.map((u) => ({ name: u.name, figures: u }))} total={t} />
      </ChartFigure>
    </AdminLayout>
  );
}

export function SettingsPage({ ctx, form }: { ctx: ViewContext; form: FormState }) {
  return (
    <AdminLayout title="Cài đặt thời hạn và lưu dữ liệu" ctx={ctx}>
      <InboxCrumbs current="Cài đặt" />
      <h1>Cài đặt thời hạn và lưu dữ liệu</h1>
      <p class="notice notice--info">
        Thời hạn mới áp dụng cho các thời hạn được tính từ khi lưu (phản ánh mới tiếp nhận, mới thụ lý, tiếp tục xử lý hoặc xem xét lại). Phản ánh, kiến nghị đã có thời hạn giữ
        nguyên thời hạn đó. Mọi thay đổi được ghi vào nhật ký hệ thống.
      </p>
      <PostForm action={SETTINGS_PATH} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu cài đặt" cancelHref={BASE}>
        <h2>Thời hạn (ngày làm việc)</h2>
        {DEADLINE_KEYS.map((key) => {
          const d = DEADLINES[key];
          return (
            <TextField
              key={key}
              name={key}
              label={`${d.label} (ngày làm việc, từ 1 đến 60)`}
              form={form}
              hint={`${d.counted}. Căn cứ: ${d.basis}${d.verified ? '.' : ' — chưa đối chiếu văn bản, cơ quan cần kiểm tra.'} Mặc định: ${d.workingDays} ngày làm việc.`}
              maxLength={2}
              required
            />
          );
        })}
        <h2>Lưu dữ liệu cá nhân</h2>
        <TextField
          name="retentionMonths"
          label={`${RETENTION.label} (tháng)`}
          form={form}
          hint={`Sau số tháng này kể từ khi phản ánh, kiến nghị kết thúc (không tiếp nhận, đã chuyển, đã trả lời), hệ thống tự động xóa họ tên, địa chỉ, số điện thoại, email của người gửi mỗi đêm; nội dung và quá trình xử lý được giữ lại. Nhập 0 để lưu không thời hạn. Căn cứ: ${RETENTION.basis} Mặc định: ${RETENTION.months} tháng.`}
          maxLength={3}
          required
        />
      </PostForm>
    </AdminLayout>
  );
}

export const settingsForm = (s: FeedbackSettings): FormState => ({ values: Object.fromEntries(Object.entries(s).map(([k, v]) => [k, String(v)])), errors: {} });

export function DigestPage({ ctx, subscribed }: { ctx: ViewContext; subscribed: boolean }) {
  return (
    <AdminLayout title="Thư tổng hợp hằng ngày" ctx={ctx}>
      <InboxCrumbs current="Thư tổng hợp hằng ngày" />
      <h1>Thư tổng hợp hằng ngày</h1>
      <p>
        Lúc 7 giờ 30 mỗi ngày làm việc, hệ thống gửi đến email của bạn danh sách phản ánh, kiến nghị đang xử lý được giao cho bạn hoặc chưa giao ai (lãnh đạo: mọi phản ánh đang xử lý),
        chia thành quá hạn, sắp đến hạn và đang xử lý khác, kèm đường dẫn đến trang quản trị. Thư không chứa thông tin cá nhân của người gửi. Ngày không có phản ánh nào thì không gửi thư.
      </p>
      <p role="status">
        <strong>{subscribed ? 'Bạn đang nhận thư tổng hợp hằng ngày.' : 'Bạn chưa đăng ký nhận thư tổng hợp hằng ngày.'}</strong>
      </p>
      <form method="post" action={DIGEST_PATH}>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="subscribed" value={subscribed ? '0' : '1'} />
        <FormActions submit={subscribed ? 'Hủy nhận thư tổng hợp' : 'Đăng ký nhận thư tổng hợp'} secondary={subscribed} />
      </form>
    </AdminLayout>
  );
}
