import type { ModuleNav } from '../module.js';
export { organizationsRoutes as organizationsModule } from './organizations.routes.js';

export const organizationsNav: ModuleNav = [
  { href: '/admin/organizations', label: 'Cơ quan, đơn vị', group: 'Hệ thống', permission: 'organizations.manage' },
];
