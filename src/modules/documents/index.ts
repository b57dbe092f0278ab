import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { publicRoutes } from './public.routes.js';

export const documentsModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
};

export const documentsNav: ModuleNav = [{ href: '/admin/documents', label: 'Văn bản', group: 'Văn bản, thủ tục', permission: 'content.publish' }];
