import { DOCUMENT_TYPES, TYPE_ABBREVIATIONS, typeLabelWithAbbr, type DocumentType } from './documents.schema.js';

/** A number and symbol taken apart: "61/2018/NĐ-CP" is number "61", year 2018, symbol "NĐ-CP". */
export type NumberSymbol = { number: string; year: number | null; symbol: string };

export type SymbolCheck = { ok: true; value: NumberSymbol } | { ok: false; message: string };

/** How a number and symbol are written back: "45/KH-STTTT", "61/2018/NĐ-CP". */
export const formatCode = (n: NumberSymbol) => (n.year === null ? `${n.number}/${n.symbol}` : `${n.number}/${n.year}/${n.symbol}`);

/**
 * The running number (NĐ 30/2020, Phụ lục I, II.3): Arabic numerals, zero-padded below 10 ("05"),
 * never with a leading zero otherwise. The REFERENCE §1.4 pattern `(0[1-9]|[1-9]\d+)`.
 */
const NUMBER = /^(0[1-9]|[1-9]\d+)$/;

const lower = (s: string) => s.toLocaleLowerCase('vi');

function looseAbbreviation(group: string): DocumentType | undefined {
  for (const [abbr, type] of TYPE_ABBREVIATIONS) if (lower(abbr) === lower(group)) return type;
  return undefined;
}

/** One group of a symbol: letters without diacritics except Đ (NĐ, QĐ, QyĐ), digits (QH15) and & (TT&TT). */
const GROUP = /^[A-Za-zĐđ0-9&]+$/;

const EXAMPLE = 'ví dụ 45/KH-STTTT, hoặc 61/2018/NĐ-CP cho văn bản quy phạm pháp luật';

const bad = (detail: string): SymbolCheck => ({ ok: false, message: `Số, ký hiệu không đúng dạng: ${detail}.` });

/**
 * Checks a "Số, ký hiệu" against REFERENCE §1.4 for a document of `type`: the pattern first (no
 * spaces, a padded number, "/" after the number, "-" between groups), then the first group against
 * the configured type abbreviations, exactly (case included: "kh" is not "KH", "QYĐ" is not "QyĐ").
 * Issuer groups are not checked against a list: issuers are data (agencies are renamed and merged)
 * and national issuers (CP, TTg, VPCP) are not organizations of the installation.
 *
 * Administrative documents carry no year ("45/KH-STTTT"); legal normative ones carry the year of
 * issue between number and symbol ("61/2018/NĐ-CP"), and a law's symbol is its issuer and term
 * ("80/2015/QH13"). `issueYear`, when known, must be that year.
 */
export function checkNumberSymbol(input: string, type: DocumentType, issueYear?: number | null): SymbolCheck {
  // "Số: 45/KH-STTTT", as printed on the document, is accepted and read as "45/KH-STTTT".
  const text = input.normalize('NFC').trim().replace(/^số\s*:?\s*/iu, '');
  if (text === '') return { ok: false, message: 'Vui lòng nhập số, ký hiệu.' };
  if (/\s/u.test(text)) return bad(`không được có dấu cách (${EXAMPLE})`);
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3) return bad(`số và ký hiệu cách nhau bằng dấu “/” (${EXAMPLE})`);
  const [number = '', ...rest] = parts;
  const symbol = rest.at(-1) ?? '';
  const yearText = parts.length === 3 ? rest[0]! : null;

  if (!/^\d+$/.test(number)) return bad(`phần số trước dấu “/” chỉ gồm chữ số (${EXAMPLE})`);
  if (!NUMBER.test(number)) {
    return /^[1-9]$/.test(number) ? bad(`số nhỏ hơn 10 phải thêm số 0 ở trước (0${number}, không phải ${number})`) : bad(`số không được bắt đầu bằng chữ số 0 thừa (${number})`);
  }
  let year: number | null = null;
  if (yearText !== null) {
    if (!/^(19|20)\d{2}$/.test(yearText)) return bad(`năm ban hành trong số, ký hiệu gồm 4 chữ số, ví dụ 61/2018/NĐ-CP`);
    year = Number(yearText);
  }

  const groups = symbol.split('-');
  if (symbol === '' || groups.some((g) => g === '')) return bad(`các nhóm chữ của ký hiệu cách nhau bằng một dấu “-” (${EXAMPLE})`);
  const odd = groups.find((g) => !GROUP.test(g));
  if (odd) return bad(`nhóm “${odd}” chỉ được gồm chữ cái không dấu (trừ Đ), chữ số và dấu &`);

  const spec = DOCUMENT_TYPES[type];
  const label = spec.label;
  if (spec.form === 'normative' && year === null) return bad(`${label} là văn bản quy phạm pháp luật, ghi cả năm ban hành: số/năm/ký hiệu, ví dụ 61/2018/NĐ-CP`);
  if (spec.form === 'administrative' && year !== null) return bad(`${label} là văn bản hành chính, không ghi năm trong số, ký hiệu (ví dụ 45/KH-STTTT)`);
  if (year !== null && issueYear && year !== issueYear) return bad(`năm ${year} trong số, ký hiệu phải trùng năm ban hành ${issueYear}`);

  const first = groups[0]!;
  // Matched loosely here ("kh" names Kế hoạch too), so a wrongly cased abbreviation is never taken for an issuer.
  const named = TYPE_ABBREVIATIONS.get(first) ?? looseAbbreviation(first);
  // A Nghị quyết of the National Assembly is numbered like a law: "01/2016/QH14".
  const parliamentary = spec.abbr === null || (type === 'resolution' && year !== null && groups.length === 1 && named === undefined);
  if (parliamentary) {
    // A công văn's first group is its issuer, which may look like a type ("123/CT-TTHT" of a Cục Thuế); a law's is not.
    if (named && spec.form !== 'administrative') return bad(`${label} không có chữ viết tắt tên loại; “${first}” là chữ viết tắt tên loại ${DOCUMENT_TYPES[named].label}`);
    if (spec.form === 'administrative' && groups.length < 2) return bad(`ký hiệu ${label.toLowerCase()} gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo, ví dụ 05/BNV-VP`);
    return { ok: true, value: { number, year, symbol } };
  }
  if (first !== spec.abbr) {
    if (lower(first) === lower(spec.abbr)) {
      return bad(`chữ viết tắt tên loại phải viết đúng chữ hoa, chữ thường: ${spec.abbr}, không phải ${first}`);
    }
    if (named) return bad(`“${first}” là chữ viết tắt của ${DOCUMENT_TYPES[named].label}, không phải ${typeLabelWithAbbr(type)}`);
    return bad(`ký hiệu bắt đầu bằng chữ viết tắt tên loại ${spec.abbr} (${label}), ví dụ ${year === null ? `45/${spec.abbr}-STTTT` : `01/${year}/${spec.abbr}-CP`}`);
  }
  if (groups.length < 2) return bad(`sau chữ viết tắt tên loại là chữ viết tắt tên cơ quan ban hành, ví dụ ${spec.abbr}-UBND`);
  return { ok: true, value: { number, year, symbol } };
}
