/**
 * Money is an integer number of đồng (VND has no minor unit in use), shown as
 * "1.234.567 đ" and, in official documents, also in words (REFERENCE §6.2–6.3).
 */
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

const numberVi = new Intl.NumberFormat('vi-VN');
const integerVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/**
 * A fractional or unsafe amount is a bug upstream (a float crept into a money
 * column, or a sum overflowed); rounding it away would hide it.
 */
function assertWholeDong(n: number | bigint): void {
  if (typeof n === 'number' && !Number.isSafeInteger(n)) {
    throw new RangeError(`An amount of money must be a whole number of đồng: ${n}`);
  }
}

/** Vietnamese digit grouping: 1234567.891 → "1.234.567,891". */
export function formatNumberVi(n: number | bigint): string {
  return numberVi.format(n);
}

/**
 * "1.234.567 đ". The space before đ is a no-break space (U+00A0), as in
 * Intl's own VND format, so the symbol never wraps onto a line of its own;
 * tests and PDF fonts must expect it.
 */
export function formatDong(n: number | bigint): string {
  assertWholeDong(n);
  return `${integerVi.format(n)}\u00A0đ`;
}

/**
 * Wording is a per-agency setting; the defaults are the northern usage found
 * in most official documents (105 "một trăm linh năm", "nghìn", "tỷ").
 */
export type AmountInWordsOptions = {
  /** Word for a zero tens digit before a units digit. */
  zeroTen?: 'linh' | 'lẻ';
  thousand?: 'nghìn' | 'ngàn';
  billion?: 'tỷ' | 'tỉ';
};

/**
 * "Bằng chữ" line of an amount: 1234567 → "Một triệu hai trăm ba mươi tư
 * nghìn năm trăm sáu mươi bảy đồng". Accepts bigint for amounts beyond 2^53.
 */
export function amountInWords(n: number | bigint, options: AmountInWordsOptions = {}): string {
  assertWholeDong(n);
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  config.oddText = options.zeroTen ?? 'linh';
  config.units = [[], [options.thousand ?? 'nghìn'], ['triệu'], [options.billion ?? 'tỷ']];
  // The library refuses plain numbers to avoid silent precision loss; a safe
  // integer converts to bigint exactly.
  const words = doReadNumber(BigInt(n), config);
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
