import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { publicRoutes } from './public.routes.js';

export const proceduresModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
};

export const proceduresNav: ModuleNav = [{ href: '/admin/procedures', label: 'Thủ tục hành chính', group: 'Văn bản, thủ tục', permission: 'content.publish' }];
