import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';
import { slugify } from '../../shared/text.js';

type TypeSpec = {
  label: string;
  /** The type's abbreviation, the first group of the symbol; null where the symbol has none (công văn, luật). */
  abbr: string | null;
  /**
   * `normative`: a legal normative document (Luật Ban hành VBQPPL), numbered "số/năm/ký hiệu", e.g. 61/2018/NĐ-CP;
   * `administrative`: NĐ 30/2020 (Điều 7, Phụ lục III), numbered "số/ký hiệu", e.g. 45/KH-STTTT;
   * `either`: a Nghị quyết or Quyết định may be one or the other.
   */
  form: 'normative' | 'either' | 'administrative';
};

/**
 * Document types (rule 11: one source for the type, the schema, the labels and the abbreviations
 * the symbol is checked against). Abbreviations are exact Unicode, mixed case where NĐ 30 writes it
 * so (QyĐ, CTr, TTr) and with Đ (NĐ, QĐ, ĐA, HĐ, CĐ): REFERENCE §1.1.
 */
export const DOCUMENT_TYPES = {
  // Văn bản quy phạm pháp luật
  lawCode: { label: 'Bộ luật', abbr: null, form: 'normative' },
  law: { label: 'Luật', abbr: null, form: 'normative' },
  ordinance: { label: 'Pháp lệnh', abbr: null, form: 'normative' },
  order: { label: 'Lệnh', abbr: 'L', form: 'normative' },
  decree: { label: 'Nghị định', abbr: 'NĐ', form: 'normative' },
  circular: { label: 'Thông tư', abbr: 'TT', form: 'normative' },
  jointCircular: { label: 'Thông tư liên tịch', abbr: 'TTLT', form: 'normative' },
  jointResolution: { label: 'Nghị quyết liên tịch', abbr: 'NQLT', form: 'normative' },
  resolution: { label: 'Nghị quyết', abbr: 'NQ', form: 'either' },
  decision: { label: 'Quyết định', abbr: 'QĐ', form: 'either' },
  // Văn bản hành chính (NĐ 30/2020, Điều 7)
  directive: { label: 'Chỉ thị', abbr: 'CT', form: 'administrative' },
  regulation: { label: 'Quy chế', abbr: 'QC', form: 'administrative' },
  rules: { label: 'Quy định', abbr: 'QyĐ', form: 'administrative' },
  communique: { label: 'Thông cáo', abbr: 'TC', form: 'administrative' },
  notice: { label: 'Thông báo', abbr: 'TB', form: 'administrative' },
  guidance: { label: 'Hướng dẫn', abbr: 'HD', form: 'administrative' },
  programme: { label: 'Chương trình', abbr: 'CTr', form: 'administrative' },
  plan: { label: 'Kế hoạch', abbr: 'KH', form: 'administrative' },
  option: { label: 'Phương án', abbr: 'PA', form: 'administrative' },
  scheme: { label: 'Đề án', abbr: 'ĐA', form: 'administrative' },
  project: { label: 'Dự án', abbr: 'DA', form: 'administrative' },
  report: { label: 'Báo cáo', abbr: 'BC', form: 'administrative' },
  minutes: { label: 'Biên bản', abbr: 'BB', form: 'administrative' },
  submission: { label: 'Tờ trình', abbr: 'TTr', form: 'administrative' },
  contract: { label: 'Hợp đồng', abbr: 'HĐ', form: 'administrative' },
  dispatch: { label: 'Công điện', abbr: 'CĐ', form: 'administrative' },
  memorandum: { label: 'Bản ghi nhớ', abbr: 'BGN', form: 'administrative' },
  agreement: { label: 'Bản thỏa thuận', abbr: 'BTT', form: 'administrative' },
  authorization: { label: 'Giấy ủy quyền', abbr: 'GUQ', form: 'administrative' },
  invitation: { label: 'Giấy mời', abbr: 'GM', form: 'administrative' },
  introduction: { label: 'Giấy giới thiệu', abbr: 'GGT', form: 'administrative' },
  leave: { label: 'Giấy nghỉ phép', abbr: 'GNP', form: 'administrative' },
  sendingSlip: { label: 'Phiếu gửi', abbr: 'PG', form: 'administrative' },
  transferSlip: { label: 'Phiếu chuyển', abbr: 'PC', form: 'administrative' },
  notificationSlip: { label: 'Phiếu báo', abbr: 'PB', form: 'administrative' },
  // "CV" is not an abbreviation: a công văn's symbol is <issuer>-<drafting unit>, e.g. 05/BNV-VP.
  officialLetter: { label: 'Công văn', abbr: null, form: 'administrative' },
  publicLetter: { label: 'Thư công', abbr: null, form: 'administrative' },
} as const satisfies Record<string, TypeSpec>;

export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as DocumentType[];

export const DOCUMENT_TYPE_LABELS = Object.fromEntries(DOCUMENT_TYPE_KEYS.map((k) => [k, DOCUMENT_TYPES[k].label])) as Record<DocumentType, string>;

/** Every type abbreviation, exact, to the type it names: what the symbol's first group is checked against. */
export const TYPE_ABBREVIATIONS: ReadonlyMap<string, DocumentType> = new Map(
  DOCUMENT_TYPE_KEYS.flatMap((k) => (DOCUMENT_TYPES[k].abbr ? [[DOCUMENT_TYPES[k].abbr, k] as const] : [])),
);

/** "Kế hoạch (KH)", for selects and messages. */
export const typeLabelWithAbbr = (type: DocumentType) => {
  const { label, abbr } = DOCUMENT_TYPES[type];
  return abbr ? `${label} (${abbr})` : label;
};

/** Public URLs speak Vietnamese: /van-ban?loai=nghi-dinh. */
export const TYPE_SLUGS = Object.fromEntries(DOCUMENT_TYPE_KEYS.map((k) => [k, slugify(DOCUMENT_TYPES[k].label)])) as Record<DocumentType, string>;

/** Legal force of a document (tình trạng hiệu lực). */
export const DOCUMENT_STATUSES = {
  inForce: 'Còn hiệu lực',
  partlyExpired: 'Hết hiệu lực một phần',
  expired: 'Hết hiệu lực',
} as const;

export type DocumentStatus = keyof typeof DOCUMENT_STATUSES;

export const STATUS_SLUGS = Object.fromEntries(Object.entries(DOCUMENT_STATUSES).map(([k, label]) => [k, slugify(label)])) as Record<DocumentStatus, string>;

/** How one document acts on another, read both ways on the detail page. */
export const RELATION_KINDS = {
  replaces: { label: 'Thay thế', inverse: 'Bị thay thế bởi' },
  amends: { label: 'Sửa đổi, bổ sung', inverse: 'Được sửa đổi bởi' },
  guides: { label: 'Hướng dẫn', inverse: 'Được hướng dẫn bởi' },
} as const;

export type RelationKind = keyof typeof RELATION_KINDS;

export const RELATION_LABELS = Object.fromEntries(Object.entries(RELATION_KINDS).map(([k, v]) => [k, v.label])) as Record<RelationKind, string>;

const DATE_HINT = 'nhập theo dạng dd/mm/yyyy';

export const SaveDocument = Type.Object({
  numberSymbol: Type.String({ title: 'Số, ký hiệu', maxLength: 60 }),
  type: oneOf(DOCUMENT_TYPE_LABELS, { title: 'Loại văn bản', requiredMessage: 'Vui lòng chọn loại văn bản.' }),
  issuerOrganizationId: Type.Optional(Type.Integer({ title: 'Cơ quan trong hệ thống', minimum: 1 })),
  issuerName: Type.Optional(Type.String({ title: 'Cơ quan ban hành', maxLength: 250 })),
  signerName: Type.Optional(Type.String({ title: 'Người ký', maxLength: 120 })),
  signerTitle: Type.Optional(Type.String({ title: 'Chức vụ người ký', maxLength: 200 })),
  issuedOn: Type.String({ title: 'Ngày ban hành', maxLength: 10, errorMessage: `Ngày ban hành không hợp lệ; ${DATE_HINT}.` }),
  effectiveOn: Type.Optional(Type.String({ title: 'Ngày có hiệu lực', maxLength: 10, errorMessage: `Ngày có hiệu lực không hợp lệ; ${DATE_HINT}.` })),
  expiresOn: Type.Optional(Type.String({ title: 'Ngày hết hiệu lực', maxLength: 10, errorMessage: `Ngày hết hiệu lực không hợp lệ; ${DATE_HINT}.` })),
  status: oneOf(DOCUMENT_STATUSES, { title: 'Tình trạng hiệu lực', requiredMessage: 'Vui lòng chọn tình trạng hiệu lực.' }),
  field: Type.Optional(Type.String({ title: 'Lĩnh vực', maxLength: 150 })),
  summary: Type.String({ title: 'Trích yếu', minLength: 5, maxLength: 1000 }),
  bodyText: Type.Optional(Type.String({ title: 'Nội dung', maxLength: 1_000_000 })),
  published: Type.Optional(Type.Literal('1', { title: 'Công khai' })),
});

export const SaveRelation = Type.Object({
  kind: oneOf(RELATION_LABELS, { title: 'Quan hệ' }),
  targetId: Type.Integer({ title: 'Văn bản liên quan', minimum: 1, requiredMessage: 'Vui lòng chọn văn bản liên quan.' }),
});

export const DocumentFilters = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  type: Type.Optional(oneOf(DOCUMENT_TYPE_LABELS, { title: 'Loại văn bản' })),
  status: Type.Optional(oneOf(DOCUMENT_STATUSES, { title: 'Tình trạng hiệu lực' })),
  year: Type.Optional(Type.Integer({ title: 'Năm ban hành', minimum: 1900, maximum: 2100 })),
  published: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('0')], { title: 'Công khai' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
});

export const PUBLIC_SORTS = { 'moi-nhat': 'Mới ban hành trước', 'cu-nhat': 'Cũ trước', 'so-ky-hieu': 'Theo số, ký hiệu' } as const;
export type PublicSort = keyof typeof PUBLIC_SORTS;

/** The public list's query string, in Vietnamese without diacritics like the page's own URL. */
export const PublicDocumentFilters = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 200 })),
  loai: Type.Optional(Type.String({ title: 'Loại văn bản', maxLength: 60 })),
  coquan: Type.Optional(Type.String({ title: 'Cơ quan ban hành', maxLength: 250 })),
  linhvuc: Type.Optional(Type.String({ title: 'Lĩnh vực', maxLength: 150 })),
  nam: Type.Optional(Type.Integer({ title: 'Năm ban hành', minimum: 1900, maximum: 2100, errorMessage: 'Năm ban hành gồm 4 chữ số, ví dụ 2023.' })),
  tinhtrang: Type.Optional(Type.String({ title: 'Tình trạng hiệu lực', maxLength: 60 })),
  sapxep: Type.Optional(oneOf(PUBLIC_SORTS, { title: 'Sắp xếp' })),
  trang: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
});
