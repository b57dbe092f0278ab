import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';

export const plansModule: Module = async (app, options) => {
  await app.register(adminRoutes, options);
};

/** Every back-office user may be sent a plan; the list shows only the plans they may read. */
export const plansNav: ModuleNav = [
  { href: '/admin/plans', label: 'Kế hoạch', group: 'Kế hoạch', permission: 'backoffice.access' },
  { href: '/admin/plans/received', label: 'Kế hoạch gửi đến tôi', group: 'Kế hoạch', permission: 'backoffice.access' },
];
