import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/**
 * Editorial states (rule 11: one source). draft → submitted → published, or submitted → returned
 * (with a reason the author sees) → submitted again; an approver may schedule instead of publishing
 * now, and may unpublish.
 */
export const ARTICLE_STATUSES = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  returned: 'Trả lại',
  scheduled: 'Hẹn giờ đăng',
  published: 'Đã đăng',
  unpublished: 'Đã gỡ',
} as const;

export type ArticleStatus = keyof typeof ARTICLE_STATUSES;

/** The seed plan's communication topics (section II), which articles serve as evidence. */
export const TOPICS = {
  'II.1': 'Văn bản về cải cách hành chính; dịch vụ công trực tuyến, thanh toán điện tử, chuyển đổi số',
  'II.2': 'Quyền, nghĩa vụ, kỷ luật, đạo đức công vụ',
  'II.3': 'Công khai, minh bạch và giải quyết thủ tục hành chính',
  'II.4': 'Tiếp nhận, xử lý phản ánh, kiến nghị',
  'II.5': 'Kết quả đạt được, tồn tại, hạn chế, nguyên nhân',
  'II.6': 'Đẩy mạnh dịch vụ công trực tuyến',
} as const;

export type Topic = keyof typeof TOPICS;

/** Categories repeat as one field name when several boxes are ticked. */
const ids = (title: string) => Type.Union([Type.Array(Type.Integer({ minimum: 1 })), Type.Integer({ minimum: 1 })], { title });

export const SaveArticle = Type.Object({
  title: Type.String({ title: 'Tiêu đề', minLength: 5, maxLength: 250 }),
  sapo: Type.Optional(Type.String({ title: 'Sapo (tóm tắt)', maxLength: 600 })),
  bodyHtml: Type.String({ title: 'Nội dung', minLength: 1, maxLength: 500_000, requiredMessage: 'Vui lòng nhập nội dung bài viết.' }),
  categoryIds: ids('Danh mục'),
  tags: Type.Optional(Type.String({ title: 'Từ khóa (thẻ)', maxLength: 500 })),
  topic: Type.Optional(oneOf(TOPICS, { title: 'Nội dung tuyên truyền phục vụ' })),
  coverCaption: Type.Optional(Type.String({ title: 'Chú thích ảnh', maxLength: 300 })),
  featured: Type.Optional(Type.Literal('1', { title: 'Tin nổi bật' })),
  note: Type.Optional(Type.String({ title: 'Ghi chú sửa đổi', maxLength: 300 })),
});

export const ReturnArticle = Type.Object({
  reason: Type.String({ title: 'Lý do trả lại', minLength: 5, maxLength: 1000 }),
});

export const ScheduleArticle = Type.Object({
  date: Type.String({ title: 'Ngày đăng', minLength: 8, maxLength: 10 }),
  time: Type.String({ title: 'Giờ đăng', pattern: '^([01]?\\d|2[0-3]):[0-5]\\d$', errorMessage: 'Giờ đăng theo dạng HH:mm, ví dụ 07:30.' }),
});

export const ArticleFilters = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(oneOf(ARTICLE_STATUSES, { title: 'Trạng thái' })),
  categoryId: Type.Optional(Type.Integer({ minimum: 1 })),
  authorId: Type.Optional(Type.Integer({ minimum: 1 })),
  from: Type.Optional(Type.String({ title: 'Từ ngày', maxLength: 10 })),
  to: Type.Optional(Type.String({ title: 'Đến ngày', maxLength: 10 })),
  page: Type.Optional(Type.Integer({ minimum: 1 })),
});

export const BulkAction = Type.Object({
  action: Type.Union([Type.Literal('publish'), Type.Literal('unpublish')], { title: 'Thao tác' }),
  ids: ids('Bài viết'),
});

export const SaveCategory = Type.Object({
  name: Type.String({ title: 'Tên danh mục', minLength: 2, maxLength: 150 }),
  slug: Type.Optional(
    Type.String({ title: 'Đường dẫn', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 100, errorMessage: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.' }),
  ),
  description: Type.Optional(Type.String({ title: 'Mô tả', maxLength: 500 })),
  parentId: Type.Optional(Type.Integer({ title: 'Danh mục cha', minimum: 1 })),
  sortOrder: Type.Optional(Type.Integer({ title: 'Thứ tự', minimum: 0, maximum: 9999 })),
  visible: Type.Optional(Type.Literal('1', { title: 'Hiển thị' })),
});

export const PublicSearch = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  type: Type.Optional(Type.String({ title: 'Loại nội dung', maxLength: 30 })),
  category: Type.Optional(Type.String({ title: 'Danh mục', maxLength: 100 })),
  from: Type.Optional(Type.String({ title: 'Từ ngày', maxLength: 10 })),
  to: Type.Optional(Type.String({ title: 'Đến ngày', maxLength: 10 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
});

/** The categories a new agency starts with (issue 3), in order; all editable afterwards. */
export const DEFAULT_CATEGORIES = [
  'Tin tức CCHC',
  'Văn bản về CCHC',
  'Thủ tục hành chính',
  'Hướng dẫn dịch vụ công trực tuyến và thanh toán trực tuyến',
  'Chuyển đổi số, chính quyền điện tử',
  'Kỷ luật, kỷ cương, đạo đức công vụ',
  'Hỏi đáp, phản ánh kiến nghị',
  'Kết quả CCHC',
  'Sáng kiến CCHC',
  'Gương điển hình',
] as const;
