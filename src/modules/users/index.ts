import type { Module, ModuleNav } from '../module.js';
import { authRoutes, profileRoutes } from './auth.routes.js';
import { usersRoutes } from './users.routes.js';

export const usersModule: Module = async (app, options) => {
  await app.register(authRoutes, options);
  await app.register(profileRoutes, options);
  await app.register(usersRoutes, options);
};

export const usersNav: ModuleNav = [
  { href: '/admin/users', label: 'Người dùng', group: 'Hệ thống', permission: 'users.manage' },
  { href: '/admin/roles', label: 'Vai trò và quyền', group: 'Hệ thống', permission: 'users.manage' },
];
