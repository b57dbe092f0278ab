import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import Type from 'typebox';
import { Value } from 'typebox/value';
import { ValidationError } from './errors.js';
import { parseCommand } from './validation.js';

const Staff = Type.Object({
  fullName: Type.String({ title: 'Họ và tên', minLength: 2, maxLength: 20 }),
  email: Type.String({ title: 'Email', format: 'email' }),
  password: Type.String({ title: 'Mật khẩu', minLength: 10 }),
  years: Type.Optional(Type.Integer({ title: 'Số năm công tác', minimum: 0, maximum: 45 })),
  note: Type.Optional(Type.String({ title: 'Ghi chú', maxLength: 30 })),
  code: Type.Optional(Type.String({ title: 'Mã hồ sơ', pattern: '^[A-Z0-9-]+$', errorMessage: 'Mã hồ sơ chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang.' })),
  kind: Type.Optional(Type.Union([Type.Literal('full'), Type.Literal('part')], { title: 'Loại hợp đồng' })),
});

const valid = { fullName: 'Trần Văn An', email: 'an@so.gov.vn', password: 'mat-khau-dai-du' };

/** The field messages a call fails with; fails the test if it does not throw ValidationError. */
function fieldsOf(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ValidationError, `expected ValidationError, got ${error}`);
    assert.equal(error.status, 422);
    assert.equal(error.code, 'validation_failed');
    return error.fields;
  }
  assert.fail('expected a ValidationError');
}

describe('parseCommand', () => {
  test('text typed in NFD (macOS, iOS) comes back NFC, trimmed', () => {
    const nfd = '  Nguyễn Thị Ánh  '.normalize('NFD');
    assert.notEqual(nfd.trim(), 'Nguyễn Thị Ánh');
    const v = parseCommand(Staff, { ...valid, fullName: nfd, note: '\tĐã nghỉ hưu\n'.normalize('NFD') });
    assert.equal(v.fullName, 'Nguyễn Thị Ánh');
    assert.equal(v.note, 'Đã nghỉ hưu');
    assert.equal(v.email, 'an@so.gov.vn');
  });

  test('a password is kept as typed: its spaces are part of it', () => {
    const v = parseCommand(Staff, { ...valid, password: '  mật khẩu có dấu cách  ' });
    assert.equal(v.password, '  mật khẩu có dấu cách  ');
    const Change = Type.Object({ newPassword: Type.String({ minLength: 1 }), confirmPassword: Type.String({ minLength: 1 }) });
    assert.deepEqual(parseCommand(Change, { newPassword: ' a b ', confirmPassword: 'x  ' }), { newPassword: ' a b ', confirmPassword: 'x  ' });
    // The same password typed on a Mac and on Windows is the same password.
    assert.equal(parseCommand(Staff, { ...valid, password: 'Mật khẩu mới 2026'.normalize('NFD') }).password, 'Mật khẩu mới 2026');
  });

  test('an empty or blank field counts as omitted', () => {
    const v = parseCommand(Staff, { ...valid, years: '', note: '   ', code: '', kind: '' });
    assert.deepEqual(v, valid);
    assert.equal('note' in v, false);
    assert.equal('years' in v, false);
  });

  test('an empty required field asks for it by its title', () => {
    const fields = fieldsOf(() => parseCommand(Staff, { fullName: '   ', email: '', password: 'mat-khau-dai-du' }));
    assert.deepEqual(fields, { fullName: 'Vui lòng nhập họ và tên.', email: 'Vui lòng nhập email.' });
  });

  test('numbers come from form strings', () => {
    const v = parseCommand(Staff, { ...valid, years: ' 12 ' });
    assert.equal(v.years, 12);
    assert.equal(typeof v.years, 'number');
    assert.equal(parseCommand(Staff, { ...valid, years: '0' }).years, 0);
    assert.deepEqual(fieldsOf(() => parseCommand(Staff, { ...valid, years: 'mười hai' })), { years: 'Số năm công tác không hợp lệ.' });
  });

  test('an integer field refuses what is not a whole number instead of cutting it', () => {
    // "1.500" is how Vietnamese writes one thousand five hundred (đồng); "2.5" years is not 2 years.
    const Fee = Type.Object({ amount: Type.Integer({ title: 'Số tiền', minimum: 0 }) });
    for (const typed of ['1.500', '2.5', '2.9', 'true']) {
      let parsed: unknown;
      try {
        parsed = parseCommand(Fee, { amount: typed });
      } catch (error) {
        assert.ok(error instanceof ValidationError);
        assert.deepEqual(Object.keys(error.fields), ['amount']);
        assert.match(error.fields.amount!, /^Số tiền /);
        continue;
      }
      assert.fail(`"${typed}" was accepted as ${JSON.stringify(parsed)}`);
    }
    assert.deepEqual(parseCommand(Fee, { amount: '1500' }), { amount: 1500 });
  });

  test('messages are Vietnamese and name the field by its title', () => {
    const fields = fieldsOf(() =>
      parseCommand(Staff, { fullName: 'A', email: 'an-at-so.gov.vn', password: 'ngan', years: '46', note: 'x'.repeat(31), kind: 'temp' }),
    );
    assert.deepEqual(fields, {
      fullName: 'Họ và tên phải có ít nhất 2 ký tự.',
      email: 'Email không đúng định dạng email, ví dụ: ten@coquan.gov.vn.',
      password: 'Mật khẩu phải có ít nhất 10 ký tự.',
      years: 'Số năm công tác phải nhỏ hơn hoặc bằng 45.',
      note: 'Ghi chú không được dài quá 30 ký tự.',
      kind: 'Vui lòng chọn loại hợp đồng trong danh sách.',
    });
    assert.deepEqual(fieldsOf(() => parseCommand(Staff, { ...valid, years: '-1' })), { years: 'Số năm công tác phải lớn hơn hoặc bằng 0.' });
  });

  test("a field's errorMessage replaces the generated message, but not the one for a missing field", () => {
    assert.deepEqual(fieldsOf(() => parseCommand(Staff, { ...valid, code: 'hs-01' })), {
      code: 'Mã hồ sơ chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch ngang.',
    });
    assert.equal(parseCommand(Staff, { ...valid, code: 'HS-01' }).code, 'HS-01');
    const Required = Type.Object({ code: Type.String({ title: 'Mã hồ sơ', pattern: '^[A-Z]+$', errorMessage: 'Chỉ chữ in hoa.' }) });
    assert.deepEqual(fieldsOf(() => parseCommand(Required, {})), { code: 'Vui lòng nhập mã hồ sơ.' });
  });

  test('error fields come in the order of the schema (the order of the form)', () => {
    // TypeBox reports missing fields first; the form lists them as the schema does.
    const fields = fieldsOf(() => parseCommand(Staff, { fullName: 'A', years: '99', code: 'x' }));
    assert.deepEqual(Object.keys(fields), ['fullName', 'email', 'password', 'years', 'code']);
    const reversed = fieldsOf(() => parseCommand(Staff, { code: 'x', years: '99', fullName: 'A' }));
    assert.deepEqual(Object.keys(reversed), ['fullName', 'email', 'password', 'years', 'code']);
  });

  test('fields the schema does not declare are dropped, not passed on', () => {
    const v = parseCommand(Staff, { ...valid, isAdmin: '1', roles: ['admin'], _csrf: 'token' });
    assert.deepEqual(v, valid);
  });

  test('a "__proto__" field stays data: it does not become the prototype of the parsed command', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "fullName": "Trần Văn An", "email": "an@so.gov.vn", "password": "mat-khau-dai-du"}');
    const v = parseCommand(Staff, input);
    assert.deepEqual({ ...v }, valid);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal('polluted' in v, false, 'the parsed command inherits fields from the "__proto__" the client sent');
  });

  test('property: any object of strings either parses to a valid value or throws ValidationError', () => {
    const key = fc.oneof(
      fc.constantFrom('fullName', 'email', 'password', 'years', 'note', 'code', 'kind', '_csrf', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom('', ' ', '12', '-3', '1e3', 'NaN', 'Infinity', '0x1F', 'an@so.gov.vn', 'HS-01', 'full', 'mat-khau-dai-du'),
    );
    const value = fc.oneof(text, fc.array(text, { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 8 }), (input) => {
        let v: unknown;
        try {
          v = parseCommand(Staff, input);
        } catch (error) {
          assert.ok(error instanceof ValidationError, `threw ${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`);
          for (const [field, message] of Object.entries(error.fields)) {
            assert.ok(field in Staff.properties, `message for undeclared field ${field}`);
            assert.ok(message.length > 0);
          }
          return;
        }
        assert.ok(Value.Check(Staff, v), `returned an invalid value ${JSON.stringify(v)}`);
      }),
      { numRuns: 1000 },
    );
  });
});
