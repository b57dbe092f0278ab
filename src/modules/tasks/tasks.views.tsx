import { Badge } from '../../platform/views/components/badge.js';
import { ActionButton, CheckboxesField, CsrfField, ErrorSummary, FormActions, PostForm, SelectField, TextareaField, TextField, type FormState } from '../../platform/views/components/form.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDate } from '../../shared/dates.js';
import { ActionsHeader, EXECUTION_STYLES, FileField, PlanHeader, Progress, resultText, scheduleText, targetText, taskPath, TaskStatus, planTasksPath } from './plan.views.js';
import { DOCUMENTS_TOPIC, FEEDBACK_TOPIC } from './progress.js';
import { DISSEMINATION_FORMS, EVIDENCE_KINDS, SCHEDULES, TASK_STATUSES } from './tasks.schema.js';
import type { Dissemination, TasksService, TaskView, UnitGroup, UnitRef } from './tasks.service.js';

type PlanPageModel = Awaited<ReturnType<TasksService['planPage']>>;
type TaskPageModel = Awaited<ReturnType<TasksService['get']>>;
type FormOptions = Awaited<ReturnType<TasksService['formOptions']>>;

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const unitName = (units: readonly UnitRef[], id: number | null) => units.find((u) => u.id === id)?.name ?? '—';

function disseminationText(d: Dissemination) {
  return `${formatDate(d.heldOn)}: ${DISSEMINATION_FORMS[d.form]}, ${d.attendance} người${d.note ? ` (${d.note})` : ''}`;
}

function TasksTable({ group, units }: { group: UnitGroup; units: readonly UnitRef[] }) {
  return (
    <DataTable caption={`Nhiệm vụ do ${group.unit?.name ?? 'đơn vị chưa xác định'} chủ trì`}>
      <thead>
        <tr>
          <th scope="col">Mục</th>
          <th scope="col">Nhiệm vụ</th>
          <th scope="col">Thời hạn</th>
          <th scope="col">Kết quả/chỉ tiêu</th>
          <th scope="col">Tiến độ</th>
          <th scope="col">Trạng thái</th>
        </tr>
      </thead>
      <tbody>
        {group.tasks.map((t) => (
          <tr key={t.id}>
            <td>{t.link?.code ?? '—'}</td>
            <th scope="row" class="task-name">
              <a href={taskPath(t.id)}>{t.title}</a>
              <small class="task-name__meta">
                Phụ trách: {t.assigneeName || 'chưa phân công'}
                {t.cooperatingUnitIds.length > 0 && `. Phối hợp: ${t.cooperatingUnitIds.map((id) => unitName(units, id)).join('; ')}`}
              </small>
            </th>
            <td>{scheduleText(t)}</td>
            <td>{resultText(t)}</td>
            <td>
              <Progress percent={t.percent} label={`Tiến độ: ${t.title}`} />
            </td>
            <td>
              <TaskStatus task={t} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function DisseminationForm({ ctx, planId, units, form }: { ctx: ViewContext; planId: number; units: UnitRef[]; form: FormState }) {
  return (
    <PostForm action={`${planTasksPath(planId)}/pho-bien`} csrf={ctx.csrfToken} errors={form.errors} submit="Ghi nhận">
      <SelectField name="unitId" label="Đơn vị" form={form} options={units.map((u) => ({ value: String(u.id), label: u.name }))} />
      <TextField name="heldOn" label="Ngày phổ biến" hint="dd/mm/yyyy, ví dụ 15/03/2023" form={form} maxLength={10} />
      <SelectField name="form" label="Hình thức phổ biến" form={form} placeholder="Chọn hình thức" options={options(DISSEMINATION_FORMS)} />
      <TextField name="attendance" label="Số người tham dự, được phổ biến" type="number" form={form} />
      <TextareaField name="note" label="Ghi chú" hint="Ví dụ: lồng ghép trong cuộc họp giao ban tháng 3" rows={3} form={form} maxLength={2000} />
    </PostForm>
  );
}

/** `/admin/plans/:planId/nhiem-vu`: the plan's tasks by lead unit, and which units have passed the plan on to their staff. */
export function PlanTasksPage({ ctx, model, disseminationForm }: { ctx: ViewContext; model: PlanPageModel; disseminationForm: FormState }) {
  const { plan, groups, units } = model;
  return (
    <AdminLayout title={`Nhiệm vụ — ${plan.title}`} ctx={ctx} extras={EXECUTION_STYLES}>
      <PlanHeader plan={plan} heading="Nhiệm vụ thực hiện kế hoạch" tab="tasks" />
      {model.canManage && (
        <div class="actions">
          {model.missing > 0 && (
            <form method="post" action={`${planTasksPath(plan.id)}/tao-tu-ke-hoach`} class="inline-form">
              <CsrfField token={ctx.csrfToken} />
              <button type="submit" class="button">
                Tạo nhiệm vụ từ kế hoạch
              </button>
            </form>
          )}
          <a class="button button--secondary" href={`${planTasksPath(plan.id)}/moi`}>
            Thêm nhiệm vụ
          </a>
        </div>
      )}
      {model.canManage && model.missing > 0 && (
        <p class="field__hint">
          “Tạo nhiệm vụ từ kế hoạch” tạo một nhiệm vụ cho mỗi nội dung (mục II) và mỗi hình thức (mục III) chưa có nhiệm vụ — còn {model.missing} mục — do Văn phòng chủ trì; sau đó
          có thể sửa đơn vị, thời hạn, chỉ tiêu của từng nhiệm vụ.
        </p>
      )}
      {model.tasks.length === 0 && <p class="notice notice--info">Kế hoạch chưa có nhiệm vụ nào.</p>}
      {groups
        .filter((g) => g.tasks.length > 0)
        .map((g) => (
          <section key={g.unit?.id ?? 0} class="unit-tasks" aria-labelledby={`unit-${g.unit?.id ?? 0}`}>
            <h2 id={`unit-${g.unit?.id ?? 0}`}>{g.unit?.name ?? 'Chưa giao đơn vị chủ trì'}</h2>
            <p>
              Tiến độ chung của đơn vị: <Progress percent={g.percent} label={`Tiến độ chung của ${g.unit?.name ?? 'nhóm'}`} />
            </p>
            <TasksTable group={g} units={units} />
          </section>
        ))}

      <section aria-labelledby="dissemination">
        <h2 id="dissemination">Phổ biến kế hoạch tới cán bộ, công chức trong đơn vị</h2>
        <p>Theo mục V.1 của kế hoạch, mỗi phòng, đơn vị tuyên truyền, phổ biến kế hoạch tới toàn thể công chức, viên chức và người lao động của đơn vị mình.</p>
        <DataTable caption="Việc phổ biến kế hoạch theo đơn vị">
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Tình hình</th>
              <th scope="col">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {groups
              .filter((g) => g.unit)
              .map((g) => (
                <tr key={g.unit!.id}>
                  <th scope="row">{g.unit!.name}</th>
                  <td>{g.disseminations.length > 0 ? <Badge tone="success">Đã phổ biến</Badge> : <Badge tone="warning">Chưa phổ biến</Badge>}</td>
                  <td>
                    {g.disseminations.length > 0 ? (
                      <ul class="plain-list">
                        {g.disseminations.map((d) => (
                          <li key={d.id}>{disseminationText(d)}</li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
          </tbody>
        </DataTable>
        {model.disseminationUnits.length > 0 && (
          <>
            <h3>Ghi nhận việc phổ biến</h3>
            <DisseminationForm ctx={ctx} planId={plan.id} units={model.disseminationUnits} form={disseminationForm} />
          </>
        )}
      </section>
    </AdminLayout>
  );
}

/** The fields of a task, for the new-task page and the task page. */
function TaskFields({ form, choices }: { form: FormState; choices: Pick<FormOptions, 'topics' | 'channels' | 'units' | 'people'> }) {
  const unitOptions = choices.units.map((u) => ({ value: String(u.id), label: u.name }));
  const links = [
    ...choices.topics.map((t) => ({ value: `topic-${t.id}`, label: `${t.code}. ${t.text}`.slice(0, 140) })),
    ...choices.channels.map((c) => ({ value: `channel-${c.id}`, label: `${c.code}. ${c.text}`.slice(0, 140) })),
  ];
  return (
    <>
      <TextareaField name="title" label="Tên nhiệm vụ" rows={2} form={form} maxLength={500} />
      <SelectField name="link" label="Thuộc nội dung, hình thức của kế hoạch" hint="Tiến độ của nhiệm vụ được tính vào mục này." form={form} placeholder="Không thuộc mục cụ thể" options={links} />
      <SelectField name="leadUnitId" label="Đơn vị chủ trì" form={form} placeholder="Chọn đơn vị" options={unitOptions} />
      <CheckboxesField name="cooperatingUnitIds" label="Đơn vị phối hợp" form={form} options={unitOptions} />
      <SelectField name="assigneeId" label="Người phụ trách" form={form} placeholder="Chưa phân công" options={choices.people.map((p) => ({ value: String(p.id), label: p.fullName }))} />
      <SelectField name="schedule" label="Thời hạn" form={form} options={options(SCHEDULES)} />
      <TextField name="dueOn" label="Hạn hoàn thành" hint="Khi chọn “Có thời hạn”: dd/mm/yyyy, ví dụ 30/06/2023. Nhiệm vụ định kỳ kéo dài đến hết năm của kế hoạch." form={form} maxLength={10} />
      <TextField name="targetCount" label="Chỉ tiêu (số lượng)" hint="Ví dụ 24; để trống nếu nhiệm vụ không đo bằng số lượng." type="number" form={form} />
      <TextField name="targetUnit" label="Đơn vị tính của chỉ tiêu" hint="Ví dụ: tin, bài; buổi chào cờ có nội dung CCHC" form={form} maxLength={100} />
      <SelectField name="status" label="Trạng thái" form={form} options={options(TASK_STATUSES)} />
      <TextareaField name="notes" label="Ghi chú" rows={3} form={form} maxLength={5000} />
    </>
  );
}

export function NewTaskPage({ ctx, choices, form }: { ctx: ViewContext; choices: FormOptions; form: FormState }) {
  return (
    <AdminLayout title={`Thêm nhiệm vụ — ${choices.plan.title}`} ctx={ctx} extras={EXECUTION_STYLES}>
      <PlanHeader plan={choices.plan} heading="Thêm nhiệm vụ" tab="tasks" nested />
      <PostForm action={`${planTasksPath(choices.plan.id)}/moi`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu nhiệm vụ" cancelHref={planTasksPath(choices.plan.id)}>
        <TaskFields form={form} choices={choices} />
      </PostForm>
    </AdminLayout>
  );
}

/** How the automatic count of a task comes about, in words (CONTEXT.md "Evidence"). */
function automaticRule(task: TaskView): string | null {
  const link = task.link;
  if (!link) return null;
  if (link.kind === 'topic') {
    const extra = link.code === DOCUMENTS_TOPIC ? ' và các văn bản cơ quan ban hành trong năm' : link.code === FEEDBACK_TOPIC ? ' và các phản ánh, kiến nghị đã trả lời trong năm' : '';
    return `Tự động tính các tin, bài đăng trên Cổng thông tin trong năm có nội dung tuyên truyền ${link.code}${extra}.`;
  }
  if (link.channelKind === 'portal') return 'Tự động tính mọi tin, bài đăng trên Cổng thông tin trong năm có gắn nội dung tuyên truyền (mục II).';
  if (link.channelKind === 'documents') return 'Tự động tính các văn bản cơ quan ban hành trong năm.';
  return null;
}

export type TaskForms = { edit: FormState; report: FormState; evidence: FormState };

function EvidenceForm({ ctx, taskId, form }: { ctx: ViewContext; taskId: number; form: FormState }) {
  return (
    <>
      <ErrorSummary errors={form.errors} />
      <form method="post" action={`${taskPath(taskId)}/minh-chung?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data" novalidate>
        <SelectField name="kind" label="Loại minh chứng" form={form} placeholder="Chọn loại" options={options(EVIDENCE_KINDS)} />
        <TextField name="title" label="Tên minh chứng" hint="Ví dụ: Chào cờ tháng 3 có nội dung CCHC" form={form} maxLength={300} />
        <TextField name="occurredOn" label="Ngày thực hiện" hint="dd/mm/yyyy" form={form} maxLength={10} />
        <TextField name="quantity" label="Số lượng" hint="Số lần, số buổi, số sản phẩm mà minh chứng này chứng minh; mặc định 1." type="number" form={form} />
        <TextField name="url" label="Đường dẫn" hint="Với loại “Đường dẫn”: https://…" type="url" form={form} maxLength={1000} />
        <TextareaField name="note" label="Mô tả" rows={3} form={form} maxLength={2000} />
        <FileField name="file" label="Tệp" hint="Ảnh JPEG, PNG, WebP hoặc tệp PDF, DOCX, XLSX, tối đa 10 MB." form={form} />
        <FormActions submit="Thêm minh chứng" />
      </form>
    </>
  );
}

/** `/admin/nhiem-vu/:id`: one task, its evidence, and the forms the actor may use. */
export function TaskPage({ ctx, model, forms }: { ctx: ViewContext; model: TaskPageModel; forms: TaskForms }) {
  const { plan, task, units, evidence, articles } = model;
  const rule = automaticRule(task);
  return (
    <AdminLayout title={task.title} ctx={ctx} extras={EXECUTION_STYLES}>
      <PlanHeader plan={plan} heading={task.title} tab="tasks" nested />
      <p>
        <TaskStatus task={task} />
      </p>
      <dl class="facts">
        <dt>Thuộc mục</dt>
        <dd>{task.link ? `${task.link.code}. ${task.link.text}` : 'Không thuộc mục cụ thể'}</dd>
        <dt>Đơn vị chủ trì</dt>
        <dd>{unitName(units, task.leadUnitId)}</dd>
        <dt>Đơn vị phối hợp</dt>
        <dd>{task.cooperatingUnitIds.length > 0 ? task.cooperatingUnitIds.map((id) => unitName(units, id)).join('; ') : '—'}</dd>
        <dt>Người phụ trách</dt>
        <dd>{task.assigneeName || 'Chưa phân công'}</dd>
        <dt>Thời hạn</dt>
        <dd>{task.schedule === 'deadline' ? scheduleText(task) : `${SCHEDULES[task.schedule]}, đến ${formatDate(task.lastDay)}`}</dd>
        <dt>Chỉ tiêu</dt>
        <dd>{targetText(task)}</dd>
        <dt>Kết quả</dt>
        <dd>
          {resultText(task)} (tự động: {task.automatic}; đơn vị cập nhật: {task.manual})
        </dd>
        <dt>Tiến độ</dt>
        <dd>
          <Progress percent={task.percent} label="Tiến độ nhiệm vụ" />
        </dd>
        {task.notes && (
          <>
            <dt>Ghi chú</dt>
            <dd class="pre-line">{task.notes}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="evidence">
        <h2 id="evidence">Minh chứng</h2>
        {rule && <p>{rule}</p>}
        {articles.length > 0 && (
          <>
            <h3>Tin, bài đã đăng (mới nhất)</h3>
            <ul>
              {articles.map((a) => (
                <li key={a.slug}>
                  <a href={`/tin-tuc/${a.slug}`}>{a.title}</a> — {formatDate(a.publishedAt)} ({a.topic})
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Minh chứng do đơn vị cập nhật</h3>
        {evidence.length === 0 ? (
          <p class="muted">Chưa có minh chứng nào được cập nhật.</p>
        ) : (
          <DataTable caption="Minh chứng do đơn vị cập nhật">
            <thead>
              <tr>
                <th scope="col">Ngày</th>
                <th scope="col">Loại</th>
                <th scope="col">Minh chứng</th>
                <th scope="col" class="num">
                  Số lượng
                </th>
                <th scope="col">Người cập nhật</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {evidence.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.occurredOn)}</td>
                  <td>{EVIDENCE_KINDS[e.kind]}</td>
                  <th scope="row">
                    {e.title}
                    {e.file && (
                      <>
                        <br />
                        <a href={`/admin/minh-chung/${e.id}/tep`}>{e.file.fileName}</a>
                      </>
                    )}
                    {e.url && (
                      <>
                        <br />
                        <a href={e.url} rel="noopener noreferrer">
                          {e.url}
                        </a>
                      </>
                    )}
                    {e.note && <p class="muted">{e.note}</p>}
                  </th>
                  <td class="num">{e.quantity}</td>
                  <td>{e.createdByName}</td>
                  <td>
                    {(model.canManage || (model.canReport && e.createdBy === model.actorId)) && (
                      <ActionButton action={`/admin/minh-chung/${e.id}/xoa`} csrf={ctx.csrfToken} label="Xóa" variant="danger" />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {model.canReport && (
          <>
            <h3>Thêm minh chứng</h3>
            <EvidenceForm ctx={ctx} taskId={task.id} form={forms.evidence} />
          </>
        )}
      </section>

      {model.canReport && !model.canManage && (
        <section aria-labelledby="report">
          <h2 id="report">Cập nhật tình hình thực hiện</h2>
          <PostForm action={`${taskPath(task.id)}/bao-cao`} csrf={ctx.csrfToken} errors={forms.report.errors} submit="Cập nhật">
            <SelectField name="status" label="Trạng thái" form={forms.report} options={options(TASK_STATUSES)} />
            <TextareaField name="notes" label="Ghi chú" rows={3} form={forms.report} maxLength={5000} />
          </PostForm>
        </section>
      )}

      {model.canManage && (
        <section aria-labelledby="edit">
          <h2 id="edit">Sửa nhiệm vụ</h2>
          <PostForm action={taskPath(task.id)} csrf={ctx.csrfToken} errors={forms.edit.errors} submit="Lưu thay đổi">
            <TaskFields form={forms.edit} choices={model} />
          </PostForm>
          <ActionButton action={`${taskPath(task.id)}/xoa`} csrf={ctx.csrfToken} label="Xóa nhiệm vụ" variant="danger" />
        </section>
      )}
    </AdminLayout>
  );
}
