import type { StatRow } from './statistics.repo.js';
import { derive } from './statistics.report.js';
import { FIGURE_KEYS, FIGURES, IDENTITY_HEADERS } from './statistics.schema.js';

/** The import's columns, in its order: a download imports back unchanged. */
export const EXPORT_HEADERS = [IDENTITY_HEADERS.year, IDENTITY_HEADERS.month, IDENTITY_HEADERS.field, ...FIGURE_KEYS.map((key) => FIGURES[key])];

const CSV_SPECIAL = /[",\r\n]/;
/** A cell that Excel would run as a formula is written as text (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return CSV_SPECIAL.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * UTF-8 with a byte order mark, which is how Excel knows the file is UTF-8 (REFERENCE §5); comma
 * separated with CRLF line ends (RFC 4180). Numbers are plain integers, so any spreadsheet reads
 * them as numbers whatever its locale; the derived rates are in the XLSX, where a cell can be a
 * percentage without a decimal separator to guess.
 */
export function toCsv(rows: readonly StatRow[]): string {
  const lines = [EXPORT_HEADERS, ...rows.map((r) => [r.year, r.month, r.field, ...FIGURE_KEYS.map((key) => r[key])])];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The same rows as a workbook: real numbers, the two rates as percentages, the header frozen. */
export async function toXlsx(rows: readonly StatRow[], meta: { title: string; organization: string; now: Date }): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs'); // loaded on first use: starting the app does not pay for it
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.organization;
  workbook.title = meta.title;
  workbook.created = meta.now;
  workbook.modified = meta.now;
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: IDENTITY_HEADERS.year, key: 'year', width: 8 },
    { header: IDENTITY_HEADERS.month, key: 'month', width: 8 },
    { header: IDENTITY_HEADERS.field, key: 'field', width: 44 },
    ...FIGURE_KEYS.map((key) => ({ header: FIGURES[key], key, width: 16, style: { numFmt: '#,##0' } })),
    { header: 'Tổng tiếp nhận', key: 'received', width: 16, style: { numFmt: '#,##0' } },
    { header: 'Tỷ lệ tiếp nhận trực tuyến', key: 'onlineShare', width: 18, style: { numFmt: '0.0%' } },
    { header: 'Tỷ lệ giải quyết đúng hạn', key: 'onTimeRate', width: 18, style: { numFmt: '0.0%' } },
  ];
  for (const r of rows) {
    const d = derive(r);
    sheet.addRow({ year: r.year, month: r.month, field: r.field, ...Object.fromEntries(FIGURE_KEYS.map((key) => [key, r[key]])), received: d.received, onlineShare: d.onlineShare, onTimeRate: d.onTimeRate });
  }
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 32;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
