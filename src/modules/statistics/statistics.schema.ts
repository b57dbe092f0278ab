import Type from 'typebox';
import type { ColumnSpec } from '../../platform/import/spreadsheet.js';

/**
 * The six monthly figures (rule 11: one source). Their labels are the import and export column
 * headers, the form labels and the table headers. Received and resolved are counts over the month
 * (flows); in progress and overdue are what is still open at the end of the month (stocks):
 * "đang giải quyết" means open and not yet due, "quá hạn chưa giải quyết" open and past its due date.
 */
export const FIGURES = {
  receivedOnline: 'Tiếp nhận trực tuyến',
  receivedInPerson: 'Tiếp nhận trực tiếp',
  resolvedOnTime: 'Giải quyết đúng hạn',
  resolvedLate: 'Giải quyết quá hạn',
  inProgress: 'Đang giải quyết',
  overdue: 'Quá hạn chưa giải quyết',
} as const;

export type FigureKey = keyof typeof FIGURES;
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];
export type Figures = Record<FigureKey, number>;

/** The identity columns of a row, with the figures after them: the import and CSV column order. */
export const IDENTITY_HEADERS = { year: 'Năm', month: 'Tháng', field: 'Lĩnh vực' } as const;

/** Other spellings accepted in an imported header row (case, tones and punctuation are ignored anyway). */
const HEADER_VARIANTS: Record<FigureKey | keyof typeof IDENTITY_HEADERS, string[]> = {
  year: ['Year'],
  month: ['Month'],
  field: ['Tên lĩnh vực', 'Field'],
  receivedOnline: ['Hồ sơ tiếp nhận trực tuyến', 'Trực tuyến', 'Số hồ sơ trực tuyến'],
  receivedInPerson: ['Hồ sơ tiếp nhận trực tiếp', 'Trực tiếp', 'Tiếp nhận trực tiếp, bưu chính'],
  resolvedOnTime: ['Đúng hạn', 'Giải quyết trước và đúng hạn', 'Đã giải quyết đúng hạn'],
  resolvedLate: ['Quá hạn', 'Đã giải quyết quá hạn', 'Giải quyết trễ hạn', 'Trễ hạn'],
  inProgress: ['Đang giải quyết trong hạn', 'Chưa đến hạn', 'Đang giải quyết chưa đến hạn'],
  overdue: ['Đang giải quyết quá hạn', 'Quá hạn chưa giải quyết xong'],
};

export const IMPORT_COLUMNS: ColumnSpec[] = [
  ...Object.entries(IDENTITY_HEADERS).map(([field, header]) => ({ field, headers: [header, ...HEADER_VARIANTS[field as keyof typeof IDENTITY_HEADERS]], required: true })),
  ...FIGURE_KEYS.map((field) => ({ field, headers: [FIGURES[field], ...HEADER_VARIANTS[field]], required: true })),
];

/** The quarters a filter may pick, with the months they cover. */
export const QUARTERS = {
  1: { label: 'Quý I', months: [1, 2, 3] },
  2: { label: 'Quý II', months: [4, 5, 6] },
  3: { label: 'Quý III', months: [7, 8, 9] },
  4: { label: 'Quý IV', months: [10, 11, 12] },
} as const;

export type Quarter = keyof typeof QUARTERS;

/** Years a row may carry: the national public service portal started in 2019; a bound keeps typos out. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const count = (title: string) =>
  Type.Integer({ title, minimum: 0, maximum: 10_000_000, errorMessage: `${title}: nhập số nguyên không âm, không có dấu chấm hay dấu phẩy (ví dụ 1234).` });

/** The back office correction of one row: its figures (the year, month and field are its identity). */
export const CorrectFigures = Type.Object(Object.fromEntries(FIGURE_KEYS.map((key) => [key, count(FIGURES[key])])) as Record<FigureKey, ReturnType<typeof count>>);
