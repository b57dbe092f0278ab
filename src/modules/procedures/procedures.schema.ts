import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/**
 * Online service levels (NĐ 42/2022/NĐ-CP, REFERENCE §3; rule 11: one source). `full` is
 * "toàn trình" (≈ the former mức 4), `partial` "một phần" (≈ mức 3): at least one step (originals,
 * payment, collecting the result) happens in person.
 */
export const ONLINE_LEVELS = {
  full: 'Toàn trình',
  partial: 'Một phần',
  none: 'Chưa trực tuyến',
} as const;
export type OnlineLevel = keyof typeof ONLINE_LEVELS;

/**
 * Implementing levels. Since 01/07/2025 local government has two tiers (province, commune) and no
 * district; `district` stays so older records and exports still import and show what they said.
 */
export const LEVELS = {
  central: 'Cấp trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
} as const;
export type Level = keyof typeof LEVELS;

/**
 * The national procedure code (mã TTHC) as the national database shows it: a group digit, a dot
 * and six digits ("1.004227", "2.000883"). The longer form with the agency suffix
 * ("1.004227.000.00.00.H12") is reduced to this on the way in.
 */
export const CODE_PATTERN = '^\\d{1,2}\\.\\d{6}$';

/** Checkboxes repeat as one field name when several are ticked. */
const levels = Type.Union([Type.Array(oneOf(LEVELS, { title: 'Cấp thực hiện' }), { minItems: 1 }), oneOf(LEVELS, { title: 'Cấp thực hiện' })], {
  title: 'Cấp thực hiện',
  requiredMessage: 'Vui lòng chọn ít nhất một cấp thực hiện.',
});

export const SaveProcedure = Type.Object({
  code: Type.String({ title: 'Mã thủ tục', pattern: CODE_PATTERN, errorMessage: 'Mã thủ tục theo dạng của Cơ sở dữ liệu quốc gia: một chữ số, dấu chấm và 6 chữ số, ví dụ 1.004227.' }),
  name: Type.String({ title: 'Tên thủ tục', minLength: 5, maxLength: 500 }),
  field: Type.String({ title: 'Lĩnh vực', minLength: 2, maxLength: 200 }),
  levels,
  agency: Type.String({ title: 'Cơ quan thực hiện', minLength: 2, maxLength: 500 }),
  onlineLevel: oneOf(ONLINE_LEVELS, { title: 'Mức độ trực tuyến' }),
  processingTime: Type.String({ title: 'Thời hạn giải quyết', minLength: 2, maxLength: 2000 }),
  processingDays: Type.Optional(Type.Integer({ title: 'Số ngày làm việc', minimum: 0, maximum: 365 })),
  fees: Type.Optional(Type.String({ title: 'Phí, lệ phí', maxLength: 5000 })),
  components: Type.Optional(Type.String({ title: 'Thành phần hồ sơ', maxLength: 20_000 })),
  steps: Type.String({ title: 'Trình tự thực hiện', minLength: 5, maxLength: 20_000, requiredMessage: 'Vui lòng nhập trình tự thực hiện, mỗi bước một dòng.' }),
  submission: Type.Optional(Type.String({ title: 'Cách thức thực hiện', maxLength: 5000 })),
  conditions: Type.Optional(Type.String({ title: 'Điều kiện thực hiện', maxLength: 10_000 })),
  legalBasis: Type.Optional(Type.String({ title: 'Căn cứ pháp lý', maxLength: 10_000 })),
  result: Type.Optional(Type.String({ title: 'Kết quả thực hiện', maxLength: 2000 })),
  onlineUrl: Type.Optional(Type.String({ title: 'Địa chỉ dịch vụ công trực tuyến', maxLength: 1000 })),
});

const filters = {
  q: Type.Optional(Type.String({ title: 'Tên hoặc mã thủ tục', maxLength: 200 })),
  field: Type.Optional(Type.String({ title: 'Lĩnh vực', pattern: '^[a-z0-9-]{1,120}$', errorMessage: 'Lĩnh vực không hợp lệ.' })),
  level: Type.Optional(oneOf(LEVELS, { title: 'Cấp thực hiện' })),
  online: Type.Optional(oneOf(ONLINE_LEVELS, { title: 'Mức độ trực tuyến' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
};

export const ProcedureFilters = Type.Object(filters);

export const ImportConfirm = Type.Object({
  token: Type.String({ title: 'Tệp đã kiểm tra', pattern: '^[a-f0-9]{32}$', errorMessage: 'Phiên nhập tệp đã hết hạn; vui lòng tải tệp lên lại.' }),
});
