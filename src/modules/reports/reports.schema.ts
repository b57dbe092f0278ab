import Type from 'typebox';

/** A report's states: a draft the agency edits, then sent to the supervising organization (frozen). */
export const REPORT_STATUSES = { draft: 'Dự thảo', sent: 'Đã gửi' } as const;
export type ReportStatus = keyof typeof REPORT_STATUSES;

/**
 * The narrative parts every report has (GLOSSARY `report.results`, `report.shortcomings`,
 * `report.causes`, and the two closing parts), in the order they are printed, with their labels.
 */
export const NARRATIVE_PARTS = {
  results: 'Kết quả đạt được',
  shortcomings: 'Tồn tại, hạn chế',
  causes: 'Nguyên nhân',
  directions: 'Phương hướng, nhiệm vụ thời gian tới',
  proposals: 'Kiến nghị, đề xuất',
} as const;
export type NarrativePart = keyof typeof NARRATIVE_PARTS;
export const NARRATIVE_KEYS = Object.keys(NARRATIVE_PARTS) as NarrativePart[];

const MAX_NARRATIVE = 20_000;

const narrative = (part: NarrativePart) => Type.Optional(Type.String({ title: NARRATIVE_PARTS[part], maxLength: MAX_NARRATIVE }));

export const CreateReport = Type.Object({
  period: Type.String({ title: 'Kỳ báo cáo', maxLength: 20, requiredMessage: 'Vui lòng chọn kỳ báo cáo.' }),
});

export const SaveReport = Type.Object({
  number: Type.Optional(
    Type.String({ title: 'Số báo cáo', pattern: '^\\d{1,6}$', errorMessage: 'Số báo cáo chỉ gồm chữ số, ví dụ 12; để trống nếu chưa lấy số.' }),
  ),
  issuedOn: Type.Optional(Type.String({ title: 'Ngày ban hành', maxLength: 10 })),
  results: narrative('results'),
  shortcomings: narrative('shortcomings'),
  causes: narrative('causes'),
  directions: narrative('directions'),
  proposals: narrative('proposals'),
});
