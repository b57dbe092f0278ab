import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { publicRoutes } from './public.routes.js';

export const contentModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
};

export const contentNav: ModuleNav = [
  { href: '/admin/articles', label: 'Tin, bài', group: 'Cổng thông tin', permission: 'content.write' },
  { href: '/admin/categories', label: 'Danh mục', group: 'Cổng thông tin', permission: 'content.publish' },
];
