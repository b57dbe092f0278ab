import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { publicRoutes } from './public.routes.js';

export const statisticsModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
};

export const statisticsNav: ModuleNav = [{ href: '/admin/statistics', label: 'Kết quả giải quyết TTHC', group: 'Văn bản, thủ tục', permission: 'content.publish' }];
