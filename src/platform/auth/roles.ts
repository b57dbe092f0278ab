/**
 * Roles and permissions: one `as const` source from which the types, the form options and the
 * Vietnamese labels all derive. A role is a named set of permissions; a user may hold several.
 * Later modules add their permissions here so the roles page always tells the whole truth.
 */
export const PERMISSIONS = {
  'backoffice.access': 'Truy cập trang quản trị',
  'organizations.manage': 'Quản lý cơ quan, đơn vị',
  'users.manage': 'Quản lý người dùng và phân quyền',
  'audit.read': 'Xem nhật ký hệ thống',
  'calendar.manage': 'Quản lý lịch ngày nghỉ, ngày làm việc',
  'dashboard.view': 'Xem bảng điều khiển tổng hợp',
  'content.write': 'Soạn tin, bài',
  'content.publish': 'Duyệt và đăng tin, bài',
  'feedback.handle': 'Xử lý phản ánh, kiến nghị',
  'feedback.approve': 'Phê duyệt trả lời phản ánh, kiến nghị',
  'plans.manage': 'Quản lý kế hoạch',
  'plans.approve': 'Phê duyệt kế hoạch, báo cáo',
  'reports.write': 'Lập báo cáo định kỳ thực hiện kế hoạch',
  'tasks.manage': 'Giao, theo dõi nhiệm vụ và kinh phí thực hiện kế hoạch',
  'tasks.report': 'Báo cáo nhiệm vụ của đơn vị',
  'tasks.read': 'Xem nhiệm vụ được giao',
  'supervision.read': 'Theo dõi các cơ quan được giám sát',
} as const;

export type Permission = keyof typeof PERMISSIONS;

const ALL = Object.keys(PERMISSIONS) as Permission[];

export const ROLES = {
  admin: { label: 'Quản trị hệ thống', permissions: ALL },
  leader: {
    label: 'Lãnh đạo',
    permissions: ['backoffice.access', 'dashboard.view', 'audit.read', 'feedback.approve', 'plans.approve', 'reports.write', 'tasks.manage', 'tasks.read'],
  },
  editor: { label: 'Biên tập viên', permissions: ['backoffice.access', 'content.write'] },
  approver: { label: 'Người duyệt bài', permissions: ['backoffice.access', 'content.write', 'content.publish'] },
  feedbackOfficer: { label: 'Cán bộ xử lý phản ánh, kiến nghị', permissions: ['backoffice.access', 'feedback.handle'] },
  unitFocal: { label: 'Đầu mối đơn vị', permissions: ['backoffice.access', 'tasks.report', 'tasks.read'] },
  staff: { label: 'Cán bộ, công chức, viên chức', permissions: ['backoffice.access', 'tasks.read'] },
  supervisor: { label: 'Cơ quan giám sát', permissions: ['backoffice.access', 'dashboard.view', 'supervision.read'] },
} as const satisfies Record<string, { label: string; permissions: readonly Permission[] }>;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export const isRole = (value: string): value is Role => Object.hasOwn(ROLES, value);

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLES[role].permissions));
}
