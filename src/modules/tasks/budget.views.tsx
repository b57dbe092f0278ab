import { ActionButton, ErrorSummary, FormActions, PostForm, SelectField, TextField, type FormState } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { amountInWords, formatDong } from '../../shared/money.js';
import type { VNode } from 'preact';
import type { BudgetLine, BudgetService, BudgetTotals } from './budget.service.js';
import { ActionsHeader, EXECUTION_STYLES, FileField, planBudgetPath, PlanHeader } from './plan.views.js';

type BudgetModel = Awaited<ReturnType<BudgetService['page']>>;

/**
 * The lines of a budget with what is planned, spent and left, and the totals (in words too where
 * the page stands for a document). `action` adds a last column (the budget page's delete buttons).
 */
export function BudgetLinesTable(props: { lines: readonly BudgetLine[]; totals: BudgetTotals; inWords?: boolean; action?: (line: BudgetLine) => VNode | false | null }) {
  const { lines, totals, action } = props;
  const Amount = ({ amount }: { amount: number }) => (props.inWords ? <AmountWithWords amount={amount} /> : <>{formatDong(amount)}</>);
  return (
    <DataTable caption="Các mục kinh phí: dự toán, đã chi, còn lại">
      <thead>
        <tr>
          <th scope="col">Nội dung chi</th>
          <th scope="col" class="num">
            Dự toán
          </th>
          <th scope="col" class="num">
            Đã chi
          </th>
          <th scope="col" class="num">
            Còn lại
          </th>
          {action && (
            <ActionsHeader />
          )}
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id}>
            <th scope="row">{l.name}</th>
            <td class="num">{formatDong(l.amount)}</td>
            <td class="num">{formatDong(l.spent)}</td>
            <td class="num" data-line-remaining={l.id}>
              {formatDong(l.amount - l.spent)}
            </td>
            {action && <td>{action(l)}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng cộng</th>
          <td class="num">
            <Amount amount={totals.planned} />
          </td>
          <td class="num">
            <Amount amount={totals.spent} />
          </td>
          <td class="num">
            <Amount amount={totals.remaining} />
          </td>
          {action && <td />}
        </tr>
      </tfoot>
    </DataTable>
  );
}
export type BudgetForms = { line: FormState; expense: FormState };

/** "12.000.000 đ" with the amount in words below it, as official documents give totals. */
export function AmountWithWords({ amount }: { amount: number }) {
  return (
    <>
      <strong>{formatDong(amount)}</strong>
      <br />
      <small class="muted">Bằng chữ: {amountInWords(Math.abs(amount))}</small>
    </>
  );
}

function ExpenseForm({ ctx, model, form }: { ctx: ViewContext; model: BudgetModel; form: FormState }) {
  return (
    <>
      <ErrorSummary errors={form.errors} />
      <form method="post" action={`${planBudgetPath(model.plan.id)}/chi?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" novalidate>
        <SelectField name="lineId" label="Mục kinh phí" form={form} placeholder="Chọn mục" options={model.lines.map((l) => ({ value: String(l.id), label: `${l.name} (còn ${formatDong(l.amount - l.spent)})` }))} />
        <TextField name="spentOn" label="Ngày chi" hint="dd/mm/yyyy" form={form} maxLength={10} />
        <TextField name="amount" label="Số tiền (đồng)" hint="Ví dụ 2.500.000" form={form} maxLength={30} />
        <TextField name="description" label="Nội dung khoản chi" form={form} maxLength={500} />
        <FileField name="receipt" label="Chứng từ" hint="Ảnh chụp hoặc bản quét hóa đơn, phiếu chi: JPEG, PNG, WebP, PDF, DOCX, XLSX, tối đa 10 MB." form={form} />
        <FormActions submit="Thêm khoản chi" />
      </form>
    </>
  );
}

/** `/admin/plans/:planId/kinh-phi`: section IV of the plan, its lines, expenses and what remains. */
export function BudgetPage({ ctx, model, forms }: { ctx: ViewContext; model: BudgetModel; forms: BudgetForms }) {
  const { plan, lines, expenses, totals } = model;
  return (
    <AdminLayout title={`Kinh phí — ${plan.title}`} ctx={ctx} extras={EXECUTION_STYLES}>
      <PlanHeader plan={plan} heading="Kinh phí thực hiện kế hoạch" tab="budget" />
      {plan.fundingText && <p>Nguồn kinh phí (mục IV của kế hoạch): {plan.fundingText}</p>}
      {plan.fundingAmount !== null && <p>Kinh phí ghi trong kế hoạch: {formatDong(plan.fundingAmount)}.</p>}
      <ul class="cards" aria-label="Tổng hợp kinh phí">
        <li class="card">
          <p class="card__title">Dự toán</p>
          <p class="card__value">{formatDong(totals.planned)}</p>
        </li>
        <li class="card">
          <p class="card__title">Đã chi</p>
          <p class="card__value">{formatDong(totals.spent)}</p>
        </li>
        <li class="card">
          <p class="card__title">Còn lại</p>
          <p class="card__value" id="budget-remaining">
            {formatDong(totals.remaining)}
          </p>
        </li>
      </ul>

      <h2>Các mục kinh phí</h2>
      {lines.length === 0 ? (
        <p class="notice notice--info">Chưa có mục kinh phí nào.</p>
      ) : (
        <BudgetLinesTable
          lines={lines}
          totals={totals}
          inWords
          action={model.canManage ? (l) => l.spent === 0 && <ActionButton action={`/admin/muc-kinh-phi/${l.id}/xoa`} csrf={ctx.csrfToken} label="Xóa" variant="danger" /> : undefined}
        />
      )}
      {model.canManage && (
        <>
          <h3>Thêm mục kinh phí</h3>
          <PostForm action={`${planBudgetPath(plan.id)}/muc`} csrf={ctx.csrfToken} errors={forms.line.errors} submit="Thêm mục">
            <TextField name="name" label="Nội dung chi" hint="Ví dụ: Tổ chức hội nghị chuyên đề về CCHC" form={forms.line} maxLength={300} />
            <TextField name="amount" label="Số tiền dự kiến (đồng)" hint="Ví dụ 15.000.000" form={forms.line} maxLength={30} />
          </PostForm>
        </>
      )}

      <h2>Các khoản chi</h2>
      {expenses.length === 0 ? (
        <p class="muted">Chưa có khoản chi nào.</p>
      ) : (
        <DataTable caption="Các khoản chi">
          <thead>
            <tr>
              <th scope="col">Ngày chi</th>
              <th scope="col">Mục</th>
              <th scope="col">Nội dung</th>
              <th scope="col" class="num">
                Số tiền
              </th>
              <th scope="col">Chứng từ</th>
              <th scope="col">Người nhập</th>
              {model.canManage && (
                <ActionsHeader />
              )}
            </tr>
          </thead>
          <tbody>
            {expenses.map((e) => (
              <tr key={e.id}>
                <td>{formatDate(e.spentOn)}</td>
                <td>{e.lineName}</td>
                <th scope="row">{e.description}</th>
                <td class="num">{formatDong(e.amount)}</td>
                <td>{e.receipt ? <a href={`/admin/khoan-chi/${e.id}/chung-tu`}>{e.receipt.fileName}</a> : '—'}</td>
                <td>{e.createdByName}</td>
                {model.canManage && (
                  <td>
                    <ActionButton action={`/admin/khoan-chi/${e.id}/xoa`} csrf={ctx.csrfToken} label="Xóa" variant="danger" />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {model.canManage && lines.length > 0 && (
        <>
          <h3>Thêm khoản chi</h3>
          <ExpenseForm ctx={ctx} model={model} form={forms.expense} />
        </>
      )}
    </AdminLayout>
  );
}
