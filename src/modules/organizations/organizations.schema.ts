import Type from 'typebox';
import { oneOf } from '../../platform/http/validation.js';

/** Kinds of organization; names and codes are data, the kind only says what sort of body it is. */
export const ORGANIZATION_KINDS = {
  provincialCommittee: 'Ủy ban nhân dân tỉnh, thành phố',
  department: 'Sở, ban, ngành',
  communeCommittee: 'Ủy ban nhân dân xã, phường',
  publicUnit: 'Đơn vị sự nghiệp',
  other: 'Cơ quan, tổ chức khác',
} as const;

export type OrganizationKind = keyof typeof ORGANIZATION_KINDS;

const kindSchema = oneOf(ORGANIZATION_KINDS, { title: 'Loại cơ quan', requiredMessage: 'Vui lòng chọn loại cơ quan.' });

const optionalText = (title: string, maxLength = 300) => Type.Optional(Type.String({ title, maxLength }));
const optionalId = (title: string) => Type.Optional(Type.Integer({ title, minimum: 1 }));

/** One schema per command: saving an organization (create and edit take the same fields). */
export const SaveOrganization = Type.Object({
  kind: kindSchema,
  name: Type.String({ title: 'Tên cơ quan', minLength: 2, maxLength: 200 }),
  shortName: optionalText('Tên viết tắt', 50),
  code: Type.String({
    title: 'Mã cơ quan',
    minLength: 2,
    maxLength: 30,
    pattern: '^[A-Za-z0-9ĐđƯưƠơ&._-]+$',
    errorMessage: 'Mã cơ quan chỉ gồm chữ, số và các dấu - _ . & (không có khoảng trắng), dài 2–30 ký tự.',
  }),
  address: optionalText('Địa chỉ'),
  phone: optionalText('Điện thoại', 50),
  email: Type.Optional(Type.String({ title: 'Email', format: 'email', maxLength: 200 })),
  website: optionalText('Trang thông tin điện tử', 200),
  placeName: optionalText('Địa danh ghi trên văn bản', 100),
  parentId: optionalId('Cơ quan cấp trên'),
  supervisorId: optionalId('Cơ quan giám sát'),
});

export const SaveUnit = Type.Object({
  name: Type.String({ title: 'Tên đơn vị', minLength: 2, maxLength: 200 }),
  code: Type.String({
    title: 'Mã đơn vị',
    minLength: 1,
    maxLength: 30,
    pattern: '^[A-Za-z0-9ĐđƯưƠơ&._-]+$',
    errorMessage: 'Mã đơn vị chỉ gồm chữ, số và các dấu - _ . & (không có khoảng trắng).',
  }),
  sortOrder: Type.Optional(Type.Integer({ title: 'Thứ tự', minimum: 0, maximum: 9999 })),
  isCoordinating: Type.Optional(Type.Literal('1', { title: 'Đơn vị đầu mối' })),
  active: Type.Optional(Type.Literal('1', { title: 'Đang hoạt động' })),
});
