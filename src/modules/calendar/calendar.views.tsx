import { ActionButton, SelectField, TextField, type FormState, PostForm } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import { Badge } from '../../platform/views/components/badge.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { dayOfWeek, formatDate } from '../../shared/dates.js';
import type { CalendarDay } from './calendar.repo.js';
import { DAY_KINDS, type DayKind } from './calendar.schema.js';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const kindOptions = (Object.keys(DAY_KINDS) as DayKind[]).map((k) => ({ value: k, label: DAY_KINDS[k] }));

export function CalendarPage({ ctx, year, days, form, canManage }: { ctx: ViewContext; year: number; days: CalendarDay[]; form: FormState; canManage: boolean }) {
  return (
    <AdminLayout title={`Lịch ngày nghỉ năm ${year}`} ctx={ctx}>
      <div class="page-header">
        <h1>Lịch ngày nghỉ, ngày làm việc năm {year}</h1>
        <nav class="actions" aria-label="Chọn năm">
          <a class="button button--secondary button--small" href={`/admin/calendar?year=${year - 1}`}>
            ‹ Năm {year - 1}
          </a>
          <a class="button button--secondary button--small" href={`/admin/calendar?year=${year + 1}`}>
            Năm {year + 1} ›
          </a>
        </nav>
      </div>
      <p class="lead">
        Thời hạn tính theo ngày làm việc (xử lý phản ánh, kiến nghị; nhiệm vụ) dùng bảng này: thứ Hai đến thứ Sáu, trừ các ngày nghỉ dưới đây, cộng các
        ngày thứ Bảy, Chủ nhật được đánh dấu làm bù. Ngày lễ, Tết (Bộ luật Lao động 2019, Điều 112) được tính sẵn theo âm lịch Việt Nam; hãy chỉnh theo
        thông báo nghỉ lễ hằng năm của Thủ tướng Chính phủ.
      </p>
      <DataTable caption={`Các ngày đặc biệt năm ${year}`}>
          <thead>
            <tr>
              <th scope="col">Ngày</th>
              <th scope="col">Thứ</th>
              <th scope="col">Loại</th>
              <th scope="col">Tên, lý do</th>
              <th scope="col">Nguồn</th>
              {canManage && <th scope="col">Thao tác</th>}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <td>{formatDate(d.date)}</td>
                <td>{WEEKDAYS[dayOfWeek(d.date)]}</td>
                <td>{d.kind === 'off' ? <Badge tone="warning">Nghỉ</Badge> : <Badge tone="info">Làm bù</Badge>}</td>
                <td>{d.name}</td>
                <td>{d.source === 'computed' ? 'Tính sẵn' : 'Quản trị viên'}</td>
                {canManage && (
                  <td>
                    <ActionButton action={`/admin/calendar/${d.date}/delete`} csrf={ctx.csrfToken} label="Xóa" variant="danger" />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      {canManage && (
        <section aria-labelledby="add-day">
          <h2 id="add-day">Thêm hoặc sửa một ngày</h2>
          <PostForm action="/admin/calendar" csrf={ctx.csrfToken} errors={form.errors} submit="Lưu ngày">
            <TextField name="date" label="Ngày (dd/mm/yyyy)" hint="Nếu ngày đã có trong bảng, thông tin sẽ được thay thế." form={form} required />
            <SelectField name="kind" label="Loại ngày" options={kindOptions} form={form} required />
            <TextField name="name" label="Tên ngày nghỉ hoặc lý do" hint="Ví dụ: Nghỉ bù Tết Nguyên đán; Làm bù cho ngày 02/01." form={form} required />
            </PostForm>
        </section>
      )}
    </AdminLayout>
  );
}
