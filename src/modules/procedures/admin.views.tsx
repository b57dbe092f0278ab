import type { RowProblem } from '../../platform/import/spreadsheet.js';
import { Badge } from '../../platform/views/components/badge.js';
import {
  ActionButton,
  CheckboxesField,
  ErrorSummary,
  FilterForm,
  FormActions,
  PostForm,
  SelectField,
  TextareaField,
  TextField,
  CsrfField,
  type FormState,
} from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDateTime } from '../../shared/dates.js';
import { COLUMNS } from './procedures.import.js';
import { templateUrl } from './procedures.media.js';
import type { Procedure, ProcedureSummary } from './procedures.repo.js';
import { LEVELS, ONLINE_LEVELS } from './procedures.schema.js';
import type { ImportPreview } from './procedures.service.js';
import { feeSummary, levelsText, OnlineBadge } from './public.views.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

function ProcedureCrumbs({ current }: { current?: string }) {
  return (
    <Breadcrumbs trail={current ? [{ href: '/admin/procedures', label: 'Thủ tục hành chính' }] : []} current={current ?? 'Thủ tục hành chính'} />
  );
}

export function ProceduresPage(props: {
  ctx: ViewContext;
  filters: FormState;
  fields: { key: string; name: string; count: number }[];
  result: { total: number; items: ProcedureSummary[]; page: number; pageSize: number };
}) {
  const { ctx, filters, result } = props;
  const values = filters.values as Record<string, string>;
  return (
    <AdminLayout title="Thủ tục hành chính" ctx={ctx}>
      <div class="page-header">
        <h1>Thủ tục hành chính</h1>
        <p class="actions">
          <a class="button" href="/admin/procedures/new">
            Thêm thủ tục
          </a>
          <a class="button button--secondary" href="/admin/procedures/import">
            Nhập từ tệp CSV, Excel
          </a>
        </p>
      </div>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/procedures" label="Lọc thủ tục hành chính">
        <TextField name="q" label="Tên hoặc mã thủ tục" type="search" form={filters} />
        <SelectField name="field" label="Lĩnh vực" options={props.fields.map((f) => ({ value: f.key, label: `${f.name} (${f.count})` }))} placeholder="Tất cả" form={filters} />
        <SelectField name="level" label="Cấp thực hiện" options={options(LEVELS)} placeholder="Tất cả" form={filters} />
        <SelectField name="online" label="Mức độ trực tuyến" options={options(ONLINE_LEVELS)} placeholder="Tất cả" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        {result.total} thủ tục.
      </p>
      <DataTable caption="Danh sách thủ tục hành chính">
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Trực tuyến</th>
            <th scope="col">Cập nhật</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((p) => (
            <tr key={p.id}>
              <td>{p.code}</td>
              <td>
                <a href={`/admin/procedures/${p.id}`}>{p.name}</a>
              </td>
              <td>{p.field}</td>
              <td>
                <OnlineBadge level={p.onlineLevel} />
              </td>
              <td>{formatDateTime(p.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/admin/procedures', { ...values, page })} />
    </AdminLayout>
  );
}

function ProcedureFields({ form }: { form: FormState }) {
  return (
    <>
      <TextField name="code" label="Mã thủ tục" hint="Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.004227." form={form} required maxLength={30} />
      <TextField name="name" label="Tên thủ tục" form={form} required maxLength={500} />
      <TextField name="field" label="Lĩnh vực" hint="Ví dụ: Báo chí; Xuất bản, in và phát hành." form={form} required />
      <CheckboxesField name="levels" label="Cấp thực hiện" options={options(LEVELS)} form={form} />
      <TextField name="agency" label="Cơ quan thực hiện" hint="Cơ quan tiếp nhận, giải quyết; người dân nộp hồ sơ ở đâu." form={form} required />
      <SelectField name="onlineLevel" label="Mức độ trực tuyến" options={options(ONLINE_LEVELS)} placeholder="— Chọn —" form={form} />
      <TextField name="onlineUrl" label="Địa chỉ dịch vụ công trực tuyến" hint="Liên kết https tới thủ tục trên Cổng Dịch vụ công quốc gia." type="url" form={form} />
      <TextareaField name="processingTime" label="Thời hạn giải quyết" rows={2} hint="Ví dụ: 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ." form={form} />
      <TextField name="processingDays" label="Số ngày làm việc" hint="Để trống để lấy từ thời hạn giải quyết ở trên." type="number" form={form} />
      <TextareaField name="components" label="Thành phần hồ sơ" rows={6} hint="Mỗi giấy tờ một dòng: Tên giấy tờ | số bản. Ví dụ: Đơn đề nghị cấp giấy phép | 1" form={form} />
      <TextareaField name="steps" label="Trình tự thực hiện" rows={6} hint="Mỗi bước một dòng, theo thứ tự." form={form} />
      <TextareaField name="submission" label="Cách thức thực hiện" rows={3} hint="Nộp trực tiếp ở đâu, trực tuyến, qua bưu chính." form={form} />
      <TextareaField name="fees" label="Phí, lệ phí" rows={3} hint="Mỗi khoản một dòng: Tên khoản thu | số tiền (đồng). Ví dụ: Lệ phí cấp giấy phép | 500.000. Để trống nếu không thu." form={form} />
      <TextareaField name="conditions" label="Điều kiện thực hiện" rows={3} hint="Mỗi điều kiện một dòng." form={form} />
      <TextareaField name="legalBasis" label="Căn cứ pháp lý" rows={4} hint="Mỗi văn bản một dòng; số, ký hiệu (ví dụ 60/2014/NĐ-CP) tự liên kết tới thư viện văn bản." form={form} />
      <TextareaField name="result" label="Kết quả thực hiện" rows={2} form={form} />
    </>
  );
}

export function NewProcedurePage({ ctx, form }: { ctx: ViewContext; form: FormState }) {
  return (
    <AdminLayout title="Thêm thủ tục hành chính" ctx={ctx}>
      <ProcedureCrumbs current="Thêm thủ tục" />
      <h1>Thêm thủ tục hành chính</h1>
      <PostForm action="/admin/procedures/new" csrf={ctx.csrfToken} errors={form.errors} submit="Lưu thủ tục" cancelHref="/admin/procedures">
        <ProcedureFields form={form} />
      </PostForm>
    </AdminLayout>
  );
}

function Templates({ ctx, procedure, form }: { ctx: ViewContext; procedure: Procedure; form: FormState }) {
  const base = `/admin/procedures/${procedure.id}/components`;
  const failed = String(form.values.componentId ?? '');
  return (
    <section aria-labelledby="templates-heading">
      <h2 id="templates-heading">Mẫu đơn, tờ khai</h2>
      <p class="muted">Tải lên mẫu cho từng thành phần hồ sơ (DOCX, PDF hoặc XLSX; tối đa 10 MB). Người dân tải về ngay trên trang thủ tục.</p>
      {procedure.components.length === 0 ? (
        <p class="muted">Thủ tục chưa có thành phần hồ sơ.</p>
      ) : (
        <DataTable caption="Mẫu đơn, tờ khai theo thành phần hồ sơ">
          <thead>
            <tr>
              <th scope="col">Thành phần hồ sơ</th>
              <th scope="col">Mẫu hiện có</th>
              <th scope="col">Tải mẫu lên</th>
            </tr>
          </thead>
          <tbody>
            {procedure.components.map((c) => {
              const error = failed === String(c.id) ? form.errors.template : undefined;
              return (
                <tr key={c.id}>
                  <td>
                    {c.name} <span class="muted">({c.copies} bản)</span>
                  </td>
                  <td>
                    {c.template ? (
                      <>
                        <a href={templateUrl(c.id)}>{c.template.fileName}</a>{' '}
                        <ActionButton action={`${base}/${c.id}/template/delete`} csrf={ctx.csrfToken} label="Xóa mẫu" variant="danger" />
                      </>
                    ) : (
                      <span class="muted">Chưa có</span>
                    )}
                  </td>
                  <td>
                    <form method="post" action={`${base}/${c.id}/template?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" class="inline-form">
                      <div class={error ? 'field field--error' : 'field'}>
                        <label for={`f-template-${c.id}`} class="visually-hidden">
                          Mẫu cho “{c.name}”
                        </label>
                        {error && (
                          <p class="field__error" id={c.id === Number(failed) ? 'f-template' : undefined}>
                            {error}
                          </p>
                        )}
                        <input
                          id={`f-template-${c.id}`}
                          name="template"
                          type="file"
                          accept=".docx,.pdf,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        />
                      </div>
                      <FormActions submit="Tải lên" secondary />
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

export function EditProcedurePage({ ctx, procedure, form, uploads }: { ctx: ViewContext; procedure: Procedure; form: FormState; uploads: FormState }) {
  return (
    <AdminLayout title={procedure.name} ctx={ctx}>
      <ProcedureCrumbs current={procedure.name} />
      <div class="page-header">
        <h1>{procedure.name}</h1>
        <OnlineBadge level={procedure.onlineLevel} />
      </div>
      <p class="muted">
        Mã {procedure.code} · {procedure.field} · {levelsText(procedure.levels)} · Phí, lệ phí: {feeSummary(procedure.fees)} · Cập nhật {formatDateTime(procedure.updatedAt)} ·{' '}
        <a href={`/thu-tuc-hanh-chinh/${procedure.slug}`}>Xem trên cổng</a>
      </p>
      <ErrorSummary errors={uploads.errors.template ? { template: uploads.errors.template } : {}} />
      <Templates ctx={ctx} procedure={procedure} form={uploads} />
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">Nội dung thủ tục</h2>
        <PostForm action={`/admin/procedures/${procedure.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu thay đổi">
          <ProcedureFields form={form} />
        </PostForm>
      </section>
      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading">Xóa thủ tục</h2>
        <p class="muted">Dùng khi thủ tục bị bãi bỏ. Trang thủ tục và các mẫu đơn, tờ khai không còn trên cổng.</p>
        <ActionButton action={`/admin/procedures/${procedure.id}/delete`} csrf={ctx.csrfToken} label="Xóa thủ tục" variant="danger" />
      </section>
    </AdminLayout>
  );
}

const ACTION_LABELS = { create: 'Thêm mới', update: 'Cập nhật' } as const;

/** The upload page; after an upload it shows every row with what importing would do, or what is wrong. */
export function ImportPage(props: { ctx: ViewContext; form: FormState; preview: ImportPreview | null; token: string | null }) {
  const { ctx, form, preview, token } = props;
  const problems = preview?.problems ?? [];
  const byLine = (line: number): RowProblem[] => problems.filter((p) => p.line === line);
  return (
    <AdminLayout title="Nhập thủ tục từ tệp" ctx={ctx}>
      <ProcedureCrumbs current="Nhập từ tệp" />
      <h1>Nhập thủ tục hành chính từ tệp CSV hoặc Excel</h1>
      <ErrorSummary errors={form.errors} />
      {preview && problems.length > 0 && (
        <div class="notice notice--warning" role="alert">
          <h2>
            Tệp có {problems.length} lỗi ở {new Set(problems.map((p) => p.line)).size} dòng; chưa nhập dòng nào.
          </h2>
          <p>Sửa các dòng dưới đây trong tệp rồi tải lên lại. Thủ tục chỉ được nhập khi cả tệp không còn lỗi.</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                Dòng {p.line}
                {p.field && ` (${p.field})`}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview && problems.length === 0 && token && (
        <div class="notice notice--success" role="status">
          <h2>Tệp hợp lệ: {preview.rows.length} thủ tục</h2>
          <p>
            {preview.rows.filter((r) => r.action === 'create').length} thủ tục sẽ được thêm mới, {preview.rows.filter((r) => r.action === 'update').length} thủ tục đã có
            (cùng mã) sẽ được cập nhật. Kiểm tra bảng dưới đây rồi xác nhận.
          </p>
          <form method="post" action="/admin/procedures/import/confirm">
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="token" value={token} />
            <FormActions submit={`Nhập ${preview.rows.length} thủ tục`} cancelHref="/admin/procedures/import" />
          </form>
        </div>
      )}
      {preview && (
        <DataTable caption="Xem trước các dòng của tệp">
          <thead>
            <tr>
              <th scope="col">Dòng</th>
              <th scope="col">Mã thủ tục</th>
              <th scope="col">Tên thủ tục</th>
              <th scope="col">Lĩnh vực</th>
              <th scope="col">Trực tuyến</th>
              <th scope="col">Kết quả kiểm tra</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => {
              const rowProblems = byLine(r.line);
              return (
                <tr key={r.line}>
                  <td class="num">{r.line}</td>
                  <td>{r.code}</td>
                  <td>{r.name}</td>
                  <td>{r.field}</td>
                  <td>{r.onlineLevel ? <OnlineBadge level={r.onlineLevel} /> : '—'}</td>
                  <td>
                    {rowProblems.length === 0 ? (
                      <Badge tone="success">{ACTION_LABELS[r.action]}</Badge>
                    ) : (
                      <>
                        <Badge tone="danger">Lỗi</Badge>
                        <ul>
                          {rowProblems.map((p, i) => (
                            <li key={i}>
                              {p.field && <strong>{p.field}: </strong>}
                              {p.message}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading">{preview ? 'Tải lên tệp khác' : 'Chọn tệp'}</h2>
        <p>
          Tệp CSV (UTF-8) hoặc Excel (.xlsx), dòng đầu là tiêu đề cột. Các cột: {COLUMNS.map((c) => `“${c.headers[0]}”`).join(', ')}. Ô có nhiều mục (thành phần hồ sơ,
          trình tự, căn cứ pháp lý…) ghi mỗi mục một dòng hoặc cách nhau bằng dấu “;”. Thủ tục có mã đã có trong danh mục sẽ được cập nhật.{' '}
          <a href="/admin/procedures/import/mau.csv">Tải tệp mẫu (CSV)</a>.
        </p>
        <form method="post" action={`/admin/procedures/import?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
          <div class={form.errors.file ? 'field field--error' : 'field'}>
            <label for="f-file">Tệp thủ tục (CSV, XLSX; tối đa 10 MB)</label>
            {form.errors.file && (
              <p class="field__error" id="f-file-error">
                <span class="visually-hidden">Lỗi: </span>
                {form.errors.file}
              </p>
            )}
            <input id="f-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
          </div>
          <FormActions submit="Kiểm tra tệp" />
        </form>
      </section>
    </AdminLayout>
  );
}
