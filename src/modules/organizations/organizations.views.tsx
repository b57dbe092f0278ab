import { ActionButton, CheckboxesField, SelectField, TextField, type FormState, PostForm } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import { Badge } from '../../platform/views/components/badge.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { organizationChoices, type Organization, type OrganizationNode, type Unit } from './organizations.service.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from './organizations.schema.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const kindOptions = (Object.keys(ORGANIZATION_KINDS) as OrganizationKind[]).map((k) => ({ value: k, label: ORGANIZATION_KINDS[k] }));

function OrganizationCrumbs({ current, organization }: { current: string; organization?: Organization }) {
  return (
    <Breadcrumbs trail={[{ href: '/admin/organizations', label: 'Cơ quan, đơn vị' }, ...(organization ? [{ href: `/admin/organizations/${organization.id}`, label: organization.name }] : [])]} current={current} />
  );
}

export function OrganizationsPage({ ctx, organizations, portalId, canManage }: { ctx: ViewContext; organizations: OrganizationNode[]; portalId: number | null; canManage: boolean }) {
  const byId = new Map(organizations.map((o) => [o.id, o]));
  return (
    <AdminLayout title="Cơ quan, đơn vị" ctx={ctx}>
      <div class="page-header">
        <h1>Cơ quan, đơn vị</h1>
        {canManage && (
          <a class="button" href="/admin/organizations/new">
            Thêm cơ quan
          </a>
        )}
      </div>
      <DataTable caption="Cây cơ quan">
          <thead>
            <tr>
              <th scope="col">Tên cơ quan</th>
              <th scope="col">Mã</th>
              <th scope="col">Loại</th>
              <th scope="col">Cơ quan giám sát</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((o) => (
              <tr key={o.id}>
                <td>
                  <span aria-hidden="true">{'— '.repeat(o.depth)}</span>
                  <a href={`/admin/organizations/${o.id}`}>{o.name}</a> {o.id === portalId && <Badge tone="info">Cổng thông tin</Badge>}
                </td>
                <td>{o.code}</td>
                <td>{ORGANIZATION_KINDS[o.kind]}</td>
                <td>{o.supervisorId ? byId.get(o.supervisorId)?.name ?? '' : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
    </AdminLayout>
  );
}

function OrganizationFields({ form, organizations, except }: { form: FormState; organizations: OrganizationNode[]; except?: number }) {
  const options = organizationChoices(organizations, except);
  return (
    <div class="form-grid">
      <TextField name="name" label="Tên cơ quan" hint="Tên đầy đủ, ví dụ: Sở Thông tin và Truyền thông." form={form} required />
      <TextField name="shortName" label="Tên viết tắt" hint="Dùng trong ký hiệu văn bản và danh sách." form={form} />
      <TextField name="code" label="Mã cơ quan" hint="Ví dụ: STTTT. Chỉ chữ, số, dấu gạch." form={form} required />
      <SelectField name="kind" label="Loại cơ quan" options={kindOptions} placeholder="— Chọn loại —" form={form} required />
      <SelectField name="parentId" label="Cơ quan cấp trên" options={options} placeholder="— Không có —" form={form} />
      <SelectField name="supervisorId" label="Cơ quan giám sát" hint="Cơ quan nhận báo cáo, ví dụ Sở Nội vụ." options={options} placeholder="— Không có —" form={form} />
      <TextField name="placeName" label="Địa danh ghi trên văn bản" hint="Ví dụ: Lạng Sơn (trong dòng “Lạng Sơn, ngày … tháng … năm …”)." form={form} />
      <TextField name="address" label="Địa chỉ" form={form} />
      <TextField name="phone" label="Điện thoại" type="tel" form={form} />
      <TextField name="email" label="Email" type="email" form={form} />
      <TextField name="website" label="Trang thông tin điện tử" form={form} />
    </div>
  );
}

export function OrganizationFormPage(props: { ctx: ViewContext; form: FormState; organizations: OrganizationNode[]; organization?: Organization }) {
  const { ctx, form, organizations, organization } = props;
  const title = organization ? `Sửa: ${organization.name}` : 'Thêm cơ quan';
  return (
    <AdminLayout title={title} ctx={ctx}>
      <OrganizationCrumbs current={organization ? 'Sửa thông tin' : 'Thêm cơ quan'} organization={organization} />
      <h1>{title}</h1>
      <PostForm action={organization ? `/admin/organizations/${organization.id}/edit` : '/admin/organizations/new'} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu" cancelHref={organization ? `/admin/organizations/${organization.id}` : '/admin/organizations'}>
        <OrganizationFields form={form} organizations={organizations} except={organization?.id} />
        </PostForm>
    </AdminLayout>
  );
}

export function OrganizationPage(props: {
  ctx: ViewContext;
  organization: Organization;
  organizations: OrganizationNode[];
  units: Unit[];
  isPortal: boolean;
  canManage: boolean;
  unitForm: FormState;
}) {
  const { ctx, organization: o, organizations, units, canManage } = props;
  const nameOf = (id: number | null) => (id ? organizations.find((x) => x.id === id)?.name ?? '' : '—');
  return (
    <AdminLayout title={o.name} ctx={ctx}>
      <OrganizationCrumbs current={o.name} />
      <div class="page-header">
        <h1>{o.name}</h1>
        {canManage && (
          <div class="actions">
            <a class="button button--secondary button--small" href={`/admin/organizations/${o.id}/edit`}>
              Sửa thông tin
            </a>
            {!props.isPortal && (
              <ActionButton action={`/admin/organizations/${o.id}/portal`} csrf={ctx.csrfToken} label="Dùng cho cổng thông tin" variant="secondary" />
            )}
            <ActionButton action={`/admin/organizations/${o.id}/delete`} csrf={ctx.csrfToken} label="Xóa cơ quan" variant="danger" />
          </div>
        )}
      </div>
      <dl class="summary-list">
        <dt>Mã</dt>
        <dd>{o.code}</dd>
        <dt>Tên viết tắt</dt>
        <dd>{o.shortName || '—'}</dd>
        <dt>Loại</dt>
        <dd>{ORGANIZATION_KINDS[o.kind]}</dd>
        <dt>Cơ quan cấp trên</dt>
        <dd>{nameOf(o.parentId)}</dd>
        <dt>Cơ quan giám sát</dt>
        <dd>{nameOf(o.supervisorId)}</dd>
        <dt>Địa danh</dt>
        <dd>{o.placeName || '—'}</dd>
        <dt>Địa chỉ</dt>
        <dd>{o.address || '—'}</dd>
        <dt>Điện thoại, email</dt>
        <dd>{[o.phone, o.email].filter(Boolean).join(' · ') || '—'}</dd>
      </dl>
      <h2>Các phòng, đơn vị ({units.length})</h2>
      <DataTable caption={`Các đơn vị thuộc ${o.name}`}>
          <thead>
            <tr>
              <th scope="col" class="num">
                Thứ tự
              </th>
              <th scope="col">Tên đơn vị</th>
              <th scope="col">Mã</th>
              <th scope="col">Ghi chú</th>
              {canManage && <th scope="col">Thao tác</th>}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id}>
                <td class="num">{u.sortOrder}</td>
                <td>{u.name}</td>
                <td>{u.code}</td>
                <td>
                  {u.isCoordinating && <Badge tone="info">Đơn vị đầu mối</Badge>} {!u.active && <Badge tone="neutral">Ngừng hoạt động</Badge>}
                </td>
                {canManage && (
                  <td>
                    <a href={`/admin/units/${u.id}`}>Sửa</a>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      {canManage && (
        <section aria-labelledby="new-unit">
          <h2 id="new-unit">Thêm đơn vị</h2>
          <PostForm action={`/admin/organizations/${o.id}/units`} csrf={ctx.csrfToken} errors={props.unitForm.errors} submit="Thêm đơn vị">
            <UnitFields form={props.unitForm} />
            </PostForm>
        </section>
      )}
    </AdminLayout>
  );
}

function UnitFields({ form }: { form: FormState }) {
  return (
    <>
      <TextField name="name" label="Tên đơn vị" hint="Ví dụ: Văn phòng Sở, Phòng Bưu chính, Viễn thông." form={form} required />
      <TextField name="code" label="Mã đơn vị" hint="Ví dụ: VP. Dùng trong ký hiệu văn bản." form={form} required />
      <TextField name="sortOrder" label="Thứ tự hiển thị" type="number" form={form} />
      <CheckboxesField
        name="isCoordinating"
        label="Vai trò"
        options={[{ value: '1', label: 'Đơn vị đầu mối, điều phối kế hoạch (như Văn phòng Sở)' }]}
        form={form}
      />
      <CheckboxesField name="active" label="Trạng thái" options={[{ value: '1', label: 'Đang hoạt động' }]} form={form} />
    </>
  );
}

export function UnitPage({ ctx, form, unit, organization }: { ctx: ViewContext; form: FormState; unit: Unit; organization: Organization }) {
  return (
    <AdminLayout title={`Sửa đơn vị: ${unit.name}`} ctx={ctx}>
      <OrganizationCrumbs current={unit.name} organization={organization} />
      <h1>Sửa đơn vị: {unit.name}</h1>
      <PostForm action={`/admin/units/${unit.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu" cancelHref={`/admin/organizations/${organization.id}`}>
        <UnitFields form={form} />
        </PostForm>
      <ActionButton action={`/admin/units/${unit.id}/delete`} csrf={ctx.csrfToken} label="Xóa đơn vị" variant="danger" />
    </AdminLayout>
  );
}
