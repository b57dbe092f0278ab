/**
 * Spreadsheet import of procedures: the columns (close to what the national procedure database,
 * csdl.dichvucong.gov.vn, exports; README "Importing procedures") and the mapping of one row to
 * the same command the back-office form sends, so both are checked by one validator.
 */
import type { ColumnSpec } from '../../platform/import/spreadsheet.js';
import { lines, parseLevels, parseOnlineLevel, shortCode, workingDaysIn } from './procedures.format.js';

export const COLUMNS = [
  { field: 'code', headers: ['Mã thủ tục', 'Mã TTHC', 'Mã số thủ tục', 'Mã số'], required: true },
  { field: 'name', headers: ['Tên thủ tục', 'Tên TTHC', 'Tên thủ tục hành chính'], required: true },
  { field: 'field', headers: ['Lĩnh vực'], required: true },
  { field: 'levels', headers: ['Cấp thực hiện'], required: true },
  { field: 'agency', headers: ['Cơ quan thực hiện', 'Cơ quan giải quyết'], required: true },
  { field: 'onlineLevel', headers: ['Mức độ trực tuyến', 'Mức độ dịch vụ công trực tuyến', 'Mức độ DVC', 'Mức độ'] },
  { field: 'processingTime', headers: ['Thời hạn giải quyết'], required: true },
  { field: 'fees', headers: ['Phí, lệ phí', 'Phí lệ phí', 'Lệ phí'] },
  { field: 'components', headers: ['Thành phần hồ sơ'] },
  { field: 'steps', headers: ['Trình tự thực hiện'], required: true },
  { field: 'submission', headers: ['Cách thức thực hiện'] },
  { field: 'conditions', headers: ['Điều kiện', 'Yêu cầu, điều kiện', 'Yêu cầu, điều kiện thực hiện', 'Điều kiện thực hiện'] },
  { field: 'legalBasis', headers: ['Căn cứ pháp lý'] },
  { field: 'result', headers: ['Kết quả', 'Kết quả thực hiện'] },
  { field: 'onlineUrl', headers: ['Địa chỉ dịch vụ công trực tuyến', 'Đường dẫn dịch vụ công trực tuyến', 'Link dịch vụ công'] },
] as const satisfies readonly ColumnSpec[];

/** The column a field comes from, as the person's sheet is told about it. */
export const columnTitle = (field: string) => COLUMNS.find((c) => c.field === field)?.headers[0] ?? field;

/** Cells whose items may be separated by ";" as well as by line breaks. */
const LISTS = ['fees', 'components', 'steps', 'conditions', 'legalBasis'] as const;

/**
 * One row as the command the form would send. Cells that cannot even be read into the command
 * (an unknown level) are reported here; everything else is left to the validator.
 */
export function rowInput(cells: Record<string, string>): { input: Record<string, unknown>; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  const input: Record<string, unknown> = { ...cells, code: shortCode(cells.code ?? '') };
  for (const field of LISTS) input[field] = lines(cells[field], true).join('\n');

  const levels = parseLevels(cells.levels ?? '');
  if ((cells.levels ?? '') === '') input.levels = undefined;
  else if (!levels) problems.push({ field: 'levels', message: `Cấp thực hiện “${cells.levels}” không hợp lệ; dùng Cấp tỉnh, Cấp xã, Cấp huyện hoặc Cấp trung ương.` });
  else input.levels = levels;

  const online = parseOnlineLevel(cells.onlineLevel ?? '');
  if (!online) problems.push({ field: 'onlineLevel', message: `Mức độ trực tuyến “${cells.onlineLevel}” không hợp lệ; dùng Toàn trình, Một phần hoặc Chưa trực tuyến.` });
  input.onlineLevel = online ?? undefined;

  const days = workingDaysIn(cells.processingTime ?? '');
  input.processingDays = days === null ? undefined : String(days);
  return { input, problems };
}
