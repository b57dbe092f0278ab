import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { amountInWords, formatDong, formatNumberVi } from './money.js';

test('formatDong groups thousands with dots and keeps đ on the same line', () => {
  assert.equal(formatDong(1234567), '1.234.567\u00A0đ');
  assert.equal(formatDong(0), '0\u00A0đ');
  assert.equal(formatDong(999), '999\u00A0đ');
  assert.equal(formatDong(123456789012345678901234567890n), '123.456.789.012.345.678.901.234.567.890\u00A0đ');
});

test('formatDong refuses fractions of a đồng', () => {
  assert.throws(() => formatDong(1.5), RangeError);
  assert.throws(() => formatDong(Number.NaN), RangeError);
  assert.throws(() => formatDong(2 ** 53), RangeError);
});

test('formatNumberVi uses Vietnamese separators', () => {
  assert.equal(formatNumberVi(1234567.891), '1.234.567,891');
  assert.equal(formatNumberVi(12n), '12');
});

test('amountInWords reads amounts the northern way by default', () => {
  const cases: Array<[number | bigint, string]> = [
    [0, 'Không đồng'],
    [21, 'Hai mươi mốt đồng'],
    [24, 'Hai mươi tư đồng'],
    [15, 'Mười lăm đồng'],
    [105, 'Một trăm linh năm đồng'],
    [1005, 'Một nghìn không trăm linh năm đồng'],
    [20000015, 'Hai mươi triệu không trăm mười lăm đồng'],
    [1234567, 'Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng'],
    [1250000000n, 'Một tỷ hai trăm năm mươi triệu đồng'],
  ];
  for (const [n, words] of cases) assert.equal(amountInWords(n), words);
});

test('amountInWords follows the agency wording', () => {
  assert.equal(
    amountInWords(1250001005, { zeroTen: 'lẻ', thousand: 'ngàn', billion: 'tỉ' }),
    'Một tỉ hai trăm năm mươi triệu không trăm lẻ một ngàn không trăm lẻ năm đồng',
  );
});

test('amountInWords starts with a capital and ends with đồng', () => {
  fc.assert(
    fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (n) => {
      const words = amountInWords(n);
      assert.match(words, /^\p{Lu}[\p{Ll} ]* đồng$/u);
    }),
  );
  assert.throws(() => amountInWords(0.5), RangeError);
});
