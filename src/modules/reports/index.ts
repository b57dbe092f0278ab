import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';

export const reportsModule: Module = async (app, options) => {
  await app.register(adminRoutes, options);
};

export const reportsNav: ModuleNav = [
  { href: '/admin/bao-cao', label: 'Báo cáo', group: 'Kế hoạch', permission: 'reports.write' },
  { href: '/admin/bao-cao/nhan', label: 'Báo cáo nhận được', group: 'Kế hoạch', permission: 'supervision.read' },
];
