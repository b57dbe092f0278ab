import ExcelJS from 'exceljs';
import { formatDate, formatDateTime } from '../../shared/dates.js';
import type { FeedbackCase } from './feedback.repo.js';
import { FEEDBACK_STATES, type FeedbackState } from './feedback.schema.js';

/**
 * The receipt register (sổ tiếp nhận, NĐ 20/2008 Điều 9) as CSV and XLSX, with the time of every step.
 * No personal data: the register names cases by their code; a submitter's own data is exported on request.
 */
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

function cells(r: RegisterRow): string[] {
  const c = r.case;
  return [
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
    ...STEP_COLUMNS.map((s) => (r.times[s] ? formatDateTime(r.times[s]!) : '')),
  ];
}

const CSV_SPECIAL = /[",\r\n]/;
/** A cell that a spreadsheet would run as a formula is written as text (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return CSV_SPECIAL.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte order mark (Excel reads it as UTF-8), comma separated, CRLF (RFC 4180). */
export function registerCsv(rows: readonly RegisterRow[]): string {
  return `\uFEFF${[REGISTER_HEADERS, ...rows.map(cells)].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function registerXlsx(rows: readonly RegisterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ tiếp nhận PAKN');
  sheet.addRow(REGISTER_HEADERS).font = { bold: true };
  for (const row of rows) sheet.addRow(cells(row));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
