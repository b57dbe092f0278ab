import { Badge, type BadgeTone } from '../../platform/views/components/badge.js';
import {
  ActionButton,
  CheckboxesField,
  CsrfField,
  ErrorSummary,
  FilterForm,
  FormActions,
  PostForm,
  SelectField,
  TextareaField,
  TextField,
  type FormState,
} from '../../platform/views/components/form.js';
import { Pagination, withQuery } from '../../platform/views/components/pagination.js';
import { DataTable } from '../../platform/views/components/table.js';
import type { ViewContext } from '../../platform/views/context.js';
import { AdminLayout } from '../../platform/views/layouts.js';
import { formatDateTime } from '../../shared/dates.js';
import type { Article, Attachment, Revision } from './articles.repo.js';
import type { CategoryNode } from './categories.service.js';
import { contentPolicy } from './content.policy.js';
import { ARTICLE_STATUSES, TOPICS, type ArticleStatus } from './content.schema.js';
import { coverUrl } from './media.js';
import { Breadcrumbs } from '../../platform/views/components/breadcrumbs.js';

const STATUS_TONE: Record<ArticleStatus, BadgeTone> = {
  draft: 'neutral',
  submitted: 'warning',
  returned: 'danger',
  scheduled: 'info',
  published: 'success',
  unpublished: 'neutral',
};

export const StatusBadge = ({ status }: { status: ArticleStatus }) => <Badge tone={STATUS_TONE[status]}>{ARTICLE_STATUSES[status]}</Badge>;

const categoryOptions = (categories: CategoryNode[]) => categories.map((c) => ({ value: String(c.id), label: `${'— '.repeat(c.depth)}${c.name}` }));

export function ArticlesPage(props: {
  ctx: ViewContext;
  filters: FormState;
  categories: CategoryNode[];
  result: { total: number; counts: Partial<Record<ArticleStatus, number>>; articles: Article[]; page: number; pageSize: number };
  authors: { id: number; name: string }[];
  canPublish: boolean;
}) {
  const { ctx, filters, categories, result, canPublish } = props;
  const values = filters.values as Record<string, string>;
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const all = Object.values(result.counts).reduce((a, b) => a + (b ?? 0), 0);
  return (
    <AdminLayout title="Tin, bài" ctx={ctx}>
      <div class="page-header">
        <h1>Tin, bài</h1>
        <a class="button" href="/admin/articles/new">
          Viết bài mới
        </a>
      </div>
      <nav aria-label="Lọc theo trạng thái">
        <ul class="actions status-tabs">
          <li>
            <a href={withQuery('/admin/articles', { ...values, status: undefined, page: undefined })} aria-current={!values.status ? 'page' : undefined}>
              Tất cả ({all})
            </a>
          </li>
          {(Object.keys(ARTICLE_STATUSES) as ArticleStatus[]).map((status) => (
            <li key={status}>
              <a href={withQuery('/admin/articles', { ...values, status, page: undefined })} aria-current={values.status === status ? 'page' : undefined}>
                {ARTICLE_STATUSES[status]} ({result.counts[status] ?? 0})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ErrorSummary errors={filters.errors} />
      <FilterForm action="/admin/articles" label="Lọc tin, bài">
        {values.status && <input type="hidden" name="status" value={values.status} />}
        <TextField name="q" label="Tiêu đề" type="search" form={filters} />
        <SelectField name="categoryId" label="Danh mục" options={categoryOptions(categories)} placeholder="Tất cả" form={filters} />
        <SelectField name="authorId" label="Tác giả" options={props.authors.map((a) => ({ value: String(a.id), label: a.name }))} placeholder="Tất cả" form={filters} />
        <TextField name="from" label="Sửa từ ngày (dd/mm/yyyy)" form={filters} />
        <TextField name="to" label="Đến ngày" form={filters} />
      </FilterForm>
      <p class="muted" role="status">
        {result.total} bài viết.
      </p>
      <form method="post" action="/admin/articles/bulk">
        <CsrfField token={ctx.csrfToken} />
        <DataTable caption="Danh sách tin, bài">
          <thead>
            <tr>
              {canPublish && (
                <th scope="col">
                  <span class="visually-hidden">Chọn</span>
                </th>
              )}
              <th scope="col">Tiêu đề</th>
              <th scope="col">Danh mục</th>
              <th scope="col">Tác giả</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cập nhật</th>
            </tr>
          </thead>
          <tbody>
            {result.articles.map((a) => (
              <tr key={a.id}>
                {canPublish && (
                  <td>
                    <input type="checkbox" name="ids" value={String(a.id)} id={`pick-${a.id}`} aria-label={`Chọn bài “${a.title}”`} />
                  </td>
                )}
                <td>
                  <a href={`/admin/articles/${a.id}`}>{a.title}</a>
                </td>
                <td>{a.categoryIds.map((id) => names.get(id)).filter(Boolean).join(', ')}</td>
                <td>{a.authorName}</td>
                <td>
                  <StatusBadge status={a.status} />
                </td>
                <td>{formatDateTime(a.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
        {canPublish && result.articles.length > 0 && (
          <div class="filters">
            <div class="field">
              <label for="bulk-action">Với các bài đã chọn</label>
              <select id="bulk-action" name="action">
                <option value="publish">Đăng</option>
                <option value="unpublish">Gỡ xuống</option>
              </select>
            </div>
            <FormActions submit="Thực hiện" secondary />
          </div>
        )}
      </form>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={(page) => withQuery('/admin/articles', { ...values, page })} />
    </AdminLayout>
  );
}

function ArticleFields({ form, categories, editing }: { form: FormState; categories: CategoryNode[]; editing: boolean }) {
  return (
    <>
      <TextField name="title" label="Tiêu đề" form={form} required maxLength={250} />
      <TextareaField name="sapo" label="Sapo (tóm tắt)" hint="Một, hai câu dẫn vào bài; hiện dưới tiêu đề và trong danh sách tin." rows={3} form={form} />
      <div class={form.errors.bodyHtml ? 'field field--error' : 'field'}>
        <label for="f-bodyHtml">Nội dung</label>
        <p class="field__hint" id="f-bodyHtml-hint">
          Có thể dán từ Word: tiêu đề, danh sách, bảng và chữ đậm, nghiêng được giữ lại; định dạng khác được loại bỏ khi lưu.
        </p>
        {form.errors.bodyHtml && (
          <p class="field__error" id="f-bodyHtml-error">
            <span class="visually-hidden">Lỗi: </span>
            {form.errors.bodyHtml}
          </p>
        )}
        <textarea
          id="f-bodyHtml"
          name="bodyHtml"
          rows={18}
          data-editor
          aria-invalid={form.errors.bodyHtml ? 'true' : undefined}
          aria-describedby={form.errors.bodyHtml ? 'f-bodyHtml-hint f-bodyHtml-error' : 'f-bodyHtml-hint'}
        >
          {String(form.values.bodyHtml ?? '')}
        </textarea>
      </div>
      <CheckboxesField name="categoryIds" label="Danh mục" options={categoryOptions(categories)} form={form} />
      <TextField name="tags" label="Từ khóa (thẻ)" hint="Cách nhau bằng dấu phẩy, ví dụ: dịch vụ công trực tuyến, thanh toán điện tử" form={form} />
      <SelectField
        name="topic"
        label="Nội dung tuyên truyền phục vụ (mục II của kế hoạch)"
        options={Object.entries(TOPICS).map(([value, label]) => ({ value, label: `${value}. ${label}` }))}
        placeholder="— Không gắn —"
        form={form}
      />
      <TextField name="coverCaption" label="Chú thích ảnh đại diện" form={form} />
      <CheckboxesField name="featured" label="Vị trí" options={[{ value: '1', label: 'Tin nổi bật trên trang chủ' }]} form={form} />
      {editing && <TextField name="note" label="Ghi chú sửa đổi" hint="Ví dụ: sửa số liệu quý III. Lưu cùng phiên bản." form={form} />}
    </>
  );
}

const EDITOR_ASSETS = { scripts: ['/assets/vendor/squire.js', '/assets/js/editor.js'], styles: ['/assets/css/editor.css'] };

export function NewArticlePage({ ctx, form, categories }: { ctx: ViewContext; form: FormState; categories: CategoryNode[] }) {
  return (
    <AdminLayout title="Viết bài mới" ctx={ctx} extras={EDITOR_ASSETS}>
      <Breadcrumbs trail={[{ href: '/admin/articles', label: 'Tin, bài' }]} current="Viết bài mới" />
      <h1>Viết bài mới</h1>
      <PostForm action="/admin/articles/new" csrf={ctx.csrfToken} errors={form.errors} submit="Lưu bản nháp" cancelHref="/admin/articles">
        <ArticleFields form={form} categories={categories} editing={false} />
      </PostForm>
    </AdminLayout>
  );
}

export type EditModel = {
  article: Article;
  categories: CategoryNode[];
  attachments: Attachment[];
  form: FormState;
  workflow: FormState;
  uploads: FormState;
};

function Workflow({ ctx, article, form }: { ctx: ViewContext; article: Article; form: FormState }) {
  const can = (action: 'submit' | 'publish' | 'return' | 'unpublish') => contentPolicy.can(ctx.actor, action, article);
  const base = `/admin/articles/${article.id}`;
  return (
    <section aria-labelledby="workflow-heading" class="workflow">
      <h2 id="workflow-heading">Duyệt và đăng</h2>
      <ErrorSummary errors={form.errors} />
      <div class="actions">
        {can('submit') && <ActionButton action={`${base}/submit`} csrf={ctx.csrfToken} label="Gửi duyệt" />}
        {can('publish') && <ActionButton action={`${base}/publish`} csrf={ctx.csrfToken} label="Đăng ngay" />}
        {can('unpublish') && <ActionButton action={`${base}/unpublish`} csrf={ctx.csrfToken} label="Gỡ xuống" variant="danger" />}
        {article.status === 'published' && (
          <a class="button button--secondary button--small" href={`/tin-tuc/${article.slug}`}>
            Xem trên cổng
          </a>
        )}
      </div>
      {can('publish') && (
        <form method="post" action={`${base}/schedule`} class="filters" novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="date" label="Hẹn ngày đăng (dd/mm/yyyy)" form={form} />
          <TextField name="time" label="Giờ (HH:mm)" form={form} />
          <FormActions submit="Hẹn giờ đăng" secondary />
        </form>
      )}
      {can('return') && (
        <form method="post" action={`${base}/return`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextareaField name="reason" label="Trả lại cho tác giả — lý do" hint="Tác giả thấy lý do này trên trang bài viết." rows={3} form={form} />
          <FormActions submit="Trả lại" secondary />
        </form>
      )}
    </section>
  );
}

function Media({ ctx, article, attachments, form }: { ctx: ViewContext; article: Article; attachments: Attachment[]; form: FormState }) {
  const canEdit = contentPolicy.can(ctx.actor, 'edit', article);
  const base = `/admin/articles/${article.id}`;
  return (
    <section aria-labelledby="media-heading">
      <h2 id="media-heading">Ảnh đại diện và tệp đính kèm</h2>
      <ErrorSummary errors={form.errors} />
      {article.coverKey ? (
        <figure>
          <img src={coverUrl(article.coverKey, 480)} alt={article.coverCaption || 'Ảnh đại diện hiện tại'} width={480} height={270} />
          {article.coverCaption && <figcaption>{article.coverCaption}</figcaption>}
        </figure>
      ) : (
        <p class="muted">Chưa có ảnh đại diện.</p>
      )}
      {canEdit && (
        <form method="post" action={`${base}/cover?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
          <div class={form.errors.cover ? 'field field--error' : 'field'}>
            <label for="f-cover">Chọn ảnh (JPEG, PNG, WebP; tối đa 10 MB)</label>
            {form.errors.cover && <p class="field__error">{form.errors.cover}</p>}
            <input id="f-cover" name="cover" type="file" accept="image/jpeg,image/png,image/webp" />
          </div>
          <FormActions submit="Tải ảnh lên" secondary />
        </form>
      )}
      <h3>Tệp đính kèm</h3>
      {attachments.length === 0 ? (
        <p class="muted">Chưa có tệp đính kèm.</p>
      ) : (
        <ul>
          {attachments.map((f) => (
            <li key={f.id}>
              {f.fileName} <span class="muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>{' '}
              {canEdit && <ActionButton action={`/admin/attachments/${f.id}/delete`} csrf={ctx.csrfToken} label="Xóa" variant="danger" />}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form method="post" action={`${base}/attachments?_csrf=${encodeURIComponent(ctx.csrfToken)}`} enctype="multipart/form-data">
          <div class={form.errors.attachment ? 'field field--error' : 'field'}>
            <label for="f-attachment">Thêm tệp (PDF, DOCX, XLSX; tối đa 10 MB)</label>
            {form.errors.attachment && <p class="field__error">{form.errors.attachment}</p>}
            <input
              id="f-attachment"
              name="attachment"
              type="file"
              accept=".pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            />
          </div>
          <FormActions submit="Tải tệp lên" secondary />
        </form>
      )}
    </section>
  );
}

export function EditArticlePage({ ctx, model }: { ctx: ViewContext; model: EditModel }) {
  const { article } = model;
  const canEdit = contentPolicy.can(ctx.actor, 'edit', article);
  return (
    <AdminLayout title={article.title} ctx={ctx} extras={EDITOR_ASSETS}>
      <Breadcrumbs trail={[{ href: '/admin/articles', label: 'Tin, bài' }]} current={article.title} />
      <div class="page-header">
        <h1>{article.title}</h1>
        <StatusBadge status={article.status} />
      </div>
      {article.status === 'returned' && article.returnReason && (
        <div class="notice notice--warning" role="note">
          <strong>Bài bị trả lại: </strong>
          {article.returnReason}
        </div>
      )}
      {article.status === 'scheduled' && article.scheduledAt && (
        <div class="notice notice--info" role="note">
          Bài sẽ tự động đăng lúc {formatDateTime(article.scheduledAt)}.
        </div>
      )}
      <p class="muted">
        Tác giả: {article.authorName} · Phiên bản {article.revision} · <a href={`/admin/articles/${article.id}/revisions`}>Xem các phiên bản</a>
      </p>
      <Workflow ctx={ctx} article={article} form={model.workflow} />
      <Media ctx={ctx} article={article} attachments={model.attachments} form={model.uploads} />
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">Nội dung</h2>
        {canEdit ? (
          <PostForm action={`/admin/articles/${article.id}`} csrf={ctx.csrfToken} errors={model.form.errors} submit="Lưu thay đổi">
            <ArticleFields form={model.form} categories={model.categories} editing={true} />
          </PostForm>
        ) : (
          <>
            <p class="notice notice--info">Bài đang ở trạng thái “{ARTICLE_STATUSES[article.status]}”; chỉ người duyệt mới sửa được.</p>
            <div class="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
          </>
        )}
      </section>
    </AdminLayout>
  );
}

export function RevisionsPage({ ctx, article, revisions }: { ctx: ViewContext; article: Article; revisions: Revision[] }) {
  return (
    <AdminLayout title={`Phiên bản: ${article.title}`} ctx={ctx}>
      <Breadcrumbs trail={[{ href: '/admin/articles', label: 'Tin, bài' }, { href: `/admin/articles/${article.id}`, label: article.title }]} current="Các phiên bản" />
      <h1>Các phiên bản</h1>
      {revisions.map((r) => (
        <details key={r.revision} class="revision" open={r.revision === article.revision}>
          <summary>
            Phiên bản {r.revision} — {r.editorName}, {formatDateTime(r.createdAt)}
            {r.note && <> — {r.note}</>}
          </summary>
          <h2>{r.title}</h2>
          {r.sapo && <p class="lead">{r.sapo}</p>}
          <div class="article__body" dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
        </details>
      ))}
    </AdminLayout>
  );
}

export function CategoriesPage(props: { ctx: ViewContext; categories: CategoryNode[]; form: FormState; settings: FormState }) {
  const { ctx, categories } = props;
  return (
    <AdminLayout title="Danh mục" ctx={ctx}>
      <h1>Danh mục cổng thông tin</h1>
      <DataTable caption="Cây danh mục">
        <thead>
          <tr>
            <th scope="col">Tên danh mục</th>
            <th scope="col">Đường dẫn</th>
            <th scope="col">Hiển thị</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.id}>
              <td>
                <span aria-hidden="true">{'— '.repeat(c.depth)}</span>
                <a href={`/admin/categories/${c.id}`}>{c.name}</a>
              </td>
              <td>
                <a href={`/danh-muc/${c.slug}`}>/danh-muc/{c.slug}</a>
              </td>
              <td>{c.visible ? <Badge tone="success">Hiện</Badge> : <Badge tone="neutral">Ẩn</Badge>}</td>
              <td class="actions">
                <ActionButton action={`/admin/categories/${c.id}/up`} csrf={ctx.csrfToken} label={`Lên`} variant="secondary" />
                <ActionButton action={`/admin/categories/${c.id}/down`} csrf={ctx.csrfToken} label={`Xuống`} variant="secondary" />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <section aria-labelledby="new-category">
        <h2 id="new-category">Thêm danh mục</h2>
        <PostForm action="/admin/categories" csrf={ctx.csrfToken} errors={props.form.errors} submit="Thêm danh mục">
          <CategoryFields form={props.form} categories={categories} />
        </PostForm>
      </section>
      <section aria-labelledby="portal-settings">
        <h2 id="portal-settings">Liên kết dịch vụ công</h2>
        <PostForm action="/admin/portal-settings" csrf={ctx.csrfToken} errors={props.settings.errors} submit="Lưu">
          <TextField
            name="nationalServiceUrl"
            label="Địa chỉ Cổng Dịch vụ công"
            hint="Trang chủ cổng thông tin liên kết tới địa chỉ này ở mục “Dịch vụ công trực tuyến”."
            type="url"
            form={props.settings}
          />
        </PostForm>
      </section>
    </AdminLayout>
  );
}

function CategoryFields({ form, categories, except }: { form: FormState; categories: CategoryNode[]; except?: number }) {
  return (
    <>
      <TextField name="name" label="Tên danh mục" form={form} required />
      <TextField name="slug" label="Đường dẫn" hint="Để trống để tạo tự động từ tên, ví dụ: tin-tuc-cchc." form={form} />
      <TextareaField name="description" label="Mô tả" rows={2} form={form} />
      <SelectField name="parentId" label="Danh mục cha" options={categoryOptions(categories.filter((c) => c.id !== except))} placeholder="— Cấp cao nhất —" form={form} />
      <TextField name="sortOrder" label="Thứ tự" type="number" form={form} />
      <CheckboxesField name="visible" label="Hiển thị" options={[{ value: '1', label: 'Hiện trên cổng thông tin' }]} form={form} />
    </>
  );
}

export function CategoryPage({ ctx, form, category, categories }: { ctx: ViewContext; form: FormState; category: CategoryNode; categories: CategoryNode[] }) {
  return (
    <AdminLayout title={`Sửa danh mục: ${category.name}`} ctx={ctx}>
      <Breadcrumbs trail={[{ href: '/admin/categories', label: 'Danh mục' }]} current={category.name} />
      <h1>Sửa danh mục: {category.name}</h1>
      <PostForm action={`/admin/categories/${category.id}`} csrf={ctx.csrfToken} errors={form.errors} submit="Lưu" cancelHref="/admin/categories">
        <CategoryFields form={form} categories={categories} except={category.id} />
      </PostForm>
      <ActionButton action={`/admin/categories/${category.id}/delete`} csrf={ctx.csrfToken} label="Xóa danh mục" variant="danger" />
    </AdminLayout>
  );
}
