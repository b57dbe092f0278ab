import { ErrorSummary, SelectField, TextField, type FormState, FilterForm } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDateTime } from '../../shared/dates.js';
import type { AuditRecord } from './audit.repo.js';
import { AUDIT_ACTIONS, AUDIT_SUBJECTS } from './audit.schema.js';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A short, readable account of what changed: "field: before → after". */
function Changes({ changes }: { changes: Record<string, unknown> }) {
  const entries = Object.entries(changes);
  if (entries.length === 0) return null;
  return (
    <details>
      <summary>Chi tiết ({entries.length})</summary>
      <ul>
        {entries.map(([key, value]) => (
          <li key={key}>
            <code>{key}</code>: {Array.isArray(value) && value.length === 2 ? `${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}` : JSON.stringify(value)}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function AuditPage(props: {
  ctx: ViewContext;
  filters: FormState;
  result: { total: number; records: AuditRecord[]; page: number; pageSize: number };
}) {
  const { ctx, filters, result } = props;
  return (
    <AdminLayout title="Nhật ký hệ thống" ctx={ctx}>
      <h1>Nhật ký hệ thống</h1>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/audit" label="Lọc nhật ký">
        <TextField name="q" label="Người thực hiện, nội dung hoặc IP" type="search" form={filters} />
        <SelectField name="action" label="Thao tác" options={options(AUDIT_ACTIONS)} placeholder="Tất cả" form={filters} />
        <SelectField name="subjectType" label="Đối tượng" options={options(AUDIT_SUBJECTS)} placeholder="Tất cả" form={filters} />
        <TextField name="from" label="Từ ngày (dd/mm/yyyy)" form={filters} />
        <TextField name="to" label="Đến ngày (dd/mm/yyyy)" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        {result.total} bản ghi.
      </p>
      <DataTable caption="Nhật ký thao tác">
          <thead>
            <tr>
              <th scope="col">Thời gian</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Thao tác</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Nội dung</th>
              <th scope="col">IP</th>
            </tr>
          </thead>
          <tbody>
            {result.records.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at)}</td>
                <td>{r.actorName || 'Khách (chưa đăng nhập)'}</td>
                <td>{AUDIT_ACTIONS[r.action] ?? r.action}</td>
                <td>
                  {AUDIT_SUBJECTS[r.subjectType] ?? r.subjectType} {r.subjectId && <span class="muted">#{r.subjectId}</span>}
                </td>
                <td>
                  {r.summary}
                  <Changes changes={r.changes} />
                </td>
                <td>{r.ip}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/admin/audit', { ...(filters.values as Record<string, string>), page })} />
    </AdminLayout>
  );
}
