import Type from 'typebox';
import { ROLE_NAMES } from '../../platform/auth/roles.js';
import { oneOf } from '../../platform/http/validation.js';

export const USER_STATUSES = {
  invited: 'Đã mời, chưa kích hoạt',
  active: 'Đang hoạt động',
  disabled: 'Đã khóa',
} as const;

export type UserStatus = keyof typeof USER_STATUSES;

const roleSchema = oneOf(ROLE_NAMES, { title: 'Vai trò' });

/** Roles arrive as one string for a single checkbox and as a list for several. */
const rolesSchema = Type.Union([Type.Array(roleSchema, { minItems: 1 }), roleSchema], {
  title: 'Vai trò',
  errorMessage: 'Vui lòng chọn ít nhất một vai trò hợp lệ.',
  requiredMessage: 'Vui lòng chọn ít nhất một vai trò.',
});

const profileFields = {
  fullName: Type.String({ title: 'Họ và tên', minLength: 2, maxLength: 120 }),
  phone: Type.Optional(
    Type.String({ title: 'Điện thoại', pattern: '^[0-9 +().-]{8,20}$', errorMessage: 'Số điện thoại chỉ gồm chữ số, dài 8–20 ký tự.' }),
  ),
  title: Type.Optional(Type.String({ title: 'Chức vụ', maxLength: 120 })),
};

const email = Type.String({ title: 'Email', format: 'email', maxLength: 200 });

/** Inviting a user: the administrator fills the account; the person sets their own password from the mail. */
export const InviteUser = Type.Object({
  email,
  ...profileFields,
  organizationId: Type.Integer({ title: 'Cơ quan', minimum: 1, requiredMessage: 'Vui lòng chọn cơ quan.' }),
  unitId: Type.Optional(Type.Integer({ title: 'Đơn vị', minimum: 1 })),
  roles: rolesSchema,
});

export const UpdateUser = Type.Object({
  ...profileFields,
  organizationId: Type.Integer({ title: 'Cơ quan', minimum: 1, requiredMessage: 'Vui lòng chọn cơ quan.' }),
  unitId: Type.Optional(Type.Integer({ title: 'Đơn vị', minimum: 1 })),
  roles: rolesSchema,
});

export const UpdateProfile = Type.Object(profileFields);

/** The CLI's account creation, with a password given directly. */
export const CreateUserWithPassword = Type.Object({
  email,
  fullName: profileFields.fullName,
  password: Type.String({ title: 'Mật khẩu' }),
  organizationId: Type.Integer({ title: 'Cơ quan', minimum: 1, requiredMessage: 'Vui lòng chọn cơ quan.' }),
  roles: rolesSchema,
});

export const UserFilters = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  organizationId: Type.Optional(Type.Integer({ minimum: 1 })),
  unitId: Type.Optional(Type.Integer({ minimum: 1 })),
  role: Type.Optional(roleSchema),
  status: Type.Optional(oneOf(USER_STATUSES, { title: 'Trạng thái' })),
  page: Type.Optional(Type.Integer({ minimum: 1 })),
});
