import { CheckboxesField, CsrfField, ErrorSummary, FilterForm, FormActions, SelectField, TextareaField, TextField, type FormState } from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import type { ViewContext } from '../../platform/views/context.js';
import { PublicLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { formatNumberVi } from '../../shared/money.js';
import type { FeedbackCase, FeedbackEvent, FeedbackField } from './feedback.repo.js';
import { CONSENT_TEXTS, CONSENT_VERSION, FEEDBACK_STATES, SUBMITTER_KINDS } from './feedback.schema.js';
import type { RelatedRef } from './feedback.related.js';
import { AttachmentsField, FileNames, RelatedField, RelatedLink } from './links.views.js';
import { paragraphs, Timeline } from './views.shared.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const BASE = '/phan-anh-kien-nghi';

function Crumbs({ current }: { current: string }) {
  return <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }, { href: BASE, label: 'Phản ánh, kiến nghị' }]} current={current} />;
}

export function SubmitPage({ ctx, form, fields, token, suggestions }: { ctx: ViewContext; form: FormState; fields: FeedbackField[]; token: string; suggestions: RelatedRef[] }) {
  const errors = form.errors;
  return (
    <PublicLayout title="Gửi phản ánh, kiến nghị" ctx={ctx} extras={{ head: <meta name="robots" content="noindex" /> }}>
      <Crumbs current="Gửi phản ánh, kiến nghị" />
      <h1>Gửi phản ánh, kiến nghị về quy định hành chính</h1>
      <div class="notice notice--info">
        <p>
          Tiếp nhận phản ánh, kiến nghị về cơ chế, chính sách, thủ tục hành chính (Nghị định 20/2008/NĐ-CP). Khiếu nại, tố cáo được giải quyết theo Luật Khiếu nại, Luật Tố cáo và
          không được tiếp nhận qua biểu mẫu này.
        </p>
        <p>Không cần tài khoản. Sau khi gửi, bạn nhận mã tra cứu và mã bí mật để theo dõi kết quả.</p>
      </div>
      {errors.form && (
        <div class="notice notice--warning" role="alert" id="f-form">
          <p>{errors.form}</p>
        </div>
      )}
      <ErrorSummary errors={Object.fromEntries(Object.entries(errors).filter(([k]) => k !== 'form'))} />
      {/* Multipart: the CSRF token rides in the query, read before the body is (platform/http/web.ts). */}
      <form method="post" action={`${BASE}/gui?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="startedAt" value={token} />
        <div hidden aria-hidden="true">
          <label for="f-website">Trang web (để trống)</label>
          <input type="text" id="f-website" name="website" tabIndex={-1} autocomplete="off" value="" />
        </div>
        <fieldset>
          <legend>Người gửi</legend>
          <SelectField name="submitterKind" label="Người gửi là" options={Object.entries(SUBMITTER_KINDS).map(([value, label]) => ({ value, label }))} placeholder="— Chọn —" form={form} required />
          <TextField name="name" label="Họ và tên (hoặc tên tổ chức)" autocomplete="name" maxLength={200} form={form} required />
          <TextField name="address" label="Địa chỉ" autocomplete="street-address" maxLength={300} form={form} required />
          <TextField name="phone" label="Số điện thoại" type="tel" autocomplete="tel" maxLength={20} form={form} required />
          <TextField name="email" label="Email (không bắt buộc)" type="email" autocomplete="email" hint="Nếu có, mã tra cứu và kết quả trả lời được gửi về địa chỉ này." maxLength={200} form={form} />
        </fieldset>
        <fieldset>
          <legend>Nội dung phản ánh, kiến nghị</legend>
          <SelectField name="fieldId" label="Lĩnh vực" options={fields.filter((f) => f.active).map((f) => ({ value: String(f.id), label: f.name }))} placeholder="— Chọn lĩnh vực —" form={form} required />
          <TextField name="title" label="Tiêu đề" maxLength={200} form={form} required />
          <TextareaField name="content" label="Nội dung" hint="Tối đa 4.000 ký tự. Nêu quy định, thủ tục liên quan, vướng mắc và đề xuất (nếu có)." rows={10} maxLength={4000} form={form} required />
          <RelatedField form={form} suggestions={suggestions} />
          <AttachmentsField form={form} />
        </fieldset>
        <CheckboxesField name="consent" label="Đồng ý xử lý dữ liệu cá nhân (bắt buộc)" options={[{ value: '1', label: CONSENT_TEXTS[CONSENT_VERSION] }]} form={form} />
        <CheckboxesField
          name="publishAllowed"
          label="Công khai (không bắt buộc)"
          options={[{ value: '1', label: 'Tôi đồng ý để cơ quan công khai câu hỏi và câu trả lời trên cổng thông tin, sau khi đã bỏ mọi thông tin cá nhân.' }]}
          form={form}
        />
        <FormActions submit="Gửi phản ánh, kiến nghị" />
      </form>
    </PublicLayout>
  );
}

export function SubmittedPage({ ctx, code, secret, classifyDueOn, emailed }: { ctx: ViewContext; code: string; secret: string; classifyDueOn: string; emailed: boolean }) {
  return (
    <PublicLayout title="Đã gửi phản ánh, kiến nghị" ctx={ctx} extras={{ head: <meta name="robots" content="noindex" /> }}>
      <Crumbs current="Đã gửi" />
      <div class="notice notice--success" role="status">
        <h1>Đã tiếp nhận phản ánh, kiến nghị của bạn</h1>
        <p>
          Mã tra cứu: <strong class="tracking-code">{code}</strong>
        </p>
        <p>
          Mã bí mật: <strong class="tracking-secret">{secret}</strong>
        </p>
      </div>
      <p>
        <strong>Hãy ghi lại hai mã này ngay.</strong> Mã bí mật chỉ hiển thị một lần{emailed ? ' và đã được gửi đến email của bạn' : ''}; cơ quan không lưu mã bí mật nên không thể cấp lại.
      </p>
      <p>
        Cơ quan phân loại phản ánh, kiến nghị chậm nhất ngày {formatDate(classifyDueOn)} (tính theo ngày làm việc). Theo dõi kết quả tại{' '}
        <a href={`${BASE}/tra-cuu`}>trang tra cứu</a>.
      </p>
    </PublicLayout>
  );
}

export type LookupModel = { case: FeedbackCase; events: FeedbackEvent[]; files: string[] } | null;

function Credentials({ code, secret }: { code: string; secret: string }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="secret" value={secret} />
    </>
  );
}

export function LookupPage({ ctx, form, result, status }: { ctx: ViewContext; form: FormState; result: LookupModel; status?: string }) {
  const code = String(form.values.code ?? '');
  const secret = String(form.values.secret ?? '');
  const c = result?.case;
  return (
    <PublicLayout title="Tra cứu phản ánh, kiến nghị" ctx={ctx} extras={{ head: <meta name="robots" content="noindex" /> }}>
      <Crumbs current="Tra cứu" />
      <h1>Tra cứu phản ánh, kiến nghị</h1>
      {status && (
        <div class="notice notice--success" role="status">
          <p>{status}</p>
        </div>
      )}
      <ErrorSummary errors={form.errors} />
      {!c && (
        <form method="post" action={`${BASE}/tra-cuu`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="code" label="Mã tra cứu" hint="Ví dụ: PA-2026-000123" maxLength={40} form={form} required />
          <TextField name="secret" label="Mã bí mật" type="password" autocomplete="off" maxLength={40} form={form} required />
          <FormActions submit="Tra cứu" />
        </form>
      )}
      {c && result && (
        <>
          <h2>{c.title}</h2>
          <dl class="facts">
            <dt>Mã tra cứu</dt>
            <dd>{c.code}</dd>
            <dt>Lĩnh vực</dt>
            <dd>{c.fieldName || '—'}</dd>
            <dt>Trạng thái</dt>
            <dd>{FEEDBACK_STATES[c.status]}</dd>
            <dt>Ngày gửi</dt>
            <dd>{formatDate(c.receivedAt)}</dd>
            <FileNames files={result.files} />
            {c.pausedOn ? (
              <>
                <dt>Thời hạn</dt>
                <dd>Tạm dừng tính hạn, chờ bạn bổ sung thông tin</dd>
              </>
            ) : (
              c.dueOn && (
                <>
                  <dt>{c.status === 'received' ? 'Hạn phân loại' : 'Hạn trả lời'}</dt>
                  <dd>{formatDate(c.dueOn)}</dd>
                </>
              )
            )}
          </dl>
          <h3>Quá trình xử lý</h3>
          <Timeline events={result.events} />
          {(c.status === 'answered' || c.status === 'published') && (
            <section aria-labelledby="answer-title">
              <h3 id="answer-title">Nội dung trả lời</h3>
              {paragraphs(c.answer)}
              {c.rating === null ? (
                <form method="post" action={`${BASE}/tra-cuu/danh-gia`}>
                  <CsrfField token={ctx.csrfToken} />
                  <Credentials code={code} secret={secret} />
                  <SelectField
                    name="rating"
                    label="Bạn hài lòng với câu trả lời ở mức nào?"
                    options={[5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: `${n} — ${['', 'Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'][n]}` }))}
                    placeholder="— Chọn —"
                    form={form}
                  />
                  <FormActions submit="Gửi đánh giá" secondary />
                </form>
              ) : (
                <p>Bạn đã đánh giá: {c.rating}/5.</p>
              )}
              {!c.reopenRequestedAt && (
                <form method="post" action={`${BASE}/tra-cuu/xem-xet-lai`}>
                  <CsrfField token={ctx.csrfToken} />
                  <Credentials code={code} secret={secret} />
                  <TextareaField name="reason" label="Chưa hài lòng? Đề nghị xem xét lại (chỉ một lần)" rows={4} maxLength={2000} form={form} />
                  <FormActions submit="Đề nghị xem xét lại" secondary />
                </form>
              )}
            </section>
          )}
          {c.status === 'awaitingInfo' && (
            <form method="post" action={`${BASE}/tra-cuu/bo-sung`}>
              <CsrfField token={ctx.csrfToken} />
              <Credentials code={code} secret={secret} />
              <TextareaField name="info" label="Bổ sung thông tin theo đề nghị của cơ quan" rows={6} maxLength={4000} form={form} />
              <FormActions submit="Gửi thông tin bổ sung" />
            </form>
          )}
        </>
      )}
    </PublicLayout>
  );
}

export type PublicListModel = {
  form: FormState;
  result: { total: number; items: FeedbackCase[]; page: number; pageSize: number; fields: FeedbackField[] };
  query: Record<string, string>;
};

export function PublicListPage({ ctx, model }: { ctx: ViewContext; model: PublicListModel }) {
  const { form, result, query } = model;
  const q = String(form.values.q ?? '');
  return (
    <PublicLayout title="Phản ánh, kiến nghị" ctx={ctx} extras={{ head: q ? <meta name="robots" content="noindex" /> : undefined }}>
      <Breadcrumbs trail={[{ href: '/', label: 'Trang chủ' }]} current="Phản ánh, kiến nghị" />
      <h1>Phản ánh, kiến nghị</h1>
      <p class="lead">Câu hỏi của người dân, doanh nghiệp về quy định hành chính và câu trả lời của cơ quan, được công khai khi người gửi đồng ý.</p>
      <p>
        <a class="button" href={`${BASE}/gui`}>
          Gửi phản ánh, kiến nghị
        </a>{' '}
        <a class="button button--secondary" href={`${BASE}/tra-cuu`}>
          Tra cứu kết quả
        </a>
      </p>
      <ErrorSummary errors={form.errors} />
      <FilterForm action={BASE} label="Tìm câu hỏi, câu trả lời">
        <TextField name="q" label="Từ khóa" type="search" hint="Gõ có dấu hoặc không dấu đều được." form={form} />
        <SelectField name="linhvuc" label="Lĩnh vực" options={result.fields.map((f) => ({ value: f.slug, label: f.name }))} placeholder="Tất cả" form={form} />
      </FilterForm>
      <p role="status">{result.total === 0 ? (q ? `Không tìm thấy câu hỏi nào cho “${q}”.` : 'Chưa có câu hỏi nào được công khai.') : `${formatNumberVi(result.total)} câu hỏi đã được trả lời.`}</p>
      <ul class="feedback-list">
        {result.items.map((item) => (
          <li key={item.id}>
            <h2>
              <a href={`${BASE}/${item.publicSlug}`}>{item.publicTitle}</a>
            </h2>
            <p class="muted">
              {item.fieldName} · Trả lời ngày {item.answeredAt ? formatDate(item.answeredAt) : ''}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery(BASE, { ...query, trang: page > 1 ? page : undefined })} />
    </PublicLayout>
  );
}

export function PublicItemPage({ ctx, item }: { ctx: ViewContext; item: FeedbackCase & { related: RelatedRef | null } }) {
  return (
    <PublicLayout title={item.publicTitle} ctx={ctx}>
      <Crumbs current={item.publicTitle} />
      <article>
        <h1>{item.publicTitle}</h1>
        <p class="muted">
          {item.code} · {item.fieldName} · Gửi ngày {formatDate(item.receivedAt)}
        </p>
        <h2>Nội dung phản ánh, kiến nghị</h2>
        {paragraphs(item.publicContent)}
        {item.related && (
          <p class="related">
            <RelatedLink related={item.related} />
          </p>
        )}
        <h2>Trả lời của cơ quan</h2>
        {item.answeredAt && <p class="muted">Ngày trả lời: {formatDate(item.answeredAt)}</p>}
        {paragraphs(item.answer)}
      </article>
    </PublicLayout>
  );
}
