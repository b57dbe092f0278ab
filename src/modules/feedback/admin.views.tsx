import type { Actor } from '../../platform/auth/actor.js';
import { ActionButton, CsrfField, ErrorSummary, FilterForm, FormActions, SelectField, TextareaField, TextField, type FormState } from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import { formatNumberVi } from '../../shared/money.js';
import type { FeedbackCase, FeedbackEvent, FeedbackField, PersonalData } from './feedback.repo.js';
import { canStep, CONSENT_TEXTS, REPLY_TEMPLATES, type ReplyTemplate, FEEDBACK_STATE_KEYS, FEEDBACK_STATES, INBOX_DUE, SUBMITTER_KINDS, type FeedbackState } from './feedback.schema.js';
import type { InboxResult } from './feedback.service.js';
import { DEADLINES } from './feedback.settings.js';
import type { CaseLinks } from './feedback.links.js';
import { CaseLinksFacts } from './links.views.js';
import { DeadlineBadge, paragraphs, StateBadge, Timeline } from './views.shared.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const BASE = '/admin/feedback';

export type Choices = { fields: FeedbackField[]; units: { id: number; name: string }[]; handlers: { id: number; fullName: string; unitId: number | null }[] };

export function InboxPage({ ctx, filters, result, choices }: { ctx: ViewContext; filters: FormState; result: InboxResult; choices: Choices }) {
  const values = filters.values as Record<string, string>;
  return (
    <AdminLayout title="Phản ánh, kiến nghị" ctx={ctx}>
      <div class="page-header">
        <h1>Phản ánh, kiến nghị</h1>
        <div class="actions">
          <a class="button button--secondary" href={`${BASE}/bao-cao`}>
            Báo cáo
          </a>
          <a class="button button--secondary" href={`${BASE}/thu-tong-hop`}>
            Thư tổng hợp hằng ngày
          </a>
          {ctx.actor?.permissions.has('feedback.approve') && (
            <a class="button button--secondary" href={`${BASE}/cai-dat`}>
              Cài đặt thời hạn
            </a>
          )}
          <a class="button button--secondary" href={`${BASE}/linh-vuc`}>
            Lĩnh vực
          </a>
          <a class="button button--secondary" href={`${BASE}/so-tiep-nhan.csv`}>
            Tải sổ tiếp nhận (CSV)
          </a>
          <a class="button button--secondary" href={`${BASE}/so-tiep-nhan.xlsx`}>
            Tải sổ tiếp nhận (XLSX)
          </a>
        </div>
      </div>
      <ul class="cards" aria-label="Số lượng theo trạng thái">
        {FEEDBACK_STATE_KEYS.map((s) => (
          <li class="card" key={s}>
            <p class="card__title">
              <a href={withQuery(BASE, { status: s })}>{FEEDBACK_STATES[s]}</a>
            </p>
            <p class="card__value" data-status={s}>
              {result.counts[s] ?? 0}
            </p>
          </li>
        ))}
      </ul>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action={BASE} label="Lọc phản ánh, kiến nghị">
        <TextField name="q" label="Mã hoặc tiêu đề" type="search" form={filters} />
        <SelectField name="status" label="Trạng thái" options={FEEDBACK_STATE_KEYS.map((s) => ({ value: s, label: FEEDBACK_STATES[s] }))} placeholder="Tất cả" form={filters} />
        <SelectField name="fieldId" label="Lĩnh vực" options={choices.fields.map((f) => ({ value: String(f.id), label: f.name }))} placeholder="Tất cả" form={filters} />
        <SelectField name="unitId" label="Đơn vị" options={choices.units.map((u) => ({ value: String(u.id), label: u.name }))} placeholder="Tất cả" form={filters} />
        <SelectField name="assigneeId" label="Cán bộ xử lý" options={choices.handlers.map((h) => ({ value: String(h.id), label: h.fullName }))} placeholder="Tất cả" form={filters} />
        <SelectField name="due" label="Thời hạn" options={Object.entries(INBOX_DUE).map(([value, label]) => ({ value, label }))} placeholder="Tất cả" form={filters} />
        <SelectField name="mine" label="Giao cho" options={[{ value: '1', label: 'Tôi' }]} placeholder="Mọi người" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        {result.totalIsCapped ? 'Hơn ' : ''}
        {formatNumberVi(result.total)} phản ánh, kiến nghị.{result.totalIsCapped && ' Hãy thêm từ khóa hoặc bộ lọc để thu hẹp kết quả.'}
      </p>
      <DataTable caption="Danh sách phản ánh, kiến nghị">
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tiêu đề</th>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Ngày nhận</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Thời hạn</th>
            <th scope="col">Xử lý</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`${BASE}/${c.id}`}>{c.code}</a>
              </td>
              <td>{c.title}</td>
              <td>{c.fieldName}</td>
              <td>{formatDate(c.receivedAt)}</td>
              <td>
                <StateBadge state={c.status} />
              </td>
              <td>
                <DeadlineBadge state={c.status} dueOn={c.dueOn} today={result.today} pausedOn={c.pausedOn} />
              </td>
              <td>{[c.unitName, c.assigneeName].filter(Boolean).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery(BASE, { ...values, page: page > 1 ? page : undefined })} />
    </AdminLayout>
  );
}

export type DetailModel = {
  case: FeedbackCase;
  personal: PersonalData | null;
  events: FeedbackEvent[];
  today: string;
  links: CaseLinks;
  choices: Choices;
  /** The form that came back with errors, by its action. */
  failed?: { action: string; form: FormState };
  /** A reply template chosen for the draft (`?mau=`). */
  template?: ReplyTemplate;
};

function StepForm(props: { ctx: ViewContext; model: DetailModel; action: string; submit: string; children?: preact.ComponentChildren; danger?: boolean }) {
  const form = props.model.failed?.action === props.action ? props.model.failed.form : { values: {}, errors: {} };
  return (
    <form method="post" action={`${BASE}/${props.model.case.id}/${props.action}`} class="step-form" novalidate>
      <CsrfField token={props.ctx.csrfToken} />
      <ErrorSummary errors={form.errors} />
      {props.children}
      <FormActions submit={props.submit} secondary={props.danger} />
    </form>
  );
}

const formOf = (model: DetailModel, action: string): FormState => (model.failed?.action === action ? model.failed.form : { values: {}, errors: {} });

export function DetailPage({ ctx, model }: { ctx: ViewContext; model: DetailModel }) {
  const c = model.case;
  const actor = ctx.actor as Actor;
  const handles = actor.permissions.has('feedback.handle');
  const approves = actor.permissions.has('feedback.approve');
  const can = (step: Parameters<typeof canStep>[0]) => canStep(step, c.status);
  const p = model.personal;
  return (
    <AdminLayout title={`${c.code} — ${c.title}`} ctx={ctx}>
      <Breadcrumbs trail={[{ href: BASE, label: 'Phản ánh, kiến nghị' }]} current={c.code} />
      <h1>{c.title}</h1>
      <p>
        <StateBadge state={c.status} /> <DeadlineBadge state={c.status} dueOn={c.dueOn} today={model.today} pausedOn={c.pausedOn} />
      </p>
      <dl class="facts">
        <dt>Mã tra cứu</dt>
        <dd>{c.code}</dd>
        <dt>Lĩnh vực</dt>
        <dd>{c.fieldName || '—'}</dd>
        <dt>Ngày tiếp nhận</dt>
        <dd>{formatDateTime(c.receivedAt)}</dd>
        <dt>Hạn phân loại</dt>
        <dd>
          {formatDate(c.classifyDueOn)} <span class="muted">(ngày làm việc, kể từ ngày tiếp nhận; {DEADLINES.classify.basis})</span>
        </dd>
        {c.answerDueOn && (
          <>
            <dt>Hạn trả lời</dt>
            <dd>
              {formatDate(c.answerDueOn)} <span class="muted">(ngày làm việc, kể từ ngày thụ lý; {DEADLINES.answer.basis})</span>
            </dd>
          </>
        )}
        <dt>Đơn vị, cán bộ xử lý</dt>
        <dd>{[c.unitName, c.assigneeName].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>Công khai</dt>
        <dd>{c.publishAllowed ? 'Người gửi đồng ý công khai (bỏ thông tin cá nhân)' : 'Người gửi không đồng ý công khai'}</dd>
        {c.rating !== null && (
          <>
            <dt>Đánh giá của người gửi</dt>
            <dd>{c.rating}/5</dd>
          </>
        )}
      </dl>
      <CaseLinksFacts links={model.links} />
      {p && (
        <section class="notice notice--warning" aria-labelledby="personal-title">
          <h2 id="personal-title">Thông tin người gửi (dữ liệu cá nhân; mỗi lần xem được ghi nhật ký)</h2>
          <dl class="facts personal-data">
            <dt>Người gửi là</dt>
            <dd>{SUBMITTER_KINDS[p.submitterKind]}</dd>
            <dt>Họ và tên</dt>
            <dd>{p.name}</dd>
            <dt>Địa chỉ</dt>
            <dd>{p.address}</dd>
            <dt>Điện thoại</dt>
            <dd>{p.phone}</dd>
            <dt>Email</dt>
            <dd>{p.email || '—'}</dd>
            <dt>Đồng ý xử lý dữ liệu</dt>
            <dd>
              {formatDateTime(p.consentAt)}, phiên bản {p.consentVersion}: “{CONSENT_TEXTS[p.consentVersion as keyof typeof CONSENT_TEXTS] ?? ''}”
            </dd>
          </dl>
          {p.erasedAt ? (
            <p>Dữ liệu cá nhân đã được xóa theo yêu cầu lúc {formatDateTime(p.erasedAt)}.</p>
          ) : (
            <p>
              <a href={`${BASE}/${c.id}/du-lieu-ca-nhan.json`}>Xuất dữ liệu của người gửi (theo yêu cầu của họ)</a>
            </p>
          )}
        </section>
      )}
      <h2>Nội dung</h2>
      {paragraphs(c.content)}
      {c.answer && (
        <>
          <h2>Dự thảo, nội dung trả lời</h2>
          {paragraphs(c.answer)}
        </>
      )}
      <h2>Quá trình xử lý</h2>
      <Timeline events={model.events} internal />
      <h2>Thao tác</h2>
      {handles && can('accept') && (
        <>
          <h3>Phân loại</h3>
          <ActionButton action={`${BASE}/${c.id}/accept`} csrf={ctx.csrfToken} label="Thụ lý (thuộc thẩm quyền)" />
          <StepForm ctx={ctx} model={model} action="reject" submit="Không tiếp nhận">
            <TextareaField name="reason" label="Lý do không tiếp nhận (người gửi xem được), ví dụ: khiếu nại, tố cáo thì gửi đến đâu" rows={3} form={formOf(model, 'reject')} />
          </StepForm>
          <StepForm ctx={ctx} model={model} action="forward" submit="Chuyển cơ quan có thẩm quyền">
            <TextField name="agency" label="Cơ quan có thẩm quyền" form={formOf(model, 'forward')} />
            <TextareaField name="forwardNote" label="Ghi chú cho người gửi" rows={2} form={formOf(model, 'forward')} />
          </StepForm>
        </>
      )}
      {handles && can('assign') && (
        <StepForm ctx={ctx} model={model} action="assign" submit="Giao xử lý">
          <SelectField name="unitId" label="Đơn vị" options={model.choices.units.map((u) => ({ value: String(u.id), label: u.name }))} placeholder="— Chọn —" form={formOf(model, 'assign')} />
          <SelectField name="assigneeId" label="Cán bộ xử lý" options={model.choices.handlers.map((h) => ({ value: String(h.id), label: h.fullName }))} placeholder="— Chọn —" form={formOf(model, 'assign')} />
        </StepForm>
      )}
      {handles && can('start') && <ActionButton action={`${BASE}/${c.id}/start`} csrf={ctx.csrfToken} label="Bắt đầu xử lý" />}
      {handles && can('resume') && <ActionButton action={`${BASE}/${c.id}/resume`} csrf={ctx.csrfToken} label="Tiếp tục xử lý (tính hạn lại)" />}
      {handles && can('requestInfo') && (
        <StepForm ctx={ctx} model={model} action="request-info" submit="Đề nghị bổ sung (tạm dừng tính hạn)">
          <TextareaField name="question" label="Thông tin cần người gửi bổ sung" rows={3} form={formOf(model, 'request-info')} />
        </StepForm>
      )}
      {handles && can('draft') && (
        <StepForm ctx={ctx} model={model} action="draft" submit="Lưu dự thảo, trình lãnh đạo">
          <p>
            Mẫu trả lời:{' '}
            {(Object.keys(REPLY_TEMPLATES) as ReplyTemplate[]).map((key, i) => (
              <span key={key}>
                {i > 0 && ' · '}
                <a href={`${BASE}/${c.id}?mau=${key}#f-answer`}>{REPLY_TEMPLATES[key].label}</a>
              </span>
            ))}
          </p>
          <TextareaField
            name="answer"
            label="Nội dung trả lời"
            rows={10}
            form={model.failed?.action === 'draft' ? model.failed.form : { values: { answer: model.template ? REPLY_TEMPLATES[model.template].text : c.answer }, errors: {} }}
          />
        </StepForm>
      )}
      {approves && can('approve') && (
        <>
          <ActionButton action={`${BASE}/${c.id}/approve`} csrf={ctx.csrfToken} label="Duyệt nội dung trả lời" />
          <StepForm ctx={ctx} model={model} action="return" submit="Trả lại dự thảo" danger>
            <TextareaField name="reason" label="Lý do trả lại" rows={2} form={formOf(model, 'return')} />
          </StepForm>
        </>
      )}
      {handles && can('answer') && <ActionButton action={`${BASE}/${c.id}/answer`} csrf={ctx.csrfToken} label="Gửi trả lời cho người gửi" />}
      {handles && can('publish') && c.publishAllowed && (
        <StepForm ctx={ctx} model={model} action="publish" submit="Công khai trên cổng thông tin">
          <p>Viết lại câu hỏi, bỏ mọi thông tin cá nhân (họ tên, địa chỉ, số điện thoại, email, số giấy tờ).</p>
          <TextField name="publicTitle" label="Tiêu đề công khai" form={model.failed?.action === 'publish' ? model.failed.form : { values: { publicTitle: c.title }, errors: {} }} />
          <TextareaField name="publicContent" label="Nội dung công khai" rows={6} form={model.failed?.action === 'publish' ? model.failed.form : { values: { publicContent: c.content }, errors: {} }} />
        </StepForm>
      )}
      {handles && p && !p.erasedAt && ['rejected', 'forwarded', 'answered', 'published'].includes(c.status) && (
        <StepForm ctx={ctx} model={model} action="erase-personal" submit="Xóa dữ liệu cá nhân của người gửi" danger>
          <TextareaField name="reason" label="Căn cứ xóa (yêu cầu của người gửi, hết thời hạn lưu trữ…)" rows={2} form={formOf(model, 'erase-personal')} />
        </StepForm>
      )}
      {handles && !model.links.duplicates.original && (
        <StepForm ctx={ctx} model={model} action="duplicate" submit="Đánh dấu trùng">
          <p>Phản ánh này trùng nội dung với một phản ánh đã tiếp nhận trước? Tìm mã của phản ánh gốc trong hộp thư (ô Từ khóa nhận cả mã tra cứu). Đánh dấu trùng không kết thúc phản ánh này: vẫn xử lý và trả lời người gửi, dẫn theo câu trả lời của phản ánh gốc.</p>
          <TextField name="originalCode" label="Mã tra cứu của phản ánh gốc" hint="Ví dụ: PA-2026-000123" maxLength={40} form={formOf(model, 'duplicate')} />
          <TextareaField name="reason" label="Lý do (cùng nội dung, cùng quy định…)" rows={2} form={formOf(model, 'duplicate')} />
        </StepForm>
      )}
      <StepForm ctx={ctx} model={model} action="note" submit="Thêm ghi chú nội bộ">
        <TextareaField name="note" label="Ghi chú nội bộ (người gửi không xem được)" rows={2} form={formOf(model, 'note')} />
      </StepForm>
    </AdminLayout>
  );
}

export const stateLabel = (s: FeedbackState) => FEEDBACK_STATES[s];

export function FieldsPage({ ctx, fields, form }: { ctx: ViewContext; fields: FeedbackField[]; form: FormState }) {
  return (
    <AdminLayout title="Lĩnh vực phản ánh, kiến nghị" ctx={ctx}>
      <Breadcrumbs trail={[{ href: BASE, label: 'Phản ánh, kiến nghị' }]} current="Lĩnh vực" />
      <h1>Lĩnh vực phản ánh, kiến nghị</h1>
      <p>Người gửi chọn một lĩnh vực trong biểu mẫu; mỗi lĩnh vực cũng là một dịch vụ của API Open311.</p>
      <DataTable caption="Danh sách lĩnh vực">
        <thead>
          <tr>
            <th scope="col">Tên</th>
            <th scope="col">Trên biểu mẫu</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.id}>
              <td>{f.name}</td>
              <td>{f.active ? 'Hiện' : 'Ẩn'}</td>
              <td>
                <ActionButton action={`${BASE}/linh-vuc/${f.id}/${f.active ? 'an' : 'hien'}`} csrf={ctx.csrfToken} label={f.active ? 'Ẩn khỏi biểu mẫu' : 'Hiện lại'} variant="secondary" />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h2>Thêm lĩnh vực</h2>
      <ErrorSummary errors={form.errors} />
      <form method="post" action={`${BASE}/linh-vuc`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="name" label="Tên lĩnh vực" maxLength={150} form={form} required />
        <FormActions submit="Thêm lĩnh vực" />
      </form>
    </AdminLayout>
  );
}
