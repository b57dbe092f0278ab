import type { RowProblem } from '../../platform/import/spreadsheet.js';
import { Badge } from '../../platform/views/components/badge.js';
import {
  ActionButton,
  CheckboxesField,
  CsrfField,
  ErrorSummary,
  FilterForm,
  FormActions,
  PostForm,
  SelectField,
  TextareaField,
  TextField,
  type FormState,
  type Option,
} from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import type { DocumentAttachment, LegalDocument, RelatedDocument, Relation } from './documents.repo.js';
import { DOCUMENT_STATUSES, DOCUMENT_TYPE_KEYS, RELATION_KINDS, RELATION_LABELS, typeLabelWithAbbr } from './documents.schema.js';
import type { ImportRow } from './documents.service.js';
import { IMPORT_COLUMNS } from './documents.service.js';
import { DocumentStatusBadge, documentTitle, fileSize } from './public.views.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const typeOptions: Option[] = DOCUMENT_TYPE_KEYS.map((k) => ({ value: k, label: typeLabelWithAbbr(k) }));
const statusOptions: Option[] = Object.entries(DOCUMENT_STATUSES).map(([value, label]) => ({ value, label }));

function DocumentCrumbs({ current, parent }: { current: string; parent?: { href: string; label: string } }) {
  return (
    <Breadcrumbs trail={[{ href: '/admin/documents', label: 'Văn bản' }, ...(parent ? [parent] : [])]} current={current} />
  );
}

export type AdminListModel = {
  filters: FormState;
  result: { total: number; documents: LegalDocument[]; page: number; pageSize: number };
};

export function AdminDocumentsPage({ ctx, model }: { ctx: ViewContext; model: AdminListModel }) {
  const { filters, result } = model;
  const values = filters.values as Record<string, string>;
  return (
    <AdminLayout title="Văn bản" ctx={ctx}>
      <div class="page-header">
        <h1>Văn bản</h1>
        <div class="actions">
          <a class="button" href="/admin/documents/new">
            Thêm văn bản
          </a>
          <a class="button button--secondary" href="/admin/documents/import">
            Nhập từ tệp CSV, XLSX
          </a>
        </div>
      </div>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/documents" label="Lọc văn bản">
        <TextField name="q" label="Số, ký hiệu hoặc trích yếu" type="search" form={filters} />
        <SelectField name="type" label="Loại văn bản" options={typeOptions} placeholder="Tất cả" form={filters} />
        <SelectField name="status" label="Tình trạng hiệu lực" options={statusOptions} placeholder="Tất cả" form={filters} />
        <TextField name="year" label="Năm ban hành" type="number" form={filters} />
        <SelectField
          name="published"
          label="Công khai"
          options={[
            { value: '1', label: 'Đang công khai' },
            { value: '0', label: 'Không công khai' },
          ]}
          placeholder="Tất cả"
          form={filters}
        />
      </FilterForm>
      <p class="muted" role="status">
        {result.total} văn bản.
      </p>
      <DataTable caption="Danh sách văn bản">
        <thead>
          <tr>
            <th scope="col">Số, ký hiệu</th>
            <th scope="col">Loại</th>
            <th scope="col">Ngày ban hành</th>
            <th scope="col">Trích yếu</th>
            <th scope="col">Cơ quan ban hành</th>
            <th scope="col">Tình trạng hiệu lực</th>
          </tr>
        </thead>
        <tbody>
          {result.documents.map((d) => (
            <tr key={d.id}>
              <td>
                <a href={`/admin/documents/${d.id}`}>{d.code}</a>
                {!d.published && (
                  <>
                    {' '}
                    <Badge tone="neutral">Không công khai</Badge>
                  </>
                )}
              </td>
              <td>{typeLabelWithAbbr(d.type)}</td>
              <td>{formatDate(d.issuedOn)}</td>
              <td>{d.summary}</td>
              <td>{d.issuerName}</td>
              <td>
                <DocumentStatusBadge status={d.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/admin/documents', { ...values, page })} />
    </AdminLayout>
  );
}

/** The form values of a saved document, dates back in dd/mm/yyyy as the editor typed them. */
export const documentValues = (d: LegalDocument) => ({
  numberSymbol: d.code,
  type: d.type,
  issuerName: d.issuerName,
  issuerOrganizationId: d.issuerOrganizationId ?? '',
  signerName: d.signerName,
  signerTitle: d.signerTitle,
  issuedOn: formatDate(d.issuedOn),
  effectiveOn: d.effectiveOn ? formatDate(d.effectiveOn) : '',
  expiresOn: d.expiresOn ? formatDate(d.expiresOn) : '',
  status: d.status,
  field: d.field,
  summary: d.summary,
  bodyText: d.bodyText,
  published: d.published ? '1' : '',
});

function DocumentFields({ form, organizations }: { form: FormState; organizations: Option[] }) {
  return (
    <>
      <SelectField name="type" label="Loại văn bản" options={typeOptions} placeholder="— Chọn loại văn bản —" form={form} />
      <TextField
        name="numberSymbol"
        label="Số, ký hiệu"
        hint="Văn bản hành chính: số/ký hiệu, ví dụ 45/KH-STTTT; văn bản quy phạm pháp luật: số/năm/ký hiệu, ví dụ 61/2018/NĐ-CP. Số nhỏ hơn 10 viết 05; không có dấu cách; các nhóm chữ cách nhau bằng dấu “-”."
        form={form}
        maxLength={60}
      />
      <TextField name="issuerName" label="Cơ quan ban hành" hint="Tên đầy đủ, ví dụ: Chính phủ; Ủy ban nhân dân tỉnh Lạng Sơn." form={form} maxLength={250} />
      <SelectField name="issuerOrganizationId" label="Cơ quan trong hệ thống (nếu là cơ quan của hệ thống)" options={organizations} placeholder="— Không liên kết —" form={form} />
      <TextField name="signerName" label="Người ký" form={form} maxLength={120} />
      <TextField name="signerTitle" label="Chức vụ người ký" hint="Ví dụ: KT. Giám đốc, Phó Giám đốc" form={form} maxLength={200} />
      <TextField name="issuedOn" label="Ngày ban hành" hint="dd/mm/yyyy, ví dụ 05/03/2020" form={form} maxLength={10} />
      <TextField name="effectiveOn" label="Ngày có hiệu lực" hint="dd/mm/yyyy; để trống nếu chưa rõ" form={form} maxLength={10} />
      <TextField name="expiresOn" label="Ngày hết hiệu lực" hint="dd/mm/yyyy; để trống nếu chưa xác định" form={form} maxLength={10} />
      <SelectField name="status" label="Tình trạng hiệu lực" options={statusOptions} form={form} />
      <TextField name="field" label="Lĩnh vực" hint="Ví dụ: Cải cách hành chính; Chuyển đổi số; Công tác văn thư" form={form} maxLength={150} />
      <TextareaField name="summary" label="Trích yếu" hint="Một câu nêu nội dung chính của văn bản." rows={3} form={form} maxLength={1000} />
      <TextareaField name="bodyText" label="Nội dung (toàn văn)" hint="Có thể dán toàn văn; mỗi đoạn một dòng. Nội dung tệp PDF, DOCX đính kèm cũng được tìm kiếm." rows={14} form={form} />
      <CheckboxesField name="published" label="Công khai" options={[{ value: '1', label: 'Hiện trên cổng thông tin và trong tìm kiếm' }]} form={form} />
    </>
  );
}

export function NewDocumentPage({ ctx, form, organizations }: { ctx: ViewContext; form: FormState; organizations: Option[] }) {
  return (
    <AdminLayout title="Thêm văn bản" ctx={ctx}>
      <DocumentCrumbs current="Thêm văn bản" />
      <h1>Thêm văn bản</h1>
      <PostForm action="/admin/documents/new" csrf={ctx.csrfToken} errors={form.errors} submit="Lưu văn bản" cancelHref="/admin/documents">
        <DocumentFields form={form} organizations={organizations} />
      </PostForm>
    </AdminLayout>
  );
}

export type EditModel = {
  doc: LegalDocument;
  attachments: DocumentAttachment[];
  relations: Relation[];
  choices: RelatedDocument[];
  organizations: Option[];
  form: FormState;
  uploads: FormState;
  relationForm: FormState;
};

function Attachments({ ctx, doc, attachments, form }: { ctx: ViewContext; doc: LegalDocument; attachments: DocumentAttachment[]; form: FormState }) {
  return (
    <section aria-labelledby="files-heading">
      <h2 id="files-heading">Tệp văn bản (PDF, DOCX)</h2>
      <ErrorSummary errors={form.errors} />
      {attachments.length === 0 ? (
        <p class="muted">Chưa có tệp.</p>
      ) : (
        <ul>
          {attachments.map((f) => (
            <li key={f.id}>
              {f.fileName} <span class="muted">({fileSize(f.size)})</span>{' '}
              {!f.hasText && <Badge tone="warning">Không đọc được chữ (bản scan?) — không tìm kiếm được nội dung</Badge>}{' '}
              <ActionButton action={`/admin/document-attachments/${f.id}/delete`} csrf={ctx.csrfToken} label={`Xóa tệp ${f.fileName}`} variant="danger" />
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`/admin/documents/${doc.id}/attachments?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
        <div class={form.errors.attachment ? 'field field--error' : 'field'}>
          <label for="f-attachment">Thêm tệp (PDF, DOCX; tối đa 10 MB)</label>
          <p class="field__hint" id="f-attachment-hint">
            Chữ trong tệp được trích ra để tìm kiếm; tệp PDF hiện ngay trên trang văn bản.
          </p>
          {form.errors.attachment && (
            <p class="field__error" id="f-attachment-error">
              <span class="visually-hidden">Lỗi: </span>
              {form.errors.attachment}
            </p>
          )}
          <input
            id="f-attachment"
            name="attachment"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={form.errors.attachment ? 'f-attachment-hint f-attachment-error' : 'f-attachment-hint'}
          />
        </div>
        <FormActions submit="Tải tệp lên" secondary />
      </form>
    </section>
  );
}

function Relations({ ctx, doc, relations, choices, form }: { ctx: ViewContext; doc: LegalDocument; relations: Relation[]; choices: RelatedDocument[]; form: FormState }) {
  return (
    <section aria-labelledby="relations-heading">
      <h2 id="relations-heading">Văn bản liên quan</h2>
      {relations.length === 0 ? (
        <p class="muted">Chưa có quan hệ với văn bản khác.</p>
      ) : (
        <DataTable caption="Quan hệ với văn bản khác">
          <thead>
            <tr>
              <th scope="col">Quan hệ</th>
              <th scope="col">Văn bản</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {relations.map((r) => (
              <tr key={`${r.kind}-${r.direction}-${r.other.id}`}>
                <td>{r.direction === 'forward' ? RELATION_KINDS[r.kind].label : RELATION_KINDS[r.kind].inverse}</td>
                <td>
                  <a href={`/admin/documents/${r.other.id}`}>{documentTitle(r.other)}</a> — {r.other.summary}
                </td>
                <td>
                  {r.direction === 'forward' ? (
                    <form method="post" action={`/admin/documents/${doc.id}/relations/delete`} class="inline-form">
                      <CsrfField token={ctx.csrfToken} />
                      <input type="hidden" name="kind" value={r.kind} />
                      <input type="hidden" name="targetId" value={String(r.other.id)} />
                      <button type="submit" class="button button--small button--danger">
                        Bỏ quan hệ<span class="visually-hidden"> với {r.other.code}</span>
                      </button>
                    </form>
                  ) : (
                    <span class="muted">Sửa ở văn bản {r.other.code}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h3>Thêm quan hệ</h3>
      <p class="muted">Văn bản này … văn bản được chọn. Trang văn bản kia tự hiện chiều ngược lại (ví dụ “Bị thay thế bởi”).</p>
      <PostForm action={`/admin/documents/${doc.id}/relations`} csrf={ctx.csrfToken} errors={form.errors} submit="Thêm quan hệ">
        <SelectField name="kind" label="Quan hệ" options={Object.entries(RELATION_LABELS).map(([value, label]) => ({ value, label }))} form={form} />
        <SelectField
          name="targetId"
          label="Văn bản được chọn"
          options={choices.map((c) => ({ value: String(c.id), label: `${documentTitle(c)} (${formatDate(c.issuedOn)}) — ${c.summary.slice(0, 90)}` }))}
          placeholder="— Chọn văn bản —"
          form={form}
        />
      </PostForm>
    </section>
  );
}

export function EditDocumentPage({ ctx, model }: { ctx: ViewContext; model: EditModel }) {
  const { doc } = model;
  const title = documentTitle(doc);
  return (
    <AdminLayout title={title} ctx={ctx}>
      <DocumentCrumbs current={doc.code} />
      <div class="page-header">
        <h1>{title}</h1>
        <DocumentStatusBadge status={doc.status} />
      </div>
      <p class="muted">
        Cập nhật lần cuối {formatDateTime(doc.updatedAt)}.{' '}
        {doc.published ? (
          <a href={`/van-ban/${doc.slug}`}>Xem trên cổng thông tin</a>
        ) : (
          <span>Văn bản không công khai: không hiện trên cổng thông tin.</span>
        )}
      </p>
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">Thông tin văn bản</h2>
        <PostForm action={`/admin/documents/${doc.id}`} csrf={ctx.csrfToken} errors={model.form.errors} submit="Lưu thay đổi">
          <DocumentFields form={model.form} organizations={model.organizations} />
        </PostForm>
      </section>
      <Attachments ctx={ctx} doc={doc} attachments={model.attachments} form={model.uploads} />
      <Relations ctx={ctx} doc={doc} relations={model.relations} choices={model.choices} form={model.relationForm} />
      <section aria-labelledby="danger-heading">
        <h2 id="danger-heading">Xóa văn bản</h2>
        <p>Xóa văn bản cùng các tệp và quan hệ của nó; không thể hoàn tác.</p>
        <ActionButton action={`/admin/documents/${doc.id}/delete`} csrf={ctx.csrfToken} label={`Xóa văn bản ${doc.code}`} variant="danger" />
      </section>
    </AdminLayout>
  );
}

export type ImportModel = { form: FormState; rows: ImportRow[]; problems: RowProblem[]; token: string | null };

/** The columns as README documents them, shown beside the upload. */
function ColumnsHelp() {
  return (
    <details>
      <summary>Các cột của tệp</summary>
      <p>
        Dòng đầu tiên là tiêu đề cột (không phân biệt hoa thường, có dấu hay không dấu). Cột bắt buộc:{' '}
        {IMPORT_COLUMNS.filter((c) => c.required)
          .map((c) => `“${c.headers[0]}”`)
          .join(', ')}
        . Các cột khác:{' '}
        {IMPORT_COLUMNS.filter((c) => !c.required)
          .map((c) => `“${c.headers[0]}”`)
          .join(', ')}
        . Ngày viết dd/mm/yyyy; “Tình trạng” là {Object.values(DOCUMENT_STATUSES).map((s) => `“${s}”`).join(', ')} (để trống: còn hiệu lực); “Loại văn bản” để trống thì
        lấy theo ký hiệu (45/KH-STTTT là Kế hoạch). Tệp CSV lưu dạng UTF-8.
      </p>
      <p>
        <a href="/admin/documents/import/mau.csv">Tải tệp mẫu (CSV)</a>
      </p>
    </details>
  );
}

export function ImportPage({ ctx, model }: { ctx: ViewContext; model: ImportModel }) {
  const { form, rows, problems, token } = model;
  return (
    <AdminLayout title="Nhập văn bản từ tệp" ctx={ctx}>
      <DocumentCrumbs current="Nhập từ tệp" />
      <h1>Nhập văn bản từ tệp CSV, XLSX</h1>
      <p>Tải tệp lên để xem trước từng dòng. Văn bản chỉ được nhập khi mọi dòng đều hợp lệ: có một dòng lỗi thì không dòng nào được lưu.</p>
      <ColumnsHelp />
      <ErrorSummary errors={form.errors} />
      {problems.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="import-problems-title" tabIndex={-1}>
          <h2 class="error-summary__title" id="import-problems-title">
            Tệp có {problems.length} lỗi; chưa nhập dòng nào
          </h2>
          <ul class="error-summary__list">
            {problems.map((p, i) => (
              <li key={i}>
                <a href={`#dong-${p.line}`}>
                  Dòng {p.line}: {p.message}
                </a>
              </li>
            ))}
          </ul>
          <p>Sửa các dòng trên trong tệp rồi tải tệp lên lại.</p>
        </div>
      )}
      <form method="post" action={`/admin/documents/import?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
        <div class={form.errors.file ? 'field field--error' : 'field'}>
          <label for="f-file">Tệp CSV (UTF-8) hoặc XLSX</label>
          {form.errors.file && (
            <p class="field__error" id="f-file-error">
              <span class="visually-hidden">Lỗi: </span>
              {form.errors.file}
            </p>
          )}
          <input id="f-file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        </div>
        <FormActions submit={rows.length > 0 ? 'Tải tệp khác lên' : 'Xem trước'} secondary={rows.length > 0} />
      </form>
      {rows.length > 0 && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Xem trước: {rows.length} dòng</h2>
          {token && (
            <div class="notice notice--success">
              <p>Mọi dòng đều hợp lệ.</p>
              <div class="actions">
                <form method="post" action="/admin/documents/import/confirm" class="inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="token" value={token} />
                  <button type="submit" class="button">
                    Nhập {rows.length} văn bản
                  </button>
                </form>
                <form method="post" action="/admin/documents/import/discard" class="inline-form">
                  <CsrfField token={ctx.csrfToken} />
                  <input type="hidden" name="token" value={token} />
                  <button type="submit" class="button button--secondary">
                    Hủy, không nhập
                  </button>
                </form>
              </div>
            </div>
          )}
          <DataTable caption="Các dòng của tệp">
            <thead>
              <tr>
                <th scope="col">Dòng</th>
                <th scope="col">Số, ký hiệu</th>
                <th scope="col">Loại văn bản</th>
                <th scope="col">Cơ quan ban hành</th>
                <th scope="col">Ngày ban hành</th>
                <th scope="col">Trích yếu</th>
                <th scope="col">Kiểm tra</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line} id={`dong-${r.line}`}>
                  <td>{r.line}</td>
                  <td>{r.code}</td>
                  <td>{r.type}</td>
                  <td>{r.issuerName}</td>
                  <td>{r.issuedOn}</td>
                  <td>{r.summary.length > 120 ? `${r.summary.slice(0, 120)}…` : r.summary}</td>
                  <td>
                    {r.problems.length === 0 ? (
                      <Badge tone="success">Hợp lệ</Badge>
                    ) : (
                      <ul class="field__error">
                        {r.problems.map((p, i) => (
                          <li key={i}>{p}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      )}
    </AdminLayout>
  );
}
