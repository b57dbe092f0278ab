import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/** A plan's life (rule 11: labels, schema and types from one source). Transitions are one step forward: see NEXT_STATUS. */
export const PLAN_STATUSES = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
  inProgress: 'Đang thực hiện',
  closed: 'Đã kết thúc',
} as const;
export type PlanStatus = keyof typeof PLAN_STATUSES;

export const NEXT_STATUS: Record<PlanStatus, PlanStatus | null> = { draft: 'issued', issued: 'inProgress', inProgress: 'closed', closed: null };

/** The button that moves a plan to the next status. */
export const TRANSITION_LABELS: Record<PlanStatus, string> = {
  draft: 'Ban hành kế hoạch',
  issued: 'Bắt đầu thực hiện',
  inProgress: 'Kết thúc kế hoạch',
  closed: '',
};

/** Section III channels (hình thức tuyên truyền), GLOSSARY. */
export const CHANNEL_KINDS = {
  portal: 'Cổng thông tin điện tử',
  conference: 'Hội nghị chuyên đề, phổ biến pháp luật',
  flagCeremony: 'Chào cờ đầu tháng',
  initiative: 'Sáng kiến',
  emulation: 'Thi đua, khen thưởng',
  documents: 'Ban hành văn bản',
  screens: 'Bảng tin điện tử, màn hình LED',
  other: 'Hình thức khác',
} as const;
export type ChannelKind = keyof typeof CHANNEL_KINDS;

/** Paragraphs of sections I and V, which carry no code of their own. */
export const PARAGRAPH_SECTIONS = {
  purpose: 'Mục đích',
  requirement: 'Yêu cầu',
  responsibility: 'Tổ chức thực hiện',
} as const;
export type ParagraphSection = keyof typeof PARAGRAPH_SECTIONS;

/** Signing on behalf of (REFERENCE §1.6); '' is the head signing in person. */
export const SIGNING_AUTHORITIES = {
  'KT.': 'KT. (ký thay)',
  'TL.': 'TL. (thừa lệnh)',
  'TM.': 'TM. (thay mặt)',
  'Q.': 'Q. (quyền)',
} as const;
export type SigningAuthority = keyof typeof SIGNING_AUTHORITIES | '';

export const DELIVERIES = { paper: 'Bản giấy', electronic: 'Bản điện tử' } as const;
export type Delivery = keyof typeof DELIVERIES;

export const PURPOSES = { execute: 'Để thực hiện', inform: 'Để biết' } as const;
export type Purpose = keyof typeof PURPOSES;

export const TARGET_KINDS = { user: 'Người dùng', unit: 'Phòng, đơn vị', organization: 'Cơ quan' } as const;
export type TargetKind = keyof typeof TARGET_KINDS;

/** Section headings as printed, without their numerals; the seed's wording is the default. */
export const HEADING_FIELDS = {
  headingAims: { label: 'Đề mục I', default: 'MỤC ĐÍCH, YÊU CẦU' },
  headingPurposes: { label: 'Đề mục I.1', default: 'Mục đích' },
  headingRequirements: { label: 'Đề mục I.2', default: 'Yêu cầu' },
  headingTopics: { label: 'Đề mục II', default: 'NỘI DUNG' },
  headingChannels: { label: 'Đề mục III', default: 'CÁC HÌNH THỨC VÀ BIỆN PHÁP TUYÊN TRUYỀN' },
  headingFunding: { label: 'Đề mục IV', default: 'KINH PHÍ THỰC HIỆN' },
  headingResponsibilities: { label: 'Đề mục V', default: 'TỔ CHỨC THỰC HIỆN' },
} as const;
export type HeadingField = keyof typeof HEADING_FIELDS;
export type PlanHeadings = Record<HeadingField, string>;

export const DEFAULT_HEADINGS = Object.fromEntries(Object.entries(HEADING_FIELDS).map(([k, v]) => [k, v.default])) as PlanHeadings;

const heading = (field: HeadingField) => Type.String({ title: HEADING_FIELDS[field].label, minLength: 1, maxLength: 200 });

export const SavePlanHeader = Type.Object({
  year: Type.Integer({ title: 'Năm kế hoạch', minimum: 2000, maximum: 2100 }),
  number: Type.Optional(Type.String({ title: 'Số', maxLength: 10, pattern: '^[0-9]+$', errorMessage: 'Số chỉ gồm chữ số, ví dụ 45.' })),
  symbol: Type.String({ title: 'Ký hiệu', minLength: 2, maxLength: 40, pattern: '^\\S+$', errorMessage: 'Ký hiệu không có dấu cách, ví dụ KH-STTTT.' }),
  parentAgency: Type.Optional(Type.String({ title: 'Cơ quan chủ quản', maxLength: 200 })),
  agency: Type.String({ title: 'Cơ quan ban hành', minLength: 2, maxLength: 200 }),
  place: Type.String({ title: 'Địa danh', minLength: 2, maxLength: 100 }),
  issuedOn: Type.Optional(Type.String({ title: 'Ngày ban hành', maxLength: 10 })),
  typeName: Type.String({ title: 'Tên loại văn bản', minLength: 2, maxLength: 50 }),
  title: Type.String({ title: 'Trích yếu', minLength: 5, maxLength: 500 }),
  headingAims: heading('headingAims'),
  headingPurposes: heading('headingPurposes'),
  headingRequirements: heading('headingRequirements'),
  headingTopics: heading('headingTopics'),
  headingChannels: heading('headingChannels'),
  headingFunding: heading('headingFunding'),
  headingResponsibilities: heading('headingResponsibilities'),
  fundingText: Type.Optional(Type.String({ title: 'Kinh phí thực hiện', maxLength: 5000 })),
  fundingAmount: Type.Optional(Type.Integer({ title: 'Số tiền (đồng)', minimum: 0, maximum: 1_000_000_000_000_000 })),
  signingAuthority: Type.Optional(oneOf(SIGNING_AUTHORITIES, { title: 'Thẩm quyền ký' })),
  authorityTitle: Type.Optional(Type.String({ title: 'Chức vụ của người đứng đầu', maxLength: 100 })),
  signerTitle: Type.String({ title: 'Chức vụ người ký', minLength: 2, maxLength: 100 }),
  signerName: Type.String({ title: 'Họ tên người ký', minLength: 2, maxLength: 100 }),
});

/** One item of a list section (a purpose, a topic, a channel…); `kind` only for channels. */
export const SaveItem = Type.Object({
  text: Type.String({ title: 'Nội dung', minLength: 2, maxLength: 5000 }),
  kind: Type.Optional(oneOf(CHANNEL_KINDS, { title: 'Loại hình thức' })),
});

export const SaveRecipient = Type.Object({
  name: Type.String({ title: 'Tên nơi nhận', minLength: 2, maxLength: 300 }),
  delivery: oneOf(DELIVERIES, { title: 'Cách gửi' }),
  purpose: oneOf(PURPOSES, { title: 'Mục đích gửi' }),
  target: Type.Optional(Type.String({ title: 'Người nhận trong hệ thống', pattern: '^(user|unit|organization):[0-9]{1,9}$' })),
});

export const PlanFilters = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  year: Type.Optional(Type.Integer({ title: 'Năm', minimum: 2000, maximum: 2100 })),
  status: Type.Optional(oneOf(PLAN_STATUSES, { title: 'Trạng thái' })),
});

/** A list section of the plan page, as it appears in URLs: /admin/plans/:id/items/:section. */
export const LIST_SECTIONS = ['purpose', 'requirement', 'topic', 'channel', 'responsibility'] as const;
export type ListSection = (typeof LIST_SECTIONS)[number];
export const isListSection = (value: string): value is ListSection => (LIST_SECTIONS as readonly string[]).includes(value);
