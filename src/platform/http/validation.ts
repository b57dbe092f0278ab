import Type, { type Static, type TObject, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { addDays, parseVnDate, startOfVnDay } from '../../shared/dates.js';
import { normalizeInput } from '../../shared/text.js';
import { ValidationError, type FieldErrors } from './errors.js';

/** A submitted form as the browser sent it: every value a string (or several, for repeated names). */
export type FormInput = Record<string, string | string[] | undefined>;

const PASSWORD_FIELD = /password/i;

const NUMBER_PATTERNS: Record<string, RegExp> = { integer: /^[+-]?\d+$/, number: /^[+-]?\d+(\.\d+)?$/ };

/** True unless the field is numeric and the text is not a plain number. */
function isNumberText(schema: TObject, field: string, text: string) {
  const pattern = NUMBER_PATTERNS[String((fieldSchema(schema, field) as { type?: unknown }).type)];
  return pattern ? pattern.test(text) : true;
}

type ErrorLike = { keyword: string; instancePath: string; params: Record<string, unknown> };

function fieldSchema(schema: TObject, field: string): TSchema & { title?: string; errorMessage?: string; requiredMessage?: string } {
  return (schema.properties as Record<string, TSchema>)[field] ?? {};
}

function messageFor(schema: TObject, field: string, error: ErrorLike): string {
  const property = fieldSchema(schema, field);
  if (property.errorMessage && error.keyword !== 'required') return property.errorMessage;
  const label = property.title ?? field;
  const limit = error.params.limit;
  switch (error.keyword) {
    case 'required':
      return property.requiredMessage ?? `Vui lòng nhập ${label.toLowerCase()}.`;
    case 'minLength':
      return `${label} phải có ít nhất ${limit} ký tự.`;
    case 'maxLength':
      return `${label} không được dài quá ${limit} ký tự.`;
    case 'format':
      return error.params.format === 'email'
        ? `${label} không đúng định dạng email, ví dụ: ten@coquan.gov.vn.`
        : `${label} không đúng định dạng.`;
    case 'minimum':
      return `${label} phải lớn hơn hoặc bằng ${limit}.`;
    case 'maximum':
      return `${label} phải nhỏ hơn hoặc bằng ${limit}.`;
    case 'const':
    case 'enum':
    case 'anyOf':
      return `Vui lòng chọn ${label.toLowerCase()} trong danh sách.`;
    case 'minItems':
      return `Vui lòng chọn ít nhất ${limit} mục cho ${label.toLowerCase()}.`;
    default:
      return `${label} không hợp lệ.`;
  }
}

/** Turns TypeBox errors into one Vietnamese message per field, first error wins, in schema order. */
export function fieldErrorsOf(schema: TObject, errors: Iterable<ErrorLike>): FieldErrors {
  const found: FieldErrors = {};
  for (const error of errors) {
    const missing = error.keyword === 'required' ? ((error.params.requiredProperties as string[]) ?? []) : [];
    const fields = missing.length > 0 ? missing : [error.instancePath.split('/')[1] ?? ''];
    for (const field of fields) {
      if (field !== '' && !(field in found)) found[field] = messageFor(schema, field, error);
    }
  }
  const ordered: FieldErrors = {};
  for (const field of Object.keys(schema.properties)) if (found[field]) ordered[field] = found[field];
  return { ...ordered, ...found };
}

/**
 * Parses one command's input against its schema: NFC and trimming on the way in, empty
 * strings count as omitted (an untouched optional field), strings converted to the declared
 * numbers and booleans. Throws ValidationError with a message per field.
 */
export function parseCommand<S extends TObject>(schema: S, input: unknown): Static<S> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const normalized = normalizeInput(raw);
  const present: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(normalized)) {
    if (key === '_csrf' || key === '__proto__' || value === '' || value === undefined) continue;
    // A password is taken as typed: leading or trailing spaces are part of it.
    present[key] = PASSWORD_FIELD.test(key) && typeof raw[key] === 'string' ? (raw[key] as string).normalize('NFC') : value;
  }
  // TypeBox would turn "1.500" (Vietnamese for one thousand five hundred) into 1 and "true" into 1:
  // a number field gets only what is plainly a number, anything else stays a string and fails.
  const notNumbers = Object.entries(present).filter(([key, value]) => typeof value === 'string' && !isNumberText(schema, key, value));
  const converted = Value.Convert(schema, Value.Clean(schema, present)) as Record<string, unknown>;
  for (const [key, value] of notNumbers) converted[key] = value;
  const errors = [...Value.Errors(schema, converted)] as ErrorLike[];
  if (errors.length > 0) throw new ValidationError(fieldErrorsOf(schema, errors));
  return converted as Static<S>;
}

/**
 * A choice among the keys of an `as const` label map (rule 11: one source for each enumeration,
 * from which the type, the schema and the Vietnamese labels all come).
 */
export function oneOf<K extends string>(labels: Record<K, string> | readonly K[], options: { title: string; requiredMessage?: string }) {
  const keys = (Array.isArray(labels) ? labels : Object.keys(labels)) as K[];
  return Type.Union(
    keys.map((key) => Type.Literal(key)),
    options,
  );
}

/**
 * A "dd/mm/yyyy" filter as an instant: the start of that Vietnamese day, or with `inclusiveEnd`
 * the start of the next one (for "to" bounds compared with <). Invalid dates name their field.
 */
export function vnDayBound(field: string, value: string | undefined, inclusiveEnd: boolean): string | undefined {
  if (!value) return undefined;
  const key = parseVnDate(value);
  if (!key) throw new ValidationError({ [field]: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.' });
  return startOfVnDay(inclusiveEnd ? addDays(key, 1) : key).toISOString();
}
