import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

export const DAY_KINDS = {
  off: 'Ngày nghỉ (lễ, Tết, nghỉ bù)',
  work: 'Ngày làm việc (làm bù vào thứ Bảy, Chủ nhật)',
} as const;

export type DayKind = keyof typeof DAY_KINDS;

export const SaveDay = Type.Object({
  date: Type.String({ title: 'Ngày', minLength: 8, maxLength: 10 }),
  kind: oneOf(DAY_KINDS, { title: 'Loại ngày', requiredMessage: 'Vui lòng chọn loại ngày.' }),
  name: Type.String({ title: 'Tên ngày nghỉ hoặc lý do', minLength: 2, maxLength: 120 }),
});
