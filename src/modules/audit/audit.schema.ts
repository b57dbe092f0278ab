import Type from 'typebox';

/** Vietnamese names of the actions the audit log records. */
export const AUDIT_ACTIONS: Record<string, string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  delete: 'Xóa',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  logout_everywhere: 'Đăng xuất mọi nơi',
  login_failed: 'Đăng nhập thất bại',
  deactivate: 'Khóa tài khoản',
  reactivate: 'Mở khóa tài khoản',
  invite_resent: 'Gửi lại thư mời',
  invite_accepted: 'Kích hoạt tài khoản',
  password_changed: 'Đổi mật khẩu',
  password_reset_sent: 'Gửi liên kết đặt lại mật khẩu',
  password_reset_requested: 'Yêu cầu đặt lại mật khẩu',
  password_reset: 'Đặt lại mật khẩu',
};

export const AUDIT_SUBJECTS: Record<string, string> = {
  organization: 'Cơ quan',
  unit: 'Đơn vị',
  user: 'Người dùng',
  calendar_day: 'Lịch ngày nghỉ',
  setting: 'Cấu hình',
};

export const AuditFilters = Type.Object({
  q: Type.Optional(Type.String({ title: 'Từ khóa', maxLength: 100 })),
  action: Type.Optional(Type.String({ title: 'Thao tác', maxLength: 50 })),
  subjectType: Type.Optional(Type.String({ title: 'Đối tượng', maxLength: 50 })),
  from: Type.Optional(Type.String({ title: 'Từ ngày', maxLength: 10 })),
  to: Type.Optional(Type.String({ title: 'Đến ngày', maxLength: 10 })),
  page: Type.Optional(Type.Integer({ minimum: 1 })),
});
