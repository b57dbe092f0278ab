import type { RowProblem, SheetRow } from '../../platform/import/spreadsheet.js';
import { slugify } from '../../shared/text.js';
import { rowKey, type StatValues } from './statistics.repo.js';
import { FIGURE_KEYS, FIGURES, FIRST_YEAR, IDENTITY_HEADERS, LAST_YEAR, type FigureKey } from './statistics.schema.js';

export const MAX_COUNT = 10_000_000;
const MAX_FIELD_LENGTH = 150;

/**
 * A count as people type it: "1234", or grouped in threes with dots (Vietnamese), commas (English
 * Excel) or spaces: "1.234", "1,234", "1 234". Counts are whole, so "1.5" or "1,50" are refused
 * rather than guessed at. Returns null for anything else.
 */
export function parseCount(text: string): number | null {
  const t = text.trim();
  if (/^\d+$/.test(t) || /^\d{1,3}([.,\u00a0 ]\d{3})+$/.test(t)) {
    const n = Number(t.replace(/[.,\u00a0 ]/g, ''));
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

/** "2025" → 2025. */
function parseYear(text: string): number | null {
  if (!/^\d{4}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= FIRST_YEAR && n <= LAST_YEAR ? n : null;
}

/** "3", "03", "T3", "Tháng 3" → 3. */
function parseMonth(text: string): number | null {
  const m = /^(?:t|tháng\s*)?(\d{1,2})$/iu.exec(text.trim());
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= 12 ? n : null;
}

/**
 * Checks every row of an imported sheet and returns either the rows to write or every problem
 * found (imports are all or nothing, and a person fixes a file faster seeing all its errors).
 * `current` is the month in Vietnam now: figures of a month that has not started are refused.
 */
export function checkRows(rows: readonly SheetRow[], current: { year: number; month: number }): { values: StatValues[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const values: StatValues[] = [];
  const seen = new Map<string, number>();
  if (rows.length === 0) problems.push({ line: 1, message: 'Tệp không có dòng số liệu nào dưới dòng tiêu đề.' });

  for (const { line, cells } of rows) {
    const before = problems.length;
    const problem = (field: string, message: string) => problems.push({ line, field, message });

    const yearText = cells.year ?? '';
    const year = parseYear(yearText);
    if (year === null) problem(IDENTITY_HEADERS.year, yearText ? `“${yearText}” không phải năm hợp lệ (từ ${FIRST_YEAR} đến ${LAST_YEAR}, ví dụ 2025).` : 'Thiếu năm.');

    const monthText = cells.month ?? '';
    const month = parseMonth(monthText);
    if (month === null) problem(IDENTITY_HEADERS.month, monthText ? `“${monthText}” không phải tháng hợp lệ (từ 1 đến 12).` : 'Thiếu tháng.');

    if (year !== null && month !== null && year * 12 + month > current.year * 12 + current.month) {
      problem(IDENTITY_HEADERS.month, `Tháng ${month}/${year} chưa đến; chỉ nhập số liệu đến tháng ${current.month}/${current.year}.`);
    }

    const field = (cells.field ?? '').replace(/\s+/g, ' ').trim();
    const fieldKey = slugify(field, 120);
    if (field === '') problem(IDENTITY_HEADERS.field, 'Thiếu tên lĩnh vực.');
    else if (field.length > MAX_FIELD_LENGTH) problem(IDENTITY_HEADERS.field, `Tên lĩnh vực dài quá ${MAX_FIELD_LENGTH} ký tự.`);
    // A name must begin with a letter or digit: "=…" would be a formula when the CSV download is opened in Excel.
    else if (!/^[\p{L}\p{N}]/u.test(field) || fieldKey === '') problem(IDENTITY_HEADERS.field, `Tên lĩnh vực “${field}” phải bắt đầu bằng chữ hoặc số.`);

    const figures = {} as Record<FigureKey, number>;
    for (const key of FIGURE_KEYS) {
      const text = cells[key] ?? '';
      const n = parseCount(text);
      if (text === '') problem(FIGURES[key], 'Để trống; nếu không có hồ sơ, hãy ghi 0.');
      else if (n === null) problem(FIGURES[key], `“${text}” không phải số nguyên không âm (ví dụ 1234 hoặc 1.234).`);
      else if (n > MAX_COUNT) problem(FIGURES[key], `${text} vượt quá ${MAX_COUNT.toLocaleString('vi-VN')}; hãy kiểm tra lại.`);
      else figures[key] = n;
    }

    if (year !== null && month !== null && fieldKey !== '') {
      const key = rowKey(year, month, fieldKey);
      const first = seen.get(key);
      if (first !== undefined) problem(IDENTITY_HEADERS.field, `Trùng năm, tháng và lĩnh vực với dòng ${first}.`);
      else seen.set(key, line);
    }

    if (problems.length === before) values.push({ year: year!, month: month!, field, fieldKey, ...figures });
  }
  return { values, problems };
}
