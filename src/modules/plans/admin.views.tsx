import type { ComponentChildren } from 'preact';
import { Breadcrumbs, type Crumb } from '../../platform/views/components/breadcrumbs.js';
import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import { ActionButton, ErrorSummary, FilterForm, PostForm, SelectField, TextareaField, TextField, type FormState, type Option } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { formatDong } from '../../shared/money.js';
import { recipientLines } from './plans.document.js';
import {
  CHANNEL_KINDS,
  DELIVERIES,
  HEADING_FIELDS,
  NEXT_STATUS,
  PLAN_STATUSES,
  PURPOSES,
  SIGNING_AUTHORITIES,
  TRANSITION_LABELS,
  type ListSection,
  type PlanStatus,
} from './plans.schema.js';
import { planCode, type Plan, type PlanItem, type PlanRecipient, type PlansService } from './plans.service.js';

type PlanView = Awaited<ReturnType<PlansService['get']>>;
type Received = Awaited<ReturnType<PlansService['received']>>;

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));

const STATUS_TONES: Record<PlanStatus, BadgeTone> = { draft: 'neutral', issued: 'info', inProgress: 'success', closed: 'neutral' };

export const PlanStatusBadge = ({ status }: { status: PlanStatus }) => <Badge tone={STATUS_TONES[status]}>{PLAN_STATUSES[status]}</Badge>;

/** Each list section as the page names it and where it sits in the plan. */
export const SECTIONS: Record<ListSection, { label: string; item: string; numbered: boolean }> = {
  purpose: { label: 'Mục đích (mục I.1)', item: 'ý về mục đích', numbered: false },
  requirement: { label: 'Yêu cầu (mục I.2)', item: 'ý về yêu cầu', numbered: false },
  topic: { label: 'Nội dung tuyên truyền (mục II)', item: 'nội dung tuyên truyền', numbered: true },
  channel: { label: 'Hình thức, biện pháp tuyên truyền (mục III)', item: 'hình thức tuyên truyền', numbered: true },
  responsibility: { label: 'Tổ chức thực hiện (mục V)', item: 'ý về tổ chức thực hiện', numbered: true },
};

const planTitle = (p: Pick<Plan, 'number' | 'symbol' | 'title'>) => `Kế hoạch ${planCode(p)}: ${p.title}`;

/** Breadcrumbs below the list of plans. */
const PlanCrumbs = ({ trail, current }: { trail: Crumb[]; current: string }) => <Breadcrumbs trail={[{ href: '/admin/plans', label: 'Kế hoạch' }, ...trail]} current={current} />;

export function PlansPage({ ctx, plans, filters, years }: { ctx: ViewContext; plans: Plan[]; filters: FormState; years: number[] }) {
  return (
    <AdminLayout title="Kế hoạch" ctx={ctx}>
      <div class="page-header">
        <h1>Kế hoạch</h1>
        <div class="actions">
          <a class="button" href="/admin/plans/new">
            Nhập kế hoạch từ văn bản
          </a>
          <a class="button button--secondary" href="/admin/plans/received">
            Kế hoạch gửi đến tôi
          </a>
        </div>
      </div>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/plans" label="Lọc kế hoạch">
        <TextField name="q" label="Số, ký hiệu hoặc trích yếu" type="search" form={filters} />
        <SelectField name="year" label="Năm" options={years.map((y) => ({ value: String(y), label: String(y) }))} placeholder="Tất cả" form={filters} />
        <SelectField name="status" label="Trạng thái" options={options(PLAN_STATUSES)} placeholder="Tất cả" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        {plans.length} kế hoạch.
      </p>
      <DataTable caption="Danh sách kế hoạch">
        <thead>
          <tr>
            <th scope="col">Số, ký hiệu</th>
            <th scope="col">Năm</th>
            <th scope="col">Trích yếu</th>
            <th scope="col">Ngày ban hành</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.id}>
              <td>
                <a href={`/admin/plans/${p.id}`}>{planCode(p)}</a>
              </td>
              <td>{p.year}</td>
              <td>{p.title}</td>
              <td>{p.issuedOn ? formatDate(p.issuedOn) : '—'}</td>
              <td>
                <PlanStatusBadge status={p.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </AdminLayout>
  );
}

export function NewPlanPage({ ctx, form }: { ctx: ViewContext; form: FormState }) {
  return (
    <AdminLayout title="Nhập kế hoạch từ văn bản" ctx={ctx}>
      <PlanCrumbs trail={[]} current="Nhập từ văn bản" />
      <h1>Nhập kế hoạch từ văn bản</h1>
      <p>
        Dán toàn văn kế hoạch, từ tên loại “KẾ HOẠCH” đến họ tên người ký: các mục I đến V, “Nơi nhận:” và phần ký. Dòng bị ngắt giữa câu, dòng trống và khoảng trắng thừa
        được tự động ghép lại. Kế hoạch được lưu ở dạng dự thảo để kiểm tra, sửa từng phần rồi ban hành.
      </p>
      <PostForm action="/admin/plans/new" csrf={ctx.csrfToken} errors={form.errors} submit="Đọc và lưu dự thảo" cancelHref="/admin/plans">
        <TextareaField name="text" label="Toàn văn kế hoạch" rows={20} form={form} />
        <TextField name="number" label="Số (nếu đã có)" hint="Ví dụ 45; để trống nếu chưa lấy số." form={form} maxLength={10} />
        <TextField name="issuedOn" label="Ngày ban hành (nếu đã có)" hint="dd/mm/yyyy" form={form} maxLength={10} />
      </PostForm>
    </AdminLayout>
  );
}

function Items({ planId, section, items, canEdit, canRemove, csrf }: { planId: number; section: ListSection; items: PlanItem[]; canEdit: boolean; canRemove: boolean; csrf: string }) {
  const info = SECTIONS[section];
  return (
    <>
      <ol class="plan-items">
        {items.map((item) => (
          <li key={item.id} id={`${section}-${item.id}`}>
            {info.numbered ? `${item.position}. ` : '- '}
            {item.text}
            {item.kind && (
              <>
                {' '}
                <Badge tone="info">{CHANNEL_KINDS[item.kind]}</Badge>
              </>
            )}
            {canEdit && (
              <span class="actions">
                {' '}
                <a class="button button--small button--secondary" href={`/admin/plans/${planId}/items/${section}/${item.id}`}>
                  Sửa<span class="visually-hidden"> {item.code || `ý ${item.position}`}</span>
                </a>
                {canRemove && <ActionButton action={`/admin/plans/${planId}/items/${section}/${item.id}/delete`} csrf={csrf} label={`Xóa ${item.code || `ý ${item.position}`}`} variant="danger" />}
              </span>
            )}
          </li>
        ))}
      </ol>
      {canEdit && (
        <p>
          <a class="button button--small button--secondary" href={`/admin/plans/${planId}/items/${section}/new`}>
            Thêm {info.item}
          </a>
        </p>
      )}
    </>
  );
}

/** Where a recipient line stands: not sent through the platform, sent, acknowledged (by whom). */
function Delivery({ r, acknowledgers }: { r: PlanRecipient; acknowledgers: Map<number, string> }) {
  if (r.acknowledgedAt) {
    const who = r.acknowledgedBy ? acknowledgers.get(r.acknowledgedBy) : '';
    return <Badge tone="success">{`Đã nhận ${formatDate(r.acknowledgedAt)}${who ? ` (${who})` : ''}`}</Badge>;
  }
  if (r.notifiedAt) return <Badge tone="warning">{`Chưa xác nhận — gửi ${formatDate(r.notifiedAt)}${r.remindedAt ? `, nhắc ${formatDate(r.remindedAt)}` : ''}`}</Badge>;
  if (r.delivery === 'electronic' && r.target) return <Badge tone="neutral">Gửi khi ban hành</Badge>;
  return <span class="muted">Không gửi qua hệ thống</span>;
}

function Recipients({ view, csrf }: { view: PlanView; csrf: string }) {
  const { plan, recipients, canManage, acknowledgers, targetLabels } = view;
  const waiting = recipients.filter((r) => r.notifiedAt && !r.acknowledgedAt).length;
  return (
    <section aria-labelledby="recipients-heading">
      <h2 id="recipients-heading">Nơi nhận và tình hình nhận kế hoạch</h2>
      {plan.status !== 'draft' && (
        <p role="status">
          {recipients.filter((r) => r.acknowledgedAt).length} nơi đã xác nhận đã nhận, {waiting} nơi chưa xác nhận.
        </p>
      )}
      <DataTable caption="Nơi nhận">
        <thead>
          <tr>
            <th scope="col">Nơi nhận</th>
            <th scope="col">Cách gửi</th>
            <th scope="col">Mục đích</th>
            <th scope="col">Gửi đến trong hệ thống</th>
            <th scope="col">Tình trạng</th>
            {canManage && <th scope="col">Thao tác</th>}
          </tr>
        </thead>
        <tbody>
          {recipients.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td>{DELIVERIES[r.delivery]}</td>
              <td>{PURPOSES[r.purpose]}</td>
              <td>{r.target ? (targetLabels.get(`${r.target.kind}:${r.target.id}`) ?? '—') : '—'}</td>
              <td>
                <Delivery r={r} acknowledgers={acknowledgers} />
              </td>
              {canManage && (
                <td>
                  <a class="button button--small button--secondary" href={`/admin/plans/${plan.id}/recipients/${r.id}`}>
                    Sửa<span class="visually-hidden"> nơi nhận {r.name}</span>
                  </a>{' '}
                  {r.notifiedAt && !r.acknowledgedAt && <ActionButton action={`/admin/plans/${plan.id}/recipients/${r.id}/remind`} csrf={csrf} label={`Nhắc ${r.name}`} variant="secondary" />}{' '}
                  <ActionButton action={`/admin/plans/${plan.id}/recipients/${r.id}/delete`} csrf={csrf} label={`Xóa nơi nhận ${r.name}`} variant="danger" />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {canManage && (
        <p>
          <a class="button button--small button--secondary" href={`/admin/plans/${plan.id}/recipients/new`}>
            Thêm nơi nhận
          </a>
        </p>
      )}
      <h3>“Nơi nhận” in trên văn bản</h3>
      <pre class="plan-recipients">{recipientLines(recipients).join('\n')}</pre>
    </section>
  );
}

function Part({ heading, children }: { heading: string; children: ComponentChildren }) {
  return (
    <>
      <h3>{heading}</h3>
      {children}
    </>
  );
}

export function PlanPage({ ctx, view }: { ctx: ViewContext; view: PlanView }) {
  const { plan, canManage } = view;
  const h = plan.headings;
  const next = NEXT_STATUS[plan.status];
  // Topics and channels of a sent plan stay: tasks and reports count by their codes.
  const items = (section: ListSection, list: PlanItem[]) => (
    <Items planId={plan.id} section={section} items={list} canEdit={canManage} canRemove={canManage && (plan.status === 'draft' || section === 'purpose' || section === 'requirement' || section === 'responsibility')} csrf={ctx.csrfToken} />
  );
  return (
    <AdminLayout title={planTitle(plan)} ctx={ctx} extras={{ styles: ['/assets/css/plans.css'] }}>
      <PlanCrumbs trail={[]} current={planCode(plan)} />
      <div class="page-header">
        <h1>{planTitle(plan)}</h1>
        <PlanStatusBadge status={plan.status} />
      </div>
      <div class="actions">
        <a class="button button--secondary" href={`/admin/plans/${plan.id}/docx`}>
          Tải văn bản (.docx)
        </a>
        <a class="button button--secondary" href={`/admin/plans/${plan.id}/bao-cao`}>
          Báo cáo định kỳ
        </a>
        {/* The plan's execution (tasks module): tasks by unit, budget, dashboard. */}
        <a class="button button--secondary" href={`/admin/plans/${plan.id}/nhiem-vu`}>
          Nhiệm vụ, minh chứng
        </a>
        <a class="button button--secondary" href={`/admin/plans/${plan.id}/kinh-phi`}>
          Kinh phí
        </a>
        <a class="button button--secondary" href={`/admin/plans/${plan.id}/tong-quan`}>
          Tổng quan tiến độ
        </a>
        {canManage && (
          <a class="button button--secondary" href={`/admin/plans/${plan.id}/edit`}>
            Sửa thông tin chung, kinh phí, phần ký
          </a>
        )}
        {canManage && next && <ActionButton action={`/admin/plans/${plan.id}/advance`} csrf={ctx.csrfToken} label={TRANSITION_LABELS[plan.status]} />}
      </div>
      {canManage && plan.status === 'draft' && (
        <p class="notice notice--info" role="note">
          Khi ban hành, kế hoạch được gửi đến các nơi nhận bản điện tử đã chọn người nhận trong hệ thống; mỗi nơi nhận được thư báo và xác nhận “Đã nhận”.
        </p>
      )}
      <section aria-labelledby="header-heading">
        <h2 id="header-heading">Thông tin chung</h2>
        <dl class="summary-list">
          <dt>Cơ quan ban hành</dt>
          <dd>
            {plan.parentAgency && `${plan.parentAgency} — `}
            {plan.agency}
          </dd>
          <dt>Số, ký hiệu</dt>
          <dd>{plan.number ? planCode(plan) : `Chưa có số (${planCode(plan)})`}</dd>
          <dt>Địa danh, ngày ban hành</dt>
          <dd>{`${plan.place}, ${plan.issuedOn ? formatDate(plan.issuedOn) : 'chưa ghi ngày'}`}</dd>
          <dt>Năm kế hoạch</dt>
          <dd>{plan.year}</dd>
          <dt>Người ký</dt>
          <dd>{[`${plan.signingAuthority} ${plan.authorityTitle}`.trim(), plan.signerTitle, plan.signerName].filter(Boolean).join(' — ')}</dd>
        </dl>
      </section>
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">Nội dung kế hoạch</h2>
        <Part heading={`I. ${h.headingAims}`}>
          <h4>1. {h.headingPurposes}</h4>
          {items('purpose', view.purposes)}
          <h4>2. {h.headingRequirements}</h4>
          {items('requirement', view.requirements)}
        </Part>
        <Part heading={`II. ${h.headingTopics}`}>{items('topic', view.topics)}</Part>
        <Part heading={`III. ${h.headingChannels}`}>{items('channel', view.channels)}</Part>
        <Part heading={`IV. ${h.headingFunding}`}>
          {plan.fundingText.split('\n').map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          <p>Số tiền: {plan.fundingAmount === null ? 'chưa xác định' : formatDong(plan.fundingAmount)}</p>
        </Part>
        <Part heading={`V. ${h.headingResponsibilities}`}>{items('responsibility', view.responsibilities)}</Part>
      </section>
      <Recipients view={view} csrf={ctx.csrfToken} />
    </AdminLayout>
  );
}

/** The header form's values from a saved plan, the date back as dd/mm/yyyy. */
export const planValues = (p: Plan): Record<string, string> => ({
  year: String(p.year),
  number: p.number,
  symbol: p.symbol,
  parentAgency: p.parentAgency,
  agency: p.agency,
  place: p.place,
  issuedOn: p.issuedOn ? formatDate(p.issuedOn) : '',
  typeName: p.typeName,
  title: p.title,
  ...p.headings,
  fundingText: p.fundingText,
  fundingAmount: p.fundingAmount === null ? '' : String(p.fundingAmount),
  signingAuthority: p.signingAuthority,
  authorityTitle: p.authorityTitle,
  signerTitle: p.signerTitle,
  signerName: p.signerName,
});

export function EditPlanPage({ ctx, plan, form }: { ctx: ViewContext; plan: Plan; form: FormState }) {
  const back = `/admin/plans/${plan.id}`;
  return (
    <AdminLayout title={`Sửa ${planTitle(plan)}`} ctx={ctx}>
      <PlanCrumbs trail={[{ href: back, label: planCode(plan) }]} current="Sửa thông tin chung" />
      <h1>Sửa thông tin chung, kinh phí, phần ký</h1>
      <PostForm action={`${back}/edit`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu thay đổi" cancelHref={back}>
        <h2>Phần đầu văn bản</h2>
        <TextField name="parentAgency" label="Cơ quan chủ quản" hint="Viết hoa, ví dụ UBND TỈNH LẠNG SƠN; để trống nếu không có." form={form} maxLength={200} />
        <TextField name="agency" label="Cơ quan ban hành" hint="Viết hoa, ví dụ SỞ THÔNG TIN VÀ TRUYỀN THÔNG." form={form} maxLength={200} />
        <TextField name="number" label="Số" hint="Ví dụ 45; để trống đến khi lấy số (phải có trước khi ban hành)." form={form} maxLength={10} />
        <TextField name="symbol" label="Ký hiệu" hint="Ví dụ KH-STTTT." form={form} maxLength={40} />
        <TextField name="place" label="Địa danh" hint="Ví dụ Lạng Sơn." form={form} maxLength={100} />
        <TextField name="issuedOn" label="Ngày ban hành" hint="dd/mm/yyyy; để trống thì ngày ban hành là ngày bấm “Ban hành kế hoạch”." form={form} maxLength={10} />
        <TextField name="year" label="Năm kế hoạch" type="number" form={form} />
        <TextField name="typeName" label="Tên loại văn bản" form={form} maxLength={50} />
        <TextareaField name="title" label="Trích yếu" rows={2} form={form} maxLength={500} />
        <h2>Đề mục</h2>
        {Object.entries(HEADING_FIELDS).map(([name, f]) => (
          <TextField key={name} name={name} label={f.label} form={form} maxLength={200} />
        ))}
        <h2>Kinh phí thực hiện (mục IV)</h2>
        <TextareaField name="fundingText" label="Kinh phí thực hiện" hint="Mỗi đoạn một dòng." rows={4} form={form} maxLength={5000} />
        <TextField name="fundingAmount" label="Số tiền (đồng)" hint="Chỉ chữ số, ví dụ 50000000; để trống nếu chưa xác định." form={form} />
        <h2>Phần ký</h2>
        <SelectField name="signingAuthority" label="Thẩm quyền ký" options={options(SIGNING_AUTHORITIES)} placeholder="Người đứng đầu ký trực tiếp" form={form} />
        <TextField name="authorityTitle" label="Chức vụ của người đứng đầu" hint="Khi ký thay, thừa lệnh…: ví dụ GIÁM ĐỐC (in “KT. GIÁM ĐỐC”)." form={form} maxLength={100} />
        <TextField name="signerTitle" label="Chức vụ người ký" hint="Ví dụ PHÓ GIÁM ĐỐC." form={form} maxLength={100} />
        <TextField name="signerName" label="Họ tên người ký" form={form} maxLength={100} />
      </PostForm>
    </AdminLayout>
  );
}

export function ItemPage({ ctx, plan, section, itemId, form }: { ctx: ViewContext; plan: Plan; section: ListSection; itemId: number | null; form: FormState }) {
  const back = `/admin/plans/${plan.id}`;
  const info = SECTIONS[section];
  const title = itemId === null ? `Thêm ${info.item}` : `Sửa ${info.item}`;
  return (
    <AdminLayout title={title} ctx={ctx}>
      <PlanCrumbs trail={[{ href: back, label: planCode(plan) }]} current={title} />
      <h1>{title}</h1>
      <p class="muted">{info.label}</p>
      <PostForm action={`${back}/items/${section}/${itemId ?? 'new'}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu" cancelHref={back}>
        <TextareaField name="text" label="Nội dung" hint="Viết như trong văn bản, không gồm số thứ tự hay dấu gạch đầu dòng." rows={6} form={form} maxLength={5000} />
        {section === 'channel' && <SelectField name="kind" label="Loại hình thức" options={options(CHANNEL_KINDS)} form={form} />}
      </PostForm>
    </AdminLayout>
  );
}

export type TargetChoices = Awaited<ReturnType<PlansService['targetChoices']>>;

/** One select over every possible target, each option saying what it is. */
export const targetOptions = (choices: TargetChoices): Option[] => [
  ...choices.organizations.map((o) => ({ value: `organization:${o.id}`, label: `Cơ quan: ${o.name}` })),
  ...choices.units.map((u) => ({ value: `unit:${u.id}`, label: `Phòng, đơn vị: ${u.name} (${u.organization})` })),
  ...choices.users.map((u) => ({ value: `user:${u.id}`, label: `Người dùng: ${u.name}${u.title ? `, ${u.title}` : ''} (${u.organization})` })),
];

export function RecipientPage({ ctx, plan, recipientId, form, choices }: { ctx: ViewContext; plan: Plan; recipientId: number | null; form: FormState; choices: TargetChoices }) {
  const back = `/admin/plans/${plan.id}`;
  const title = recipientId === null ? 'Thêm nơi nhận' : 'Sửa nơi nhận';
  return (
    <AdminLayout title={title} ctx={ctx}>
      <PlanCrumbs trail={[{ href: back, label: planCode(plan) }]} current={title} />
      <h1>{title}</h1>
      <PostForm action={`${back}/recipients/${recipientId ?? 'new'}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu" cancelHref={back}>
        <TextField name="name" label="Tên nơi nhận" hint="In trên văn bản như viết ở đây, ví dụ: Sở Nội vụ; Các phòng chuyên môn thuộc Sở." form={form} maxLength={300} />
        <SelectField name="delivery" label="Cách gửi" options={options(DELIVERIES)} form={form} />
        <SelectField name="purpose" label="Mục đích gửi" hint="“Để biết” in thêm “(để biết)” sau tên nơi nhận." options={options(PURPOSES)} form={form} />
        <SelectField
          name="target"
          label="Người nhận trong hệ thống"
          hint="Với bản điện tử: người dùng, phòng, đơn vị hoặc cơ quan nhận thư báo và xác nhận “Đã nhận” (với phòng, đơn vị, cơ quan: bất kỳ ai thuộc đó)."
          options={targetOptions(choices)}
          placeholder="— Không gửi qua hệ thống —"
          form={form}
        />
      </PostForm>
    </AdminLayout>
  );
}

export function ReceivedPage({ ctx, received }: { ctx: ViewContext; received: Received }) {
  return (
    <AdminLayout title="Kế hoạch gửi đến tôi" ctx={ctx}>
      <PlanCrumbs trail={[]} current="Kế hoạch gửi đến tôi" />
      <h1>Kế hoạch gửi đến tôi</h1>
      <p>Kế hoạch được gửi đến bạn, phòng, đơn vị hoặc cơ quan của bạn. Bấm “Đã nhận” để báo cho nơi gửi; với phòng, đơn vị, cơ quan, một người xác nhận là đủ.</p>
      {received.length === 0 ? (
        <p class="muted">Chưa có kế hoạch nào được gửi đến bạn.</p>
      ) : (
        <DataTable caption="Kế hoạch gửi đến tôi">
          <thead>
            <tr>
              <th scope="col">Kế hoạch</th>
              <th scope="col">Cơ quan ban hành</th>
              <th scope="col">Gửi đến</th>
              <th scope="col">Ngày gửi</th>
              <th scope="col">Xác nhận</th>
            </tr>
          </thead>
          <tbody>
            {received.map(({ recipient: r, plan }) => (
              <tr key={r.id}>
                <td>
                  <a href={`/admin/plans/${plan.id}`}>{planTitle(plan)}</a> (<a href={`/admin/plans/${plan.id}/docx`}>tải .docx</a>)
                </td>
                <td>{plan.agency}</td>
                <td>
                  {r.name} — {PURPOSES[r.purpose]}
                </td>
                <td>{r.notifiedAt ? formatDate(r.notifiedAt) : ''}</td>
                <td>{r.acknowledgedAt ? <Badge tone="success">{`Đã nhận ${formatDate(r.acknowledgedAt)}`}</Badge> : <ActionButton action={`/admin/plan-recipients/${r.id}/acknowledge`} csrf={ctx.csrfToken} label="Đã nhận" />}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </AdminLayout>
  );
}
