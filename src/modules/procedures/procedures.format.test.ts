import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  documentSymbols,
  feesText,
  httpsUrl,
  LineError,
  lines,
  parseComponents,
  parseDong,
  parseFees,
  parseLevels,
  parseOnlineLevel,
  shortCode,
  workingDaysIn,
} from './procedures.format.js';

test('lists: one item a line, bullets and numbering removed; a sheet cell may also use ";"', () => {
  assert.deepEqual(lines('1. Nộp hồ sơ\n\n - Thẩm định \r\n2) Trả kết quả'), ['Nộp hồ sơ', 'Thẩm định', 'Trả kết quả']);
  assert.deepEqual(lines('Bước một; Bước hai', true), ['Bước một', 'Bước hai']);
  assert.deepEqual(lines('Bước một; Bước hai'), ['Bước một; Bước hai']);
});

test('amounts in đồng are read as Vietnamese write them', () => {
  assert.equal(parseDong('500.000'), 500_000);
  assert.equal(parseDong('1.500.000 đồng'), 1_500_000);
  assert.equal(parseDong('2 000 000 đ'), 2_000_000);
  assert.equal(parseDong('50000VNĐ'), 50_000);
  assert.equal(parseDong('năm trăm'), null);
  assert.equal(parseDong('1,5'), null);
});

test('fees: "label | amount", "label: amount đồng", or text only', () => {
  assert.deepEqual(parseFees('Lệ phí cấp giấy phép | 500.000\nPhí thẩm định: 1.200.000 đồng\nMiễn phí đối với hộ nghèo'), [
    { label: 'Lệ phí cấp giấy phép', amount: 500_000 },
    { label: 'Phí thẩm định', amount: 1_200_000 },
    { label: 'Miễn phí đối với hộ nghèo', amount: null },
  ]);
  assert.throws(() => parseFees('Lệ phí | năm trăm nghìn'), (e: Error) => e instanceof LineError && /Dòng 1/.test(e.message));
  assert.equal(feesText(parseFees('Lệ phí | 500000\nKhông')), 'Lệ phí | 500.000\nKhông');
  assert.deepEqual(parseFees('Không'), []);
  assert.deepEqual(parseFees('Không thu phí, lệ phí.'), []);
});

test('dossier components: "name | copies", one copy when not said', () => {
  assert.deepEqual(parseComponents('Đơn đề nghị cấp giấy phép | 1\nBản sao giấy phép kinh doanh | 2 bản\nSơ yếu lý lịch'), [
    { name: 'Đơn đề nghị cấp giấy phép', copies: 1 },
    { name: 'Bản sao giấy phép kinh doanh', copies: 2 },
    { name: 'Sơ yếu lý lịch', copies: 1 },
  ]);
  assert.throws(() => parseComponents('Đơn | 1\nTờ khai | hai'), /Dòng 2/);
});

test('levels and online levels as exports write them', () => {
  assert.deepEqual(parseLevels('Cấp Tỉnh'), ['province']);
  assert.deepEqual(parseLevels('cap xa; Cấp tỉnh'), ['province', 'commune']);
  assert.equal(parseLevels('Cấp bộ phận'), null);
  assert.equal(parseOnlineLevel('Dịch vụ công trực tuyến toàn trình'), 'full');
  assert.equal(parseOnlineLevel('Mức độ 4'), 'full');
  assert.equal(parseOnlineLevel('một phần'), 'partial');
  assert.equal(parseOnlineLevel('3'), 'partial');
  assert.equal(parseOnlineLevel(''), 'none');
  assert.equal(parseOnlineLevel('Chưa trực tuyến'), 'none');
  assert.equal(parseOnlineLevel('mức cao nhất'), null);
});

test('working days, codes and https addresses', () => {
  assert.equal(workingDaysIn('Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ'), 5);
  assert.equal(workingDaysIn('10 (mười) ngày làm việc'), 10);
  assert.equal(workingDaysIn('03 ngày làm việc; trường hợp phải kiểm tra thực tế: 07 ngày làm việc'), null);
  assert.equal(workingDaysIn('Ngay trong ngày'), null);
  assert.equal(shortCode(' 1.004227.000.00.00.H12 '), '1.004227');
  assert.equal(shortCode('2.000883'), '2.000883');
  assert.equal(httpsUrl('https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227'), 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.004227');
  assert.equal(httpsUrl('http://dichvucong.gov.vn'), null);
  assert.equal(httpsUrl('javascript:alert(1)'), null);
});

test('document symbols in legal basis are found, dates are not', () => {
  const parts = documentSymbols('Luật Báo chí số 103/2016/QH13 ngày 05/4/2016; Nghị định số 60/2014/NĐ-CP và Kế hoạch 45/KH-STTTT');
  assert.deepEqual(
    parts.filter((p) => p.symbol).map((p) => p.symbol),
    ['103/2016/QH13', '60/2014/NĐ-CP', '45/KH-STTTT'],
  );
  assert.equal(parts.map((p) => p.text).join(''), 'Luật Báo chí số 103/2016/QH13 ngày 05/4/2016; Nghị định số 60/2014/NĐ-CP và Kế hoạch 45/KH-STTTT');
});
