import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { DOCUMENT_TYPE_KEYS, DOCUMENT_TYPES, type DocumentType } from './documents.schema.js';
import { checkNumberSymbol, formatCode } from './documents.symbol.js';

/** Types whose symbol begins with their abbreviation, by form. */
const withAbbr = (form: 'administrative' | 'normative' | 'either') => DOCUMENT_TYPE_KEYS.filter((k) => DOCUMENT_TYPES[k].abbr !== null && DOCUMENT_TYPES[k].form === form);
const ADMINISTRATIVE = [...withAbbr('administrative'), ...withAbbr('either')];
const NORMATIVE = [...withAbbr('normative'), ...withAbbr('either')];

const padded = (n: number) => (n < 10 ? `0${n}` : String(n));

/** An issuer group as agencies write them: capitals, digits, sometimes mixed case (TTg) or & (TT&TT). */
const issuerGroup = fc.oneof(
  fc.stringMatching(/^[A-ZĐ][A-ZĐ0-9]{0,6}$/),
  fc.constantFrom('TTg', 'CP', 'UBND', 'STTTT', 'BNV', 'VP', 'VPCP', 'TT&TT', 'SNV', 'HĐND'),
);

/** A valid "Số, ký hiệu" with the type it belongs to and its year of issue. */
const validCode = fc.oneof(
  fc.record({
    type: fc.constantFrom(...ADMINISTRATIVE),
    n: fc.integer({ min: 1, max: 9999 }),
    issuers: fc.array(issuerGroup, { minLength: 1, maxLength: 3 }),
    year: fc.integer({ min: 1990, max: 2026 }),
  }).map(({ type, n, issuers, year }) => ({ type, year, text: `${padded(n)}/${[DOCUMENT_TYPES[type].abbr, ...issuers].join('-')}`, n, abbr: DOCUMENT_TYPES[type].abbr! })),
  fc.record({
    type: fc.constantFrom(...NORMATIVE),
    n: fc.integer({ min: 1, max: 999 }),
    issuers: fc.array(issuerGroup, { minLength: 1, maxLength: 2 }),
    year: fc.integer({ min: 1990, max: 2026 }),
  }).map(({ type, n, issuers, year }) => ({ type, year, text: `${padded(n)}/${year}/${[DOCUMENT_TYPES[type].abbr, ...issuers].join('-')}`, n, abbr: DOCUMENT_TYPES[type].abbr! })),
);

describe('số, ký hiệu (REFERENCE §1.4)', () => {
  test('every well-formed number and symbol is accepted and reads back as written', () => {
    fc.assert(
      fc.property(validCode, ({ type, year, text }) => {
        const checked = checkNumberSymbol(text, type as DocumentType, year);
        assert.ok(checked.ok, `${text} (${type}): ${checked.ok ? '' : checked.message}`);
        assert.equal(formatCode(checked.value), text);
      }),
      { numRuns: 500 },
    );
  });

  test('a space anywhere is refused', () => {
    fc.assert(
      fc.property(validCode, fc.nat(), fc.constantFrom(' ', '  ', '\u00a0', '\t'), ({ type, year, text }, at, space) => {
        const i = 1 + (at % (text.length - 1));
        const mutated = `${text.slice(0, i)}${space}${text.slice(i)}`;
        const checked = checkNumberSymbol(mutated, type as DocumentType, year);
        assert.equal(checked.ok, false, mutated);
        assert.match(checked.ok ? '' : checked.message, /^Số, ký hiệu không đúng dạng: không được có dấu cách/);
      }),
      { numRuns: 300 },
    );
  });

  test('a number below 10 without its leading zero is refused', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 1, max: 9 }), ({ type, year, text }, n) => {
        const mutated = `${n}${text.slice(text.indexOf('/'))}`;
        const checked = checkNumberSymbol(mutated, type as DocumentType, year);
        assert.equal(checked.ok, false, mutated);
        assert.match(checked.ok ? '' : checked.message, new RegExp(`phải thêm số 0 ở trước \\(0${n}, không phải ${n}\\)`));
      }),
      { numRuns: 200 },
    );
  });

  test('a type abbreviation in lower case (or any other case) is refused', () => {
    const mixed = (abbr: string) => abbr.toLocaleLowerCase('vi') !== abbr;
    fc.assert(
      fc.property(
        validCode.filter((c) => mixed(c.abbr)),
        ({ type, year, text, abbr }) => {
          const mutated = text.replace(`/${abbr}-`, `/${abbr.toLocaleLowerCase('vi')}-`);
          assert.notEqual(mutated, text);
          const checked = checkNumberSymbol(mutated, type as DocumentType, year);
          assert.equal(checked.ok, false, mutated);
          assert.match(checked.ok ? '' : checked.message, /viết đúng chữ hoa, chữ thường/);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('examples from NĐ 30/2020 and the legal normative forms', () => {
    const ok: [string, DocumentType, number?][] = [
      ['15/QĐ-BNV', 'decision'],
      ['05/BNV-VP', 'officialLetter'],
      ['12/UBND-VX', 'officialLetter'],
      ['100/QyĐ-UBND', 'rules'],
      ['Số: 45/KH-STTTT', 'plan'],
      ['61/2018/NĐ-CP', 'decree', 2018],
      ['01/2023/TT-VPCP', 'circular', 2023],
      ['20/2023/QH15', 'law', 2023],
      ['01/2016/QH14', 'resolution', 2016],
      ['766/QĐ-TTg', 'decision', 2022],
    ];
    for (const [text, type, year] of ok) assert.ok(checkNumberSymbol(text, type, year).ok, text);
    const refused: [string, DocumentType, RegExp, number?][] = [
      ['5/KH-X', 'plan', /05, không phải 5/],
      ['12/KH - A', 'plan', /dấu cách/],
      ['005/KH-A', 'plan', /chữ số 0 thừa/],
      ['45/KH', 'plan', /chữ viết tắt tên cơ quan ban hành/],
      ['45/QĐ-STTTT', 'plan', /“QĐ” là chữ viết tắt của Quyết định, không phải Kế hoạch \(KH\)/],
      ['100/QYĐ-UBND', 'rules', /QyĐ, không phải QYĐ/],
      ['61/NĐ-CP', 'decree', /ghi cả năm ban hành/],
      ['45/2023/KH-STTTT', 'plan', /không ghi năm/],
      ['61/2018/NĐ-CP', 'decree', /năm 2018 trong số, ký hiệu phải trùng năm ban hành 2019/, 2019],
      ['45/KH--STTTT', 'plan', /một dấu “-”/],
      ['45/KH-SỞ', 'plan', /chữ cái không dấu/],
      ['KH-STTTT', 'plan', /dấu “\/”/],
      ['20/2023/NĐ-CP', 'law', /Luật không có chữ viết tắt tên loại/],
    ];
    for (const [text, type, message, year] of refused) {
      const checked = checkNumberSymbol(text, type, year);
      assert.equal(checked.ok, false, text);
      assert.match(checked.ok ? '' : checked.message, message, text);
    }
  });
});
