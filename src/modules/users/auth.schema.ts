import Type from 'typebox';

export const Login = Type.Object({
  email: Type.String({ title: 'Email', format: 'email', maxLength: 200 }),
  password: Type.String({ title: 'Mật khẩu', maxLength: 500 }),
});

export const ChangePassword = Type.Object({
  currentPassword: Type.String({ title: 'Mật khẩu hiện tại', maxLength: 500 }),
  newPassword: Type.String({ title: 'Mật khẩu mới', maxLength: 500 }),
  confirmPassword: Type.String({ title: 'Nhập lại mật khẩu mới', maxLength: 500 }),
});

export const SetPassword = Type.Object({
  newPassword: Type.String({ title: 'Mật khẩu mới', maxLength: 500 }),
  confirmPassword: Type.String({ title: 'Nhập lại mật khẩu mới', maxLength: 500 }),
});

export const ForgotPassword = Type.Object({
  email: Type.String({ title: 'Email', format: 'email', maxLength: 200 }),
});
