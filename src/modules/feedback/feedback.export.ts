import { formatDate, formatDateTime } from '../../shared/dates.js';
import type { FeedbackCase } from './feedback.repo.js';
import type { Derived, FeedbackReport } from './feedback.reports.js';
import { FEEDBACK_STATES, type FeedbackState } from './feedback.schema.js';

/**
 * The desk's downloads, CSV and XLSX, through one writer: the receipt register (sổ tiếp nhận,
 * NĐ 20/2008 Điều 9) with the time of every step, and the report of a period with the cases it
 * counts. No personal data: cases are named by their code; a submitter's own data is exported on request.
 */

/** How a column is written: text as is; counts as integers; rates as percentages; averages with one decimal. */
type Kind = 'text' | 'count' | 'percent' | 'decimal';
export type Column = { header: string; kind?: Kind; width?: number };
export type Sheet = { name: string; columns: Column[]; rows: (string | number | null)[][] };

const CSV_SPECIAL = /[",\r\n]/;
/** A cell that a spreadsheet would run as a formula is written as text (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

const oneDecimalVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "75,0%" and "3,5": the figures as the page shows them; a missing value (nothing answered) is empty. */
export const formatRate = (ratio: number | null) => (ratio === null ? '—' : `${oneDecimalVi.format(Math.round(ratio * 1000) / 10)}%`);
export const formatDecimal = (n: number | null) => (n === null ? '—' : oneDecimalVi.format(Math.round(n * 10) / 10));

function csvCell(value: string | number | null, kind: Kind): string {
  if (value === null) return '';
  // Rates and averages as Vietnamese write them ("66,7%"): the decimal comma gets the cell quoted.
  if (typeof value === 'number') value = kind === 'percent' ? formatRate(value) : kind === 'decimal' ? formatDecimal(value) : String(value);
  else if (FORMULA_START.test(value)) value = `'${value}`;
  return CSV_SPECIAL.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** UTF-8 with a byte order mark (Excel reads it as UTF-8), comma separated, CRLF (RFC 4180). */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => csvCell(c.header, 'text')), ...sheet.rows.map((row) => row.map((v, i) => csvCell(v, sheet.columns[i]?.kind ?? 'text')))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

const NUM_FMT: Record<Kind, string | undefined> = { text: undefined, count: '#,##0', percent: '0.0%', decimal: '0.0' };

/** One worksheet per sheet: real numbers with their formats, the header bold and frozen. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use: starting the app does not pay for it
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = s.columns.map((c) => ({ header: c.header, width: c.width ?? 18, style: NUM_FMT[c.kind ?? 'text'] ? { numFmt: NUM_FMT[c.kind ?? 'text'] } : {} }));
    for (const row of s.rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const STEP_COLUMNS: FeedbackState[] = ['received', 'rejected', 'forwarded', 'accepted', 'assigned', 'handling', 'awaitingInfo', 'drafted', 'approved', 'answered', 'published'];

export const REGISTER_HEADERS = [
  'Mã tra cứu',
  'Tiêu đề',
  'Lĩnh vực',
  'Trạng thái',
  'Hạn phân loại',
  'Hạn trả lời',
  'Đơn vị xử lý',
  'Cán bộ xử lý',
  'Cơ quan được chuyển',
  'Đánh giá',
  ...STEP_COLUMNS.map((s) => `Thời điểm: ${FEEDBACK_STATES[s]}`),
];

export type RegisterRow = { case: FeedbackCase; times: Record<string, string> };

/** The register: one row a case, the first time of every step. */
export function registerSheet(rows: readonly RegisterRow[]): Sheet {
  return {
    name: 'Sổ tiếp nhận PAKN',
    columns: REGISTER_HEADERS.map((header) => ({ header })),
    rows: rows.map(({ case: c, times }) => [
      c.code,
      c.title,
      c.fieldName,
      FEEDBACK_STATES[c.status],
      formatDate(c.classifyDueOn),
      c.answerDueOn ? formatDate(c.answerDueOn) : '',
      c.unitName,
      c.assigneeName,
      c.forwardedTo,
      c.rating === null ? '' : String(c.rating),
      ...STEP_COLUMNS.map((s) => (times[s] ? formatDateTime(times[s]!) : '')),
    ]),
  };
}

export const registerCsv = (rows: readonly RegisterRow[]) => toCsv(registerSheet(rows));
export const registerXlsx = (rows: readonly RegisterRow[]) => toXlsx([registerSheet(rows)]);

export const FIGURE_COLUMNS: { header: string; kind: Kind; value: (f: Derived) => number | null }[] = [
  { header: 'Tiếp nhận', kind: 'count', value: (f) => f.received },
  { header: 'Đã trả lời', kind: 'count', value: (f) => f.answered },
  { header: 'Trả lời đúng hạn', kind: 'count', value: (f) => f.onTime },
  { header: 'Trả lời quá hạn', kind: 'count', value: (f) => f.late },
  { header: 'Tỷ lệ đúng hạn', kind: 'percent', value: (f) => f.onTimeRate },
  { header: 'Số ngày làm việc trung bình đến khi trả lời', kind: 'decimal', value: (f) => f.averageWorkingDays },
];

export const monthText = (m: { year: number; month: number }) => `${String(m.month).padStart(2, '0')}/${m.year}`;

/** The report as one table: the period's total, then each month, field and unit, told apart by the first column. */
export function reportSheet(report: FeedbackReport): Sheet {
  const line = (group: string, name: string, f: Derived) => [group, name, ...FIGURE_COLUMNS.map((c) => c.value(f))];
  return {
    name: 'Báo cáo PAKN',
    columns: [{ header: 'Nhóm', width: 12 }, { header: 'Tên', width: 40 }, ...FIGURE_COLUMNS.map(({ header, kind }) => ({ header, kind }))],
    rows: [
      line('Cả kỳ', report.period.label, report.total),
      ...report.months.map((m) => line('Tháng', monthText(m), m)),
      ...report.fields.map((f) => line('Lĩnh vực', f.name, f)),
      ...report.units.map((u) => line('Đơn vị', u.name, u)),
    ],
  };
}

export const reportCsv = (report: FeedbackReport) => toCsv(reportSheet(report));
/** The report and, on a second sheet, the cases it counts with the time of every step. */
export const reportXlsx = (report: FeedbackReport) => toXlsx([reportSheet(report), registerSheet(report.cases)]);
