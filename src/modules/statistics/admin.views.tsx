import type { RowProblem } from '../../platform/import/spreadsheet.js';
import { Badge } from '../../platform/views/components/badge.js';
import { ActionButton, CsrfField, ErrorSummary, FilterForm, FormActions, PostForm, SelectField, TextField, type FormState } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDateTime } from '../../shared/dates.js';
import { PAGE_PATH } from './public.views.js';
import type { StatRow, StatValues } from './statistics.repo.js';
import { formatCount } from './statistics.report.js';
import { FIGURE_KEYS, FIGURES, IDENTITY_HEADERS } from './statistics.schema.js';
import type { FilterInput } from './statistics.service.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

export const ADMIN_PATH = '/admin/statistics';
export const SAMPLE_PATH = `${ADMIN_PATH}/mau.csv`;
const TITLE = 'Kết quả giải quyết TTHC';

function FigureHeaders() {
  return (
    <>
      {FIGURE_KEYS.map((key) => (
        <th scope="col" class="num" key={key}>
          {FIGURES[key]}
        </th>
      ))}
    </>
  );
}

/** The six counts of a row; with `before`, a count that would change also shows the one it replaces. */
function FigureCells({ row, before }: { row: StatValues | StatRow; before?: StatRow | null }) {
  return (
    <>
      {FIGURE_KEYS.map((key) => (
        <td class="num" key={key}>
          {formatCount(row[key])}
          {before && before[key] !== row[key] && (
            <>
              <br />
              <small class="muted">trước: {formatCount(before[key])}</small>
            </>
          )}
        </td>
      ))}
    </>
  );
}

export function StatisticsListPage(props: {
  ctx: ViewContext;
  filters: FormState<FilterInput>;
  years: number[];
  fields: { key: string; name: string }[];
  rows: StatRow[];
}) {
  const { ctx, filters, rows } = props;
  return (
    <AdminLayout title={TITLE} ctx={ctx}>
      <div class="page-header">
        <h1>{TITLE}</h1>
        <a class="button" href={`${ADMIN_PATH}/import`}>
          Nhập từ tệp CSV, Excel
        </a>
      </div>
      <p>
        Số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo tháng và lĩnh vực, công bố tại trang{' '}
        <a href={PAGE_PATH}>Kết quả giải quyết TTHC</a> của cổng thông tin. Sửa từng dòng khi cần đính chính; nhập tệp để thêm hoặc thay thế nhiều dòng.
      </p>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action={ADMIN_PATH} label="Lọc số liệu">
        <SelectField name="nam" label="Năm" form={filters} options={props.years.map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectField name="linh-vuc" label="Lĩnh vực" form={filters} placeholder="Tất cả lĩnh vực" options={props.fields.map((f) => ({ value: f.key, label: f.name }))} />
      </FilterForm>
      {rows.length === 0 ? (
        <p class="notice notice--info">Chưa có số liệu. Hãy nhập từ tệp CSV hoặc Excel.</p>
      ) : (
        <DataTable caption="Số liệu theo tháng và lĩnh vực">
          <thead>
            <tr>
              <th scope="col">Tháng</th>
              <th scope="col">{IDENTITY_HEADERS.field}</th>
              <FigureHeaders />
              <th scope="col">
                <span class="visually-hidden">Thao tác</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {r.month}/{r.year}
                </td>
                <th scope="row">{r.field}</th>
                <FigureCells row={r} />
                <td>
                  <a href={`${ADMIN_PATH}/${r.id}`}>
                    Sửa<span class="visually-hidden">{` số liệu ${r.field}, tháng ${r.month}/${r.year}`}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </AdminLayout>
  );
}

export function CorrectPage({ ctx, row, form }: { ctx: ViewContext; row: StatRow; form: FormState }) {
  const heading = `Sửa số liệu: ${row.field}, tháng ${row.month}/${row.year}`;
  return (
    <AdminLayout title={heading} ctx={ctx}>
      <Breadcrumbs trail={[{ href: `${ADMIN_PATH}?nam=${row.year}`, label: TITLE }]} current="Sửa số liệu" />
      <h1>{heading}</h1>
      <p class="muted">Cập nhật lần cuối {formatDateTime(row.updatedAt)}. Mọi thay đổi được ghi vào nhật ký hệ thống.</p>
      <PostForm action={`${ADMIN_PATH}/${row.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu số liệu" cancelHref={`${ADMIN_PATH}?nam=${row.year}`}>
        <div class="form-grid">
          {FIGURE_KEYS.map((key) => (
            <TextField key={key} name={key} label={FIGURES[key]} form={form} hint="Số hồ sơ, số nguyên không âm" maxLength={12} required />
          ))}
        </div>
      </PostForm>
      <h2>Xóa dòng số liệu</h2>
      <p>Chỉ xóa khi dòng này nhập nhầm lĩnh vực hoặc tháng; số liệu đúng nhưng sai số thì sửa ở trên.</p>
      <ActionButton action={`${ADMIN_PATH}/${row.id}/delete`} csrf={ctx.csrfToken} label="Xóa dòng này" variant="danger" />
    </AdminLayout>
  );
}

function ColumnsHelp() {
  const columns: [string, string][] = [
    [IDENTITY_HEADERS.year, 'Năm, 4 chữ số (ví dụ 2025).'],
    [IDENTITY_HEADERS.month, 'Tháng, từ 1 đến 12; không nhập tháng chưa đến.'],
    [IDENTITY_HEADERS.field, 'Tên lĩnh vực thủ tục hành chính, như trên Cổng Dịch vụ công (ví dụ “Báo chí”).'],
    [FIGURES.receivedOnline, 'Số hồ sơ tiếp nhận trực tuyến trong tháng.'],
    [FIGURES.receivedInPerson, 'Số hồ sơ tiếp nhận trực tiếp hoặc qua bưu chính trong tháng.'],
    [FIGURES.resolvedOnTime, 'Số hồ sơ giải quyết trước hạn và đúng hạn trong tháng.'],
    [FIGURES.resolvedLate, 'Số hồ sơ giải quyết quá hạn trong tháng.'],
    [FIGURES.inProgress, 'Số hồ sơ đang giải quyết, chưa đến hạn, tại cuối tháng.'],
    [FIGURES.overdue, 'Số hồ sơ đã quá hạn mà chưa giải quyết xong, tại cuối tháng.'],
  ];
  return (
    <DataTable caption="Các cột của tệp nhập">
      <thead>
        <tr>
          <th scope="col">Cột</th>
          <th scope="col">Nội dung</th>
        </tr>
      </thead>
      <tbody>
        {columns.map(([name, meaning]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{meaning}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function ImportPage({ ctx, problems, fileError }: { ctx: ViewContext; problems: RowProblem[]; fileError?: string }) {
  return (
    <AdminLayout title="Nhập số liệu từ tệp" ctx={ctx}>
      <Breadcrumbs trail={[{ href: ADMIN_PATH, label: TITLE }]} current="Nhập từ tệp" />
      <h1>Nhập số liệu từ tệp</h1>
      {problems.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="import-problems-title" tabIndex={-1} autofocus>
          <h2 class="error-summary__title" id="import-problems-title">
            Tệp có {problems.length} lỗi; chưa nhập dòng nào
          </h2>
          <p>Sửa các dòng dưới đây trong tệp rồi tải tệp lên lại. Số dòng là số dòng trong Excel (dòng tiêu đề là dòng 1).</p>
          <ul class="error-summary__list">
            {problems.map((p, i) => (
              <li key={i}>
                Dòng {p.line}
                {p.field ? `, cột “${p.field}”` : ''}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tiêu đề cột. Mỗi dòng là số liệu một tháng của một lĩnh vực. Dòng trùng năm, tháng và lĩnh vực với số liệu đã có sẽ{' '}
        <strong>thay thế</strong> số liệu cũ. Tệp có lỗi thì không dòng nào được nhập. <a href={SAMPLE_PATH}>Tải tệp mẫu (CSV)</a>.
      </p>
      <form method="post" action={`${ADMIN_PATH}/import?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
        <div class={fileError ? 'field field--error' : 'field'}>
          <label for="f-file">Chọn tệp (CSV hoặc XLSX; tối đa 5 MB)</label>
          {fileError && (
            <p class="field__error" id="f-file-error">
              <span class="visually-hidden">Lỗi: </span>
              {fileError}
            </p>
          )}
          <input
            id="f-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'f-file-error' : undefined}
          />
        </div>
        <FormActions submit="Kiểm tra tệp" cancelHref={ADMIN_PATH} />
      </form>
      <h2>Các cột của tệp</h2>
      <p>Tên cột viết có dấu hoặc không dấu, chữ hoa hay thường đều được. Số viết liền (1234) hoặc có dấu chấm ngăn cách hàng nghìn (1.234).</p>
      <ColumnsHelp />
    </AdminLayout>
  );
}

export type PreviewRow = StatValues & { replaces: StatRow | null };

export function PreviewPage({ ctx, token, fileName, rows }: { ctx: ViewContext; token: string; fileName: string; rows: PreviewRow[] }) {
  const replaced = rows.filter((r) => r.replaces).length;
  return (
    <AdminLayout title="Xem trước số liệu nhập" ctx={ctx}>
      <Breadcrumbs trail={[{ href: ADMIN_PATH, label: TITLE }, { href: `${ADMIN_PATH}/import`, label: 'Nhập từ tệp' }]} current="Xem trước" />
      <h1>Xem trước số liệu nhập</h1>
      <p class="notice notice--success" role="status">
        Tệp {fileName ? `“${fileName}” ` : ''}hợp lệ: {rows.length} dòng, trong đó {rows.length - replaced} dòng mới và {replaced} dòng thay thế số liệu đã có. Chưa dòng nào được
        lưu; hãy kiểm tra rồi bấm “Nhập {rows.length} dòng”.
      </p>
      <div class="actions">
        <form method="post" action={`${ADMIN_PATH}/import/${token}`} class="inline-form">
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="button">
            Nhập {rows.length} dòng
          </button>
        </form>
        <ActionButton action={`${ADMIN_PATH}/import/${token}/cancel`} csrf={ctx.csrfToken} label="Hủy, không nhập" variant="secondary" />
      </div>
      <DataTable caption={`Các dòng sẽ nhập từ tệp ${fileName}`}>
        <thead>
          <tr>
            <th scope="col">Tháng</th>
            <th scope="col">{IDENTITY_HEADERS.field}</th>
            <FigureHeaders />
            <th scope="col">Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.year}-${r.month}-${r.fieldKey}`}>
              <td>
                {r.month}/{r.year}
              </td>
              <th scope="row">{r.field}</th>
              <FigureCells row={r} before={r.replaces} />
              <td>{r.replaces ? <Badge tone="warning">Thay thế</Badge> : <Badge tone="info">Mới</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </AdminLayout>
  );
}
