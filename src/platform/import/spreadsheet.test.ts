import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { readSheet, SheetError, type ColumnSpec } from './spreadsheet.js';

const COLUMNS: ColumnSpec[] = [
  { field: 'number', headers: ['Số, ký hiệu', 'So ky hieu'], required: true },
  { field: 'summary', headers: ['Trích yếu'], required: true },
  { field: 'issuedOn', headers: ['Ngày ban hành'] },
];

test('CSV with a BOM, semicolons, quoted commas and Vietnamese headers in any form', async () => {
  const csv = '\uFEFFSO, KY HIEU;trich yeu;Ngày ban hành\n45/KH-STTTT;"Kế hoạch tuyên truyền, năm 2023";05/03/2023\n\n12/QĐ-UBND;Quyết định;\n';
  const rows = await readSheet(Buffer.from(csv), COLUMNS);
  assert.deepEqual(rows, [
    { line: 2, cells: { number: '45/KH-STTTT', summary: 'Kế hoạch tuyên truyền, năm 2023', issuedOn: '05/03/2023' } },
    { line: 4, cells: { number: '12/QĐ-UBND', summary: 'Quyết định', issuedOn: '' } },
  ]);
});

test('XLSX: the first sheet, dates shown as dd/mm/yyyy, NFD text made NFC', async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Văn bản');
  sheet.addRow(['Số, ký hiệu', 'Trích yếu', 'Ngày ban hành']);
  sheet.addRow(['05/BNV-VP', 'Hướng dẫn cải cách'.normalize('NFD'), new Date(Date.UTC(2023, 2, 5))]);
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  const rows = await readSheet(data, COLUMNS);
  assert.deepEqual(rows, [{ line: 2, cells: { number: '05/BNV-VP', summary: 'Hướng dẫn cải cách', issuedOn: '05/03/2023' } }]);
});

test('a missing required column and a non-UTF-8 CSV are explained', async () => {
  await assert.rejects(readSheet(Buffer.from('Trích yếu\nabc\n'), COLUMNS), (error: Error) => error instanceof SheetError && /Thiếu cột bắt buộc: “Số, ký hiệu”/.test(error.message));
  const latin1 = Buffer.from('Số, ký hiệu,Trích yếu\n1,ký\n', 'latin1');
  await assert.rejects(readSheet(latin1, COLUMNS), (error: Error) => error instanceof SheetError && /UTF-8/.test(error.message));
  await assert.rejects(readSheet(Buffer.from('PK\u0003\u0004broken'), COLUMNS), /Không đọc được tệp Excel/);
});
