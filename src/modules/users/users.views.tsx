import { PERMISSIONS, ROLE_NAMES, ROLES, type Permission } from '../../platform/auth/roles.js';
import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import { ActionButton, CheckboxesField, ErrorSummary, SelectField, TextField, type FormState, type Option, PostForm, FilterForm } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDateTime } from '../../shared/dates.js';
import { organizationChoices, type OrganizationNode, type Unit } from '../organizations/organizations.service.js';
import type { User } from './users.repo.js';
import { USER_STATUSES, type UserStatus } from './users.schema.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const STATUS_TONE: Record<UserStatus, BadgeTone> = { invited: 'info', active: 'success', disabled: 'danger' };

export const roleOptions: Option[] = ROLE_NAMES.map((r) => ({ value: r, label: ROLES[r].label }));
const statusOptions: Option[] = (Object.keys(USER_STATUSES) as UserStatus[]).map((s) => ({ value: s, label: USER_STATUSES[s] }));


const unitOptions = (units: Unit[], organizations: OrganizationNode[]): Option[] =>
  units.map((u) => {
    const organization = organizations.find((o) => o.id === u.organizationId);
    return { value: String(u.id), label: `${u.name} (${organization?.shortName || organization?.code || ''})` };
  });

export type Directory = { organizations: OrganizationNode[]; units: Unit[] };

function placeOf(user: User, directory: Directory) {
  const organization = directory.organizations.find((o) => o.id === user.organizationId);
  const unit = directory.units.find((u) => u.id === user.unitId);
  return [unit?.name, organization?.name].filter(Boolean).join(', ');
}

export function UsersPage(props: {
  ctx: ViewContext;
  directory: Directory;
  result: { total: number; users: User[]; page: number; pageSize: number; filters: Record<string, unknown> };
  filters: FormState;
}) {
  const { ctx, directory, result, filters } = props;
  const query = (page: number) => withQuery('/admin/users', { ...(filters.values as Record<string, string>), page });
  return (
    <AdminLayout title="Người dùng" ctx={ctx}>
      <div class="page-header">
        <h1>Người dùng</h1>
        <a class="button" href="/admin/users/new">
          Mời người dùng
        </a>
      </div>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/users" label="Lọc người dùng">
        <TextField name="q" label="Tìm theo tên, email, chức vụ" type="search" form={filters} />
        <SelectField name="organizationId" label="Cơ quan" options={organizationChoices(directory.organizations)} placeholder="Tất cả" form={filters} />
        <SelectField name="role" label="Vai trò" options={roleOptions} placeholder="Tất cả" form={filters} />
        <SelectField name="status" label="Trạng thái" options={statusOptions} placeholder="Tất cả" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        Tìm thấy {result.total} người dùng.
      </p>
      <DataTable caption="Danh sách người dùng">
          <thead>
            <tr>
              <th scope="col">Họ và tên</th>
              <th scope="col">Email</th>
              <th scope="col">Đơn vị, cơ quan</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Đăng nhập gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {result.users.map((user) => (
              <tr key={user.id}>
                <td>
                  <a href={`/admin/users/${user.id}`}>{user.fullName}</a>
                  {user.title && <div class="muted">{user.title}</div>}
                </td>
                <td>{user.email}</td>
                <td>{placeOf(user, directory)}</td>
                <td>{user.roles.map((r) => ROLES[r].label).join(', ')}</td>
                <td>
                  <Badge tone={STATUS_TONE[user.status]}>{USER_STATUSES[user.status]}</Badge>
                </td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={query} />
    </AdminLayout>
  );
}

function UserFields({ form, directory, invite }: { form: FormState; directory: Directory; invite: boolean }) {
  return (
    <>
      {invite && <TextField name="email" label="Email" type="email" hint="Thư mời kích hoạt tài khoản sẽ được gửi tới địa chỉ này." form={form} required />}
      <TextField name="fullName" label="Họ và tên" form={form} required />
      <TextField name="title" label="Chức vụ" hint="Ví dụ: Phó Giám đốc, Chánh Văn phòng, Chuyên viên." form={form} />
      <TextField name="phone" label="Điện thoại" type="tel" form={form} />
      <SelectField name="organizationId" label="Cơ quan" options={organizationChoices(directory.organizations)} placeholder="— Chọn cơ quan —" form={form} required />
      <SelectField name="unitId" label="Đơn vị" hint="Phòng, đơn vị thuộc cơ quan đã chọn." options={unitOptions(directory.units, directory.organizations)} placeholder="— Không thuộc đơn vị nào —" form={form} />
      <CheckboxesField name="roles" label="Vai trò" hint="Một người có thể giữ nhiều vai trò." options={roleOptions} form={form} />
    </>
  );
}

export function InviteUserPage({ ctx, form, directory }: { ctx: ViewContext; form: FormState; directory: Directory }) {
  return (
    <AdminLayout title="Mời người dùng" ctx={ctx}>
      <Breadcrumbs trail={[{ href: '/admin/users', label: 'Người dùng' }]} current="Mời người dùng" />
      <h1>Mời người dùng</h1>
      <PostForm action="/admin/users/new" csrf={ctx.csrfToken} errors={form.errors} submit="Gửi lời mời" cancelHref="/admin/users">
        <UserFields form={form} directory={directory} invite={true} />
        </PostForm>
    </AdminLayout>
  );
}

export function EditUserPage({ ctx, form, directory, user }: { ctx: ViewContext; form: FormState; directory: Directory; user: User }) {
  return (
    <AdminLayout title={user.fullName} ctx={ctx}>
      <Breadcrumbs trail={[{ href: '/admin/users', label: 'Người dùng' }]} current={user.fullName} />
      <div class="page-header">
        <h1>{user.fullName}</h1>
        <Badge tone={STATUS_TONE[user.status]}>{USER_STATUSES[user.status]}</Badge>
      </div>
      <dl class="summary-list">
        <dt>Email</dt>
        <dd>{user.email}</dd>
        <dt>Ngày tạo</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        <dt>Đăng nhập gần nhất</dt>
        <dd>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Chưa đăng nhập'}</dd>
      </dl>
      <div class="actions">
        {user.status === 'disabled' ? (
          <ActionButton action={`/admin/users/${user.id}/reactivate`} csrf={ctx.csrfToken} label="Mở khóa tài khoản" variant="secondary" />
        ) : (
          <>
            <ActionButton
              action={`/admin/users/${user.id}/password-link`}
              csrf={ctx.csrfToken}
              label={user.status === 'invited' ? 'Gửi lại thư mời' : 'Gửi liên kết đặt lại mật khẩu'}
              variant="secondary"
            />
            {ctx.actor?.id !== user.id && (
              <ActionButton action={`/admin/users/${user.id}/deactivate`} csrf={ctx.csrfToken} label="Khóa tài khoản" variant="danger" />
            )}
          </>
        )}
      </div>
      <h2>Thông tin và phân quyền</h2>
      <PostForm action={`/admin/users/${user.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu thay đổi">
        <UserFields form={form} directory={directory} invite={false} />
        </PostForm>
      <p>
        <a href={`/admin/audit?q=${encodeURIComponent(user.email)}`}>Xem nhật ký liên quan</a>
      </p>
    </AdminLayout>
  );
}

/** What each role may do, straight from the declarative role table, with how many people hold it. */
export function RolesPage({ ctx, holders }: { ctx: ViewContext; holders: Record<string, number> }) {
  const permissions = Object.entries(PERMISSIONS) as [Permission, string][];
  return (
    <AdminLayout title="Vai trò và quyền" ctx={ctx}>
      <h1>Vai trò và quyền</h1>
      <p class="lead">Mỗi vai trò là một nhóm quyền; một người có thể giữ nhiều vai trò. Gán vai trò trong trang sửa từng người dùng.</p>
      <DataTable caption="Quyền của từng vai trò">
        <thead>
          <tr>
            <th scope="col">Quyền</th>
            {ROLE_NAMES.map((role) => (
              <th scope="col" key={role}>
                <a href={`/admin/users?role=${role}`}>{ROLES[role].label}</a>
                <div class="muted">{holders[role] ?? 0} người</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {permissions.map(([permission, label]) => (
            <tr key={permission}>
              <th scope="row">{label}</th>
              {ROLE_NAMES.map((role) => (
                <td key={role}>{(ROLES[role].permissions as readonly Permission[]).includes(permission) ? '✓ Có' : <span class="muted">—</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </AdminLayout>
  );
}
