import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/** What a task was derived from: a topic of section II, a channel of section III, or neither (added by hand). */
export const TASK_SOURCES = {
  topic: 'Nội dung tuyên truyền',
  channel: 'Hình thức tuyên truyền',
  other: 'Nhiệm vụ khác',
} as const;
export type TaskSource = keyof typeof TASK_SOURCES;

/** A deadline (one day) or a recurrence, which runs until the end of the plan's year. */
export const SCHEDULES = {
  deadline: 'Có thời hạn',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  regular: 'Thường xuyên',
} as const;
export type Schedule = keyof typeof SCHEDULES;

/** Statuses staff set; "quá hạn" is not one of them: it is computed from the deadline and the clock. */
export const TASK_STATUSES = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
} as const;
export type TaskStatus = keyof typeof TASK_STATUSES;

export const OVERDUE_LABEL = 'Quá hạn';

/** Evidence staff attach by hand. Articles, documents and answered feedback are counted automatically. */
export const EVIDENCE_KINDS = {
  photo: 'Ảnh hoạt động',
  minutes: 'Biên bản, báo cáo',
  file: 'Tệp tài liệu',
  link: 'Đường dẫn',
  note: 'Ghi nhận',
} as const;
export type EvidenceKind = keyof typeof EVIDENCE_KINDS;

/** How a unit passed the plan on to its staff (V.1 of the seed plan). */
export const DISSEMINATION_FORMS = {
  meeting: 'Họp, hội nghị đơn vị',
  document: 'Văn bản',
  email: 'Thư điện tử',
  groupChat: 'Nhóm nhắn tin của đơn vị',
  other: 'Hình thức khác',
} as const;
export type DisseminationForm = keyof typeof DISSEMINATION_FORMS;

const DATE_HINT = 'nhập theo dạng dd/mm/yyyy, ví dụ 15/03/2023';
const date = (title: string) => Type.String({ title, maxLength: 10, errorMessage: `${title} không hợp lệ; ${DATE_HINT}.` });
const ids = (title: string) => Type.Union([Type.Array(Type.Integer({ minimum: 1 })), Type.Integer({ minimum: 1 })], { title });
/** Money as people type it ("15.000.000", "15000000 đ"); read by `parseDong`. */
const amount = (title: string) => Type.String({ title, maxLength: 30 });

export const SaveTask = Type.Object({
  title: Type.String({ title: 'Tên nhiệm vụ', minLength: 5, maxLength: 500 }),
  /** `topic-<id>` or `channel-<id>`: which part of the plan the task serves (its progress counts there). */
  link: Type.Optional(Type.String({ title: 'Thuộc nội dung, hình thức', maxLength: 30 })),
  leadUnitId: Type.Integer({ title: 'Đơn vị chủ trì', minimum: 1, requiredMessage: 'Vui lòng chọn đơn vị chủ trì.' }),
  cooperatingUnitIds: Type.Optional(ids('Đơn vị phối hợp')),
  assigneeId: Type.Optional(Type.Integer({ title: 'Người phụ trách', minimum: 1 })),
  schedule: oneOf(SCHEDULES, { title: 'Thời hạn', requiredMessage: 'Vui lòng chọn thời hạn hoặc định kỳ.' }),
  dueOn: Type.Optional(date('Hạn hoàn thành')),
  targetCount: Type.Optional(Type.Integer({ title: 'Chỉ tiêu', minimum: 1, maximum: 100_000, errorMessage: 'Chỉ tiêu là một số nguyên dương, ví dụ 24.' })),
  targetUnit: Type.Optional(Type.String({ title: 'Đơn vị tính của chỉ tiêu', maxLength: 100 })),
  status: oneOf(TASK_STATUSES, { title: 'Trạng thái' }),
  notes: Type.Optional(Type.String({ title: 'Ghi chú', maxLength: 5000 })),
});

/** What a unit's focal point may change on a task of their unit. */
export const ReportTask = Type.Object({
  status: oneOf(TASK_STATUSES, { title: 'Trạng thái' }),
  notes: Type.Optional(Type.String({ title: 'Ghi chú', maxLength: 5000 })),
});

export const AddEvidence = Type.Object({
  kind: oneOf(EVIDENCE_KINDS, { title: 'Loại minh chứng', requiredMessage: 'Vui lòng chọn loại minh chứng.' }),
  title: Type.String({ title: 'Tên minh chứng', minLength: 3, maxLength: 300 }),
  occurredOn: date('Ngày thực hiện'),
  quantity: Type.Optional(Type.Integer({ title: 'Số lượng', minimum: 1, maximum: 1000, errorMessage: 'Số lượng là số nguyên từ 1 đến 1000.' })),
  url: Type.Optional(Type.String({ title: 'Đường dẫn', maxLength: 1000, pattern: '^https?://\\S+$', errorMessage: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://.' })),
  note: Type.Optional(Type.String({ title: 'Mô tả', maxLength: 2000 })),
});

export const RecordDissemination = Type.Object({
  unitId: Type.Integer({ title: 'Đơn vị', minimum: 1, requiredMessage: 'Vui lòng chọn đơn vị.' }),
  heldOn: date('Ngày phổ biến'),
  form: oneOf(DISSEMINATION_FORMS, { title: 'Hình thức phổ biến', requiredMessage: 'Vui lòng chọn hình thức phổ biến.' }),
  attendance: Type.Integer({ title: 'Số người tham dự, được phổ biến', minimum: 0, maximum: 100_000, errorMessage: 'Số người là số nguyên không âm, ví dụ 25.' }),
  note: Type.Optional(Type.String({ title: 'Ghi chú', maxLength: 2000 })),
});

export const SaveBudgetLine = Type.Object({
  name: Type.String({ title: 'Nội dung chi', minLength: 3, maxLength: 300 }),
  amount: amount('Số tiền dự kiến'),
});

export const AddExpense = Type.Object({
  lineId: Type.Integer({ title: 'Mục kinh phí', minimum: 1, requiredMessage: 'Vui lòng chọn mục kinh phí.' }),
  spentOn: date('Ngày chi'),
  amount: amount('Số tiền'),
  description: Type.String({ title: 'Nội dung khoản chi', minLength: 3, maxLength: 500 }),
});
