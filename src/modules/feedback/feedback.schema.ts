import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/**
 * Workflow states (rule 11: one source for the type, the schema and the labels). NĐ 20/2008 Điều 9
 * (receive, register, classify: not accepted / forwarded / handled) and Điều 14 (handle, decide,
 * publicise); REFERENCE §2.4 suggests the same shape.
 */
export const FEEDBACK_STATES = {
  received: 'Đã tiếp nhận',
  rejected: 'Không tiếp nhận',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
  accepted: 'Đã thụ lý',
  assigned: 'Đã giao xử lý',
  handling: 'Đang xử lý',
  awaitingInfo: 'Chờ bổ sung thông tin',
  drafted: 'Đã dự thảo trả lời',
  approved: 'Lãnh đạo đã duyệt trả lời',
  answered: 'Đã trả lời',
  published: 'Đã công khai',
} as const;

export type FeedbackState = keyof typeof FEEDBACK_STATES;
export const FEEDBACK_STATE_KEYS = Object.keys(FEEDBACK_STATES) as FeedbackState[];

/** The state machine: which step leads from which states to which. Services check every step against it. */
export const TRANSITIONS = {
  reject: { from: ['received'], to: 'rejected' },
  forward: { from: ['received'], to: 'forwarded' },
  accept: { from: ['received'], to: 'accepted' },
  assign: { from: ['accepted', 'assigned', 'handling'], to: 'assigned' },
  start: { from: ['assigned'], to: 'handling' },
  requestInfo: { from: ['assigned', 'handling'], to: 'awaitingInfo' },
  resume: { from: ['awaitingInfo'], to: 'handling' },
  draft: { from: ['assigned', 'handling', 'drafted'], to: 'drafted' },
  returnDraft: { from: ['drafted'], to: 'handling' },
  approve: { from: ['drafted'], to: 'approved' },
  answer: { from: ['approved'], to: 'answered' },
  publish: { from: ['answered'], to: 'published' },
  reopen: { from: ['answered', 'published'], to: 'handling' },
} as const satisfies Record<string, { from: readonly FeedbackState[]; to: FeedbackState }>;

export type Step = keyof typeof TRANSITIONS;

export const canStep = (step: Step, state: FeedbackState) => (TRANSITIONS[step].from as readonly FeedbackState[]).includes(state);

/** States in which a deadline runs (an open item); the others are closed or paused. */
export const OPEN_STATES: readonly FeedbackState[] = ['received', 'accepted', 'assigned', 'handling', 'drafted', 'approved'];

export const SUBMITTER_KINDS = { person: 'Cá nhân', organization: 'Tổ chức' } as const;
export type SubmitterKind = keyof typeof SUBMITTER_KINDS;

/**
 * The consent wording (Luật 91/2025/QH15 Điều 9: clear, specific, one purpose, not bundled; silence is
 * not consent). Versioned: each submission records the version it agreed to; a new wording gets a new
 * key and the old ones stay, so what a person agreed to can always be printed.
 */
export const CONSENT_TEXTS = {
  '2026-11-v1':
    'Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân tôi cung cấp (họ tên, địa chỉ, số điện thoại, email) chỉ nhằm mục đích tiếp nhận, xử lý và trả lời phản ánh, kiến nghị này, theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Tôi có quyền rút lại sự đồng ý, yêu cầu xem, sửa hoặc xóa dữ liệu của mình.',
} as const;
export const CONSENT_VERSION: keyof typeof CONSENT_TEXTS = '2026-11-v1';

const PHONE = '^[0-9 +().-]{8,20}$';

export const SubmitFeedback = Type.Object({
  submitterKind: oneOf(SUBMITTER_KINDS, { title: 'Người gửi là', requiredMessage: 'Vui lòng chọn người gửi là cá nhân hay tổ chức.' }),
  name: Type.String({ title: 'Họ và tên (hoặc tên tổ chức)', minLength: 2, maxLength: 200 }),
  address: Type.String({ title: 'Địa chỉ', minLength: 5, maxLength: 300 }),
  phone: Type.String({ title: 'Số điện thoại', pattern: PHONE, errorMessage: 'Số điện thoại không hợp lệ, ví dụ: 0205 3812 345.' }),
  email: Type.Optional(Type.String({ title: 'Email', format: 'email', maxLength: 200 })),
  title: Type.String({ title: 'Tiêu đề', minLength: 5, maxLength: 200 }),
  content: Type.String({ title: 'Nội dung', minLength: 20, maxLength: 4000 }),
  fieldId: Type.Integer({ title: 'Lĩnh vực', minimum: 1, requiredMessage: 'Vui lòng chọn lĩnh vực.', errorMessage: 'Vui lòng chọn lĩnh vực trong danh sách.' }),
  consent: Type.Literal('1', { title: 'Đồng ý xử lý dữ liệu cá nhân', requiredMessage: 'Vui lòng đánh dấu đồng ý để cơ quan xử lý dữ liệu cá nhân cho việc trả lời phản ánh, kiến nghị.' }),
  publishAllowed: Type.Optional(Type.Literal('1', { title: 'Cho phép công khai' })),
});

export const Lookup = Type.Object({
  code: Type.String({ title: 'Mã tra cứu', maxLength: 40, requiredMessage: 'Vui lòng nhập mã tra cứu.' }),
  secret: Type.String({ title: 'Mã bí mật', maxLength: 40, requiredMessage: 'Vui lòng nhập mã bí mật.' }),
});

export const Rate = Type.Object({
  rating: Type.Integer({ title: 'Mức độ hài lòng', minimum: 1, maximum: 5, requiredMessage: 'Vui lòng chọn mức độ hài lòng.', errorMessage: 'Vui lòng chọn mức độ hài lòng từ 1 đến 5.' }),
});

export const Reopen = Type.Object({
  reason: Type.String({ title: 'Lý do chưa hài lòng', minLength: 10, maxLength: 2000 }),
});

export const AddInfo = Type.Object({
  info: Type.String({ title: 'Thông tin bổ sung', minLength: 5, maxLength: 4000 }),
});

export const Reason = Type.Object({ reason: Type.String({ title: 'Lý do', minLength: 5, maxLength: 2000 }) });
export const Forward = Type.Object({
  agency: Type.String({ title: 'Cơ quan có thẩm quyền', minLength: 3, maxLength: 300 }),
  forwardNote: Type.Optional(Type.String({ title: 'Ghi chú cho người gửi', maxLength: 2000 })),
});
export const Assign = Type.Object({
  unitId: Type.Integer({ title: 'Đơn vị', minimum: 1, requiredMessage: 'Vui lòng chọn đơn vị xử lý.' }),
  assigneeId: Type.Integer({ title: 'Cán bộ xử lý', minimum: 1, requiredMessage: 'Vui lòng chọn cán bộ xử lý.' }),
});
export const Note = Type.Object({ note: Type.String({ title: 'Ghi chú', minLength: 2, maxLength: 4000 }) });
export const RequestInfo = Type.Object({ question: Type.String({ title: 'Nội dung cần bổ sung', minLength: 5, maxLength: 2000 }) });
export const Draft = Type.Object({ answer: Type.String({ title: 'Nội dung trả lời', minLength: 10, maxLength: 20000 }) });
export const Publish = Type.Object({
  publicTitle: Type.String({ title: 'Tiêu đề công khai', minLength: 5, maxLength: 200 }),
  publicContent: Type.String({ title: 'Nội dung công khai (đã bỏ thông tin cá nhân)', minLength: 10, maxLength: 4000 }),
});

export const INBOX_DUE = { overdue: 'Quá hạn', week: 'Đến hạn trong tuần' } as const;

export const InboxFilters = Type.Object({
  status: Type.Optional(oneOf(FEEDBACK_STATES, { title: 'Trạng thái' })),
  fieldId: Type.Optional(Type.Integer({ title: 'Lĩnh vực', minimum: 1 })),
  unitId: Type.Optional(Type.Integer({ title: 'Đơn vị', minimum: 1 })),
  assigneeId: Type.Optional(Type.Integer({ title: 'Cán bộ xử lý', minimum: 1 })),
  due: Type.Optional(oneOf(INBOX_DUE, { title: 'Thời hạn' })),
  mine: Type.Optional(Type.Literal('1', { title: 'Giao cho tôi' })),
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const PublicFilters = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  linhvuc: Type.Optional(Type.String({ title: 'Lĩnh vực', maxLength: 100 })),
  trang: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});

/**
 * Reply templates, one per outcome of NĐ 20/2008 Điều 15 (amend within competence; propose to the
 * competent body; explain the regulation in force). The officer edits the text before drafting.
 */
export const REPLY_TEMPLATES = {
  amend: {
    label: 'Tiếp thu, sửa đổi trong thẩm quyền',
    text: 'Cơ quan cảm ơn ý kiến phản ánh, kiến nghị của Ông/Bà. Sau khi xem xét, cơ quan tiếp thu và đã/sẽ sửa đổi, bổ sung quy định (thủ tục) như sau: …\nThời gian áp dụng: …',
  },
  propose: {
    label: 'Kiến nghị cơ quan có thẩm quyền',
    text: 'Cơ quan cảm ơn ý kiến phản ánh, kiến nghị của Ông/Bà. Nội dung này thuộc thẩm quyền sửa đổi của …; cơ quan đã có văn bản số … ngày … kiến nghị sửa đổi, bổ sung. Kết quả sẽ được thông báo khi có ý kiến của cơ quan có thẩm quyền.',
  },
  explain: {
    label: 'Giải thích quy định hiện hành',
    text: 'Cơ quan cảm ơn ý kiến phản ánh, kiến nghị của Ông/Bà. Theo quy định tại … (số, ký hiệu, điều, khoản), nội dung Ông/Bà nêu được thực hiện như sau: …\nNếu cần hỗ trợ thêm, Ông/Bà liên hệ: …',
  },
} as const;
export type ReplyTemplate = keyof typeof REPLY_TEMPLATES;

export const SaveField = Type.Object({ name: Type.String({ title: 'Tên lĩnh vực', minLength: 2, maxLength: 150 }) });
