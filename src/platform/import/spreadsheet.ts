import { parse } from 'csv-parse/sync';
import { foldVi, nfc } from '../../shared/text.js';

/** One data row of an imported sheet, with the line number a person sees in Excel (header = line 1). */
export type SheetRow = { line: number; cells: Record<string, string> };

/** A column of an import: its field name and the header titles accepted for it (any case, with or without tones). */
export type ColumnSpec = { field: string; headers: string[]; required?: boolean };

export class SheetError extends Error {}

const MAX_ROWS = 20_000;
const headerKey = (text: string) => foldVi(text).replace(/[^a-z0-9]+/g, ' ').trim();

const isZip = (data: Buffer) => data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

async function readGrid(data: Buffer): Promise<string[][]> {
  if (isZip(data)) {
    const { default: ExcelJS } = await import('exceljs'); // loaded on first use: starting the app does not pay for it
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new SheetError('Không đọc được tệp Excel (.xlsx); tệp có thể bị hỏng.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new SheetError('Tệp Excel không có trang tính nào.');
    const grid: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        values[column - 1] = cell.type === ExcelJS.ValueType.Date && cell.value instanceof Date ? dateCell(cell.value) : cell.text;
      });
      grid[rowNumber - 1] = Array.from(values, (v) => v ?? '');
    });
    return Array.from(grid, (row) => row ?? []);
  }
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD')) throw new SheetError('Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: “CSV UTF-8”).');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    throw new SheetError(`Tệp CSV sai cấu trúc: ${(error as Error).message}`);
  }
}

/** Excel stores dates as instants at UTC midnight of the day shown; write them as the day shown. */
function dateCell(value: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
}

/**
 * Reads the first sheet of an XLSX file, or a UTF-8 CSV (comma or semicolon), into rows keyed by
 * field name. Headers are matched loosely (case, tones, punctuation ignored), so a sheet exported by
 * another system imports without renaming columns. Blank rows are skipped; text is NFC and trimmed.
 */
export async function readSheet(data: Buffer, columns: ColumnSpec[]): Promise<SheetRow[]> {
  const grid = await readGrid(data);
  const headerRow = grid.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerRow < 0) throw new SheetError('Tệp không có dữ liệu.');
  const headers = grid[headerRow]!.map((h) => headerKey(h));
  const indexOf = new Map<string, number>();
  const missing: string[] = [];
  for (const column of columns) {
    const accepted = column.headers.map(headerKey);
    const index = headers.findIndex((h) => accepted.includes(h));
    if (index >= 0) indexOf.set(column.field, index);
    else if (column.required) missing.push(`“${column.headers[0]}”`);
  }
  if (missing.length > 0) throw new SheetError(`Thiếu cột bắt buộc: ${missing.join(', ')}. Dòng đầu tiên của tệp phải là tiêu đề cột.`);
  const rows: SheetRow[] = [];
  for (let i = headerRow + 1; i < grid.length; i++) {
    const raw = grid[i]!;
    if (raw.every((cell) => String(cell ?? '').trim() === '')) continue;
    if (rows.length >= MAX_ROWS) throw new SheetError(`Tệp có quá ${MAX_ROWS.toLocaleString('vi-VN')} dòng; hãy chia nhỏ tệp.`);
    const cells: Record<string, string> = {};
    for (const [field, index] of indexOf) cells[field] = nfc(String(raw[index] ?? '')).trim();
    rows.push({ line: i + 1, cells });
  }
  return rows;
}

/** A problem in one row of an import, told to the person with its line number. */
export type RowProblem = { line: number; field?: string; message: string };

/** An import refused as a whole (imports are all or nothing): every row's problems at once. */
export class ImportRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`Tệp có ${problems.length} lỗi; chưa nhập dòng nào.`);
  }
}
