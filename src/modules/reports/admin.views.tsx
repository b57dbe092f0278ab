import { Fragment } from 'preact';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';
import { Badge } from '../../platform/views/components/badge.js';
import { ActionButton, PostForm, SelectField, TextareaField, TextField, type FormState } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import { amountInWords, formatDong } from '../../shared/money.js';
import { figureTables } from './reports.document.js';
import { parsePeriod, type Period } from './reports.period.js';
import { reportsPolicy } from './reports.policy.js';
import { NARRATIVE_KEYS, NARRATIVE_PARTS, REPORT_STATUSES, type ReportStatus } from './reports.schema.js';
import type { PlanHeader, ReportFields, ReportListItem, ReportView } from './reports.service.js';

const periodLabel = (key: string) => {
  const parsed = parsePeriod(key);
  return parsed.ok ? parsed.period.label : key;
};

const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

function StatusBadge({ status }: { status: ReportStatus }) {
  return <Badge tone={status === 'sent' ? 'success' : 'neutral'}>{REPORT_STATUSES[status]}</Badge>;
}

/** Text typed on several lines, one paragraph a line. */
function Lines({ text }: { text: string }) {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length === 0 ? <p class="muted">Chưa nhập.</p> : <>{lines.map((l, i) => <p key={i}>{l}</p>)}</>;
}

/** Reports in a table; `from` adds the sending organization's column (the supervisor's inbox). */
function ReportsTable({ caption, reports, from }: { caption: string; reports: (ReportListItem & { organizationName?: string })[]; from?: boolean }) {
  if (reports.length === 0) return <p class="muted">Chưa có báo cáo nào.</p>;
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Kỳ báo cáo</th>
          {from && <th scope="col">Cơ quan gửi</th>}
          <th scope="col">Kế hoạch</th>
          <th scope="col">Tình trạng</th>
          <th scope="col">Ngày gửi</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={`/admin/bao-cao/${r.id}`}>{capitalized(periodLabel(r.period))}</a>
            </td>
            {from && <td>{r.organizationName}</td>}
            <td>{r.planTitle}</td>
            <td>
              <StatusBadge status={r.status} />
            </td>
            <td>{r.sentAt ? formatDate(r.sentAt) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export type PlanReportsModel = { plan: PlanHeader; reports: ReportListItem[]; openPeriods: Period[]; canWrite: boolean; form: FormState };

export function PlanReportsPage({ ctx, model }: { ctx: ViewContext; model: PlanReportsModel }) {
  const { plan, reports, openPeriods, canWrite, form } = model;
  return (
    <AdminLayout title={`Báo cáo kế hoạch ${plan.title}`} ctx={ctx}>
      <Breadcrumbs trail={[{ href: `/admin/plans/${plan.id}`, label: `Kế hoạch ${plan.title}` }]} current="Báo cáo định kỳ" />
      <h1>Báo cáo định kỳ</h1>
      <p>Kế hoạch {plan.title}. Số liệu của báo cáo lấy từ dữ liệu trên hệ thống trong kỳ báo cáo.</p>
      <ReportsTable caption="Báo cáo của kế hoạch" reports={reports} />
      {canWrite && openPeriods.length > 0 && (
        <section aria-labelledby="new-report">
          <h2 id="new-report">Lập báo cáo</h2>
          <PostForm action={`/admin/plans/${plan.id}/bao-cao`} csrf={ctx.csrfToken} errors={form.errors} submit="Lập báo cáo">
            <SelectField name="period" label="Kỳ báo cáo" options={openPeriods.map((p) => ({ value: p.key, label: capitalized(p.label) }))} placeholder="Chọn kỳ báo cáo" form={form} />
          </PostForm>
        </section>
      )}
    </AdminLayout>
  );
}

export function ReportsPage({ ctx, reports, received }: { ctx: ViewContext; reports: ReportListItem[]; received: boolean }) {
  return (
    <AdminLayout title="Báo cáo" ctx={ctx}>
      <div class="page-header">
        <h1>Báo cáo định kỳ</h1>
        {received && (
          <div class="actions">
            <a class="button button--secondary" href="/admin/bao-cao/nhan">
              Báo cáo nhận được
            </a>
          </div>
        )}
      </div>
      <p>Báo cáo được lập từ trang của từng kế hoạch.</p>
      <ReportsTable caption="Báo cáo của cơ quan" reports={reports} />
    </AdminLayout>
  );
}

export function ReceivedReportsPage({ ctx, reports }: { ctx: ViewContext; reports: (ReportListItem & { organizationName: string })[] }) {
  return (
    <AdminLayout title="Báo cáo nhận được" ctx={ctx}>
      <h1>Báo cáo nhận được</h1>
      <p>Báo cáo định kỳ các cơ quan chịu sự giám sát đã gửi.</p>
      <ReportsTable caption="Báo cáo nhận được" reports={reports} from />
    </AdminLayout>
  );
}

/** The narrative form's values for a saved report (the date back in dd/mm/yyyy). */
export const reportValues = (r: ReportFields) => ({ ...r, issuedOn: r.issuedOn ? formatDate(r.issuedOn) : '' });

function Figures({ view }: { view: ReportView }) {
  const funding = view.plan.fundingAmount;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">Số liệu {view.period.label}</h2>
      <p class="muted">
        {view.report.status === 'sent'
          ? 'Số liệu tại thời điểm gửi báo cáo.'
          : `Số liệu cập nhật từ dữ liệu trên hệ thống, từ ${formatDate(view.period.from)} đến ${formatDate(view.period.to)}.`}
      </p>
      {figureTables(view.figures).map((t, i) => (
        <Fragment key={t.title}>
          <h3>
            {i + 1}. {t.title}
          </h3>
          <DataTable caption={t.title}>
            <thead>
              <tr>
                {t.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Fragment>
      ))}
      {funding !== null && (
        <p>
          Kinh phí thực hiện theo Kế hoạch: {formatDong(funding)} (Bằng chữ: {amountInWords(funding)}).
        </p>
      )}
    </section>
  );
}

export function ReportPage({ ctx, view, form }: { ctx: ViewContext; view: ReportView; form: FormState }) {
  const { report, plan, period } = view;
  const title = `Báo cáo ${period.label}`;
  const canEdit = reportsPolicy.can(ctx.actor, 'edit', report);
  const canSend = reportsPolicy.can(ctx.actor, 'send', report);
  const own = ctx.actor?.organizationId === report.organizationId;
  return (
    <AdminLayout title={title} ctx={ctx}>
      <Breadcrumbs
        trail={[own ? { href: `/admin/plans/${plan.id}/bao-cao`, label: `Báo cáo kế hoạch ${plan.title}` } : { href: '/admin/bao-cao/nhan', label: 'Báo cáo nhận được' }]}
        current={capitalized(period.label)}
      />
      <div class="page-header">
        <h1>{title}</h1>
        <div class="actions">
          <a class="button button--secondary" href={`/admin/bao-cao/${report.id}/tai-ve`}>
            Tải về (.docx)
          </a>
          {canSend && view.supervisorName && <ActionButton action={`/admin/bao-cao/${report.id}/gui`} csrf={ctx.csrfToken} label={`Gửi ${view.supervisorName}`} />}
        </div>
      </div>
      <dl class="facts">
        <dt>Cơ quan báo cáo</dt>
        <dd>{view.organizationName}</dd>
        <dt>Kế hoạch</dt>
        <dd>{plan.title}</dd>
        <dt>Tình trạng</dt>
        <dd>
          <StatusBadge status={report.status} />
          {report.sentAt && ` Gửi ${view.supervisorName ?? ''} lúc ${formatDateTime(report.sentAt)}`}
        </dd>
      </dl>
      <Figures view={view} />
      {canEdit ? (
        <section aria-labelledby="narrative">
          <h2 id="narrative">Nội dung báo cáo</h2>
          <PostForm action={`/admin/bao-cao/${report.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu báo cáo">
            <TextField name="number" label="Số báo cáo" hint="Chỉ phần số, ví dụ 12; để trống nếu chưa lấy số." form={form} />
            <TextField name="issuedOn" label="Ngày ban hành" hint="dd/mm/yyyy; để trống để điền tay trên bản in." form={form} />
            {NARRATIVE_KEYS.map((k) => (
              <TextareaField key={k} name={k} label={NARRATIVE_PARTS[k]} rows={6} form={form} />
            ))}
          </PostForm>
        </section>
      ) : (
        <section aria-labelledby="narrative">
          <h2 id="narrative">Nội dung báo cáo</h2>
          {NARRATIVE_KEYS.map((k) => (
            <Fragment key={k}>
              <h3>{NARRATIVE_PARTS[k]}</h3>
              <Lines text={report[k]} />
            </Fragment>
          ))}
        </section>
      )}
    </AdminLayout>
  );
}
