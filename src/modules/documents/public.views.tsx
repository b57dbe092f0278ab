import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import { ErrorSummary, FilterForm, SelectField, TextField, type FormState } from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { formatNumberVi } from '../../shared/money.js';
import { sortVi } from '../../shared/text.js';
import type { DocumentAttachment, LegalDocument, Relation } from './documents.repo.js';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES, PUBLIC_SORTS, RELATION_KINDS, STATUS_SLUGS, TYPE_SLUGS, type DocumentStatus, type DocumentType, type RelationKind } from './documents.schema.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const STYLES = ['/assets/css/documents.css'];

const STATUS_TONE: Record<DocumentStatus, BadgeTone> = { inForce: 'success', partlyExpired: 'warning', expired: 'neutral' };

export const DocumentStatusBadge = ({ status }: { status: DocumentStatus }) => <Badge tone={STATUS_TONE[status]}>{DOCUMENT_STATUSES[status]}</Badge>;

export const documentTitle = (d: { type: DocumentType; code: string }) => `${DOCUMENT_TYPES[d.type].label} ${d.code}`;

export const fileSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${formatNumberVi(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export const attachmentUrl = (id: number) => `/van-ban/tep/${id}`;
export const inlineUrl = (id: number) => `/van-ban/tep/${id}/xem`;

export type Facets = { types: DocumentType[]; issuers: string[]; fields: string[]; years: number[] };

export type ListModel = {
  form: FormState;
  facets: Facets;
  result: { total: number; documents: LegalDocument[]; page: number; pageSize: number };
  query: Record<string, string>;
};

export function DocumentsPage({ ctx, model }: { ctx: ViewContext; model: ListModel }) {
  const { form, facets, result, query } = model;
  const q = String(form.values.q ?? '');
  const filtered = Object.keys(query).some((k) => k !== 'trang' && k !== 'sapxep' && query[k]);
  return (
    <PublicLayout title={result.page > 1 ? `Văn bản — trang ${result.page}` : 'Văn bản'} ctx={ctx} extras={{ styles: STYLES, head: q ? <meta name="robots" content="noindex" /> : undefined }}>
      <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }]} current="Văn bản" />
      <h1>Văn bản</h1>
      <p class="lead">Văn bản quy phạm pháp luật và văn bản hành chính về cải cách hành chính, chuyển đổi số và dịch vụ công trực tuyến.</p>
      <ErrorSummary errors={form.errors} />
      <FilterForm action="/van-ban" label="Tìm và lọc văn bản">
        <TextField name="q" label="Từ khóa" type="search" hint="Số, ký hiệu hoặc trích yếu; gõ có dấu hoặc không dấu đều được." form={form} />
        <SelectField
          name="loai"
          label="Loại văn bản"
          options={sortVi(facets.types, (t) => DOCUMENT_TYPES[t].label).map((t) => ({ value: TYPE_SLUGS[t], label: DOCUMENT_TYPES[t].label }))}
          placeholder="Tất cả"
          form={form}
        />
        <SelectField name="coquan" label="Cơ quan ban hành" options={sortVi(facets.issuers).map((name) => ({ value: name, label: name }))} placeholder="Tất cả" form={form} />
        <SelectField name="linhvuc" label="Lĩnh vực" options={sortVi(facets.fields).map((name) => ({ value: name, label: name }))} placeholder="Tất cả" form={form} />
        <SelectField name="nam" label="Năm ban hành" options={facets.years.map((y) => ({ value: String(y), label: String(y) }))} placeholder="Tất cả" form={form} />
        <SelectField
          name="tinhtrang"
          label="Tình trạng hiệu lực"
          options={(Object.keys(DOCUMENT_STATUSES) as DocumentStatus[]).map((s) => ({ value: STATUS_SLUGS[s], label: DOCUMENT_STATUSES[s] }))}
          placeholder="Tất cả"
          form={form}
        />
        <SelectField name="sapxep" label="Sắp xếp" options={Object.entries(PUBLIC_SORTS).map(([value, label]) => ({ value, label }))} form={form} />
      </FilterForm>
      <p role="status">
        {result.total === 0 ? (
          q ? (
            <>Không tìm thấy văn bản nào cho “{q}”. Hãy thử từ khóa ngắn hơn hoặc bỏ bớt bộ lọc.</>
          ) : (
            <>Không có văn bản nào{filtered ? ' phù hợp với bộ lọc' : ''}.</>
          )
        ) : (
          <>
            {q ? `Tìm thấy ${formatNumberVi(result.total)} văn bản cho “${q}”.` : `${formatNumberVi(result.total)} văn bản.`}
            {filtered && (
              <>
                {' '}
                <a href="/van-ban">Bỏ lọc</a>
              </>
            )}
          </>
        )}
      </p>
      {result.documents.length > 0 && (
        <DataTable caption="Danh sách văn bản">
          <thead>
            <tr>
              <th scope="col">Số, ký hiệu</th>
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
                  <strong>{d.code}</strong>
                  <br />
                  <span class="muted">{DOCUMENT_TYPES[d.type].label}</span>
                </td>
                <td>
                  <time dateTime={d.issuedOn}>{formatDate(d.issuedOn)}</time>
                </td>
                <td>
                  <a href={`/van-ban/${d.slug}`}>{d.summary}</a>
                </td>
                <td>{d.issuerName}</td>
                <td>
                  <DocumentStatusBadge status={d.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/van-ban', { ...query, trang: page > 1 ? page : undefined })} />
    </PublicLayout>
  );
}

/** Relations grouped as the reader asks: "what does it replace?", "what replaced it?". */
function groupRelations(relations: Relation[]) {
  const groups: { heading: string; items: Relation[] }[] = [];
  for (const kind of Object.keys(RELATION_KINDS) as RelationKind[]) {
    for (const direction of ['forward', 'inverse'] as const) {
      const items = relations.filter((r) => r.kind === kind && r.direction === direction);
      if (items.length > 0) groups.push({ heading: direction === 'forward' ? RELATION_KINDS[kind].label : RELATION_KINDS[kind].inverse, items });
    }
  }
  return groups;
}

export type DetailModel = { doc: LegalDocument; attachments: DocumentAttachment[]; relations: Relation[]; canonical: string };

export function DocumentPage({ ctx, model }: { ctx: ViewContext; model: DetailModel }) {
  const { doc, attachments, relations } = model;
  const title = documentTitle(doc);
  const pdf = attachments.find((a) => a.mime === 'application/pdf');
  const groups = groupRelations(relations);
  const head = (
    <>
      <link rel="canonical" href={model.canonical} />
      <meta name="description" content={`${title}: ${doc.summary}`.slice(0, 300)} />
    </>
  );
  return (
    <PublicLayout title={title} ctx={ctx} extras={{ head, styles: STYLES }}>
      <article class="article">
        <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }, { href: '/van-ban', label: 'Văn bản' }]} current={doc.code} />
        <h1>{title}</h1>
        <p class="lead">{doc.summary}</p>
        <div class="table-wrap">
          <table class="table document-meta">
            <caption class="visually-hidden">Thông tin văn bản</caption>
            <tbody>
              <tr>
                <th scope="row">Số, ký hiệu</th>
                <td>{doc.code}</td>
              </tr>
              <tr>
                <th scope="row">Loại văn bản</th>
                <td>{DOCUMENT_TYPES[doc.type].label}</td>
              </tr>
              <tr>
                <th scope="row">Ngày ban hành</th>
                <td>
                  <time dateTime={doc.issuedOn}>{formatDate(doc.issuedOn)}</time>
                </td>
              </tr>
              <tr>
                <th scope="row">Trích yếu</th>
                <td>{doc.summary}</td>
              </tr>
              <tr>
                <th scope="row">Cơ quan ban hành</th>
                <td>{doc.issuerName}</td>
              </tr>
              <tr>
                <th scope="row">Người ký</th>
                <td>{doc.signerName ? (doc.signerTitle ? `${doc.signerName} — ${doc.signerTitle}` : doc.signerName) : <span class="muted">Chưa cập nhật</span>}</td>
              </tr>
              <tr>
                <th scope="row">Lĩnh vực</th>
                <td>{doc.field || <span class="muted">Chưa cập nhật</span>}</td>
              </tr>
              <tr>
                <th scope="row">Ngày có hiệu lực</th>
                <td>{doc.effectiveOn ? <time dateTime={doc.effectiveOn}>{formatDate(doc.effectiveOn)}</time> : <span class="muted">Chưa cập nhật</span>}</td>
              </tr>
              <tr>
                <th scope="row">Ngày hết hiệu lực</th>
                <td>{doc.expiresOn ? <time dateTime={doc.expiresOn}>{formatDate(doc.expiresOn)}</time> : <span class="muted">Không xác định</span>}</td>
              </tr>
              <tr>
                <th scope="row">Tình trạng hiệu lực</th>
                <td>
                  <DocumentStatusBadge status={doc.status} />
                </td>
              </tr>
            </tbody>
          </table>
        </div>

        {attachments.length > 0 && (
          <section aria-labelledby="files-heading">
            <h2 id="files-heading">Tệp văn bản</h2>
            <ul>
              {attachments.map((f) => (
                <li key={f.id}>
                  <a href={attachmentUrl(f.id)} download={f.fileName}>
                    Tải về {f.fileName}
                  </a>{' '}
                  <span class="muted">
                    ({f.mime === 'application/pdf' ? 'PDF' : 'DOCX'}, {fileSize(f.size)})
                  </span>
                  {f.mime === 'application/pdf' && (
                    <>
                      {' · '}
                      <a href={inlineUrl(f.id)}>Mở trong trình duyệt</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
            {pdf && (
              // Same-origin frame: the page's CSP allows it (frame-src falls back to default-src 'self').
              <iframe class="document-viewer" src={inlineUrl(pdf.id)} title={`Toàn văn ${title} (PDF)`} loading="lazy"></iframe>
            )}
          </section>
        )}

        {groups.length > 0 && (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">Văn bản liên quan</h2>
            {groups.map((group) => (
              <section key={group.heading} aria-label={group.heading}>
                <h3>{group.heading}</h3>
                <ul>
                  {group.items.map((r) => (
                    <li key={`${r.kind}-${r.direction}-${r.other.id}`}>
                      <a href={`/van-ban/${r.other.slug}`}>{documentTitle(r.other)}</a> — {r.other.summary} <span class="muted">({formatDate(r.other.issuedOn)})</span>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </section>
        )}

        {doc.bodyText.trim() !== '' && (
          <section aria-labelledby="body-heading">
            <h2 id="body-heading">Nội dung văn bản</h2>
            <div class="article__body document-text">
              {doc.bodyText
                .split(/\n+/)
                .map((p) => p.trim())
                .filter(Boolean)
                .map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
            </div>
          </section>
        )}
      </article>
    </PublicLayout>
  );
}
