import type { Link } from '../platform/views/context.js';
import type { Module, ModuleNav } from './module.js';
import { auditModule, auditNav } from './audit/index.js';
import { calendarModule, calendarNav } from './calendar/index.js';
import { dashboardModule, dashboardNav } from './dashboard/index.js';
import { documentsModule, documentsNav } from './documents/index.js';
import { feedbackModule, feedbackNav } from './feedback/index.js';
import { contentModule, contentNav } from './content/index.js';
import { organizationsModule, organizationsNav } from './organizations/index.js';
import { plansModule, plansNav } from './plans/index.js';
import { proceduresModule, proceduresNav } from './procedures/index.js';
import { reportsModule, reportsNav } from './reports/index.js';
import { statisticsModule, statisticsNav } from './statistics/index.js';
import { tasksModule } from './tasks/index.js';
import { usersModule, usersNav } from './users/index.js';

/** Every module, in the order its routes register. */
export const modules: Module[] = [contentModule, documentsModule, proceduresModule, statisticsModule, feedbackModule, plansModule, reportsModule, tasksModule, dashboardModule, usersModule, organizationsModule, calendarModule, auditModule];

/** The back-office navigation, grouped by the views. */
export const adminNav: ModuleNav = [...dashboardNav, ...contentNav, ...documentsNav, ...proceduresNav, ...statisticsNav, ...feedbackNav, ...plansNav, ...reportsNav, ...usersNav, ...organizationsNav, ...calendarNav, ...auditNav];

/** Public pages of modules other than the portal's categories, shown in the main navigation after them. */
export const publicNav: Link[] = [
  { href: '/van-ban', label: 'Tra cứu văn bản' },
  { href: '/thu-tuc-hanh-chinh', label: 'Tra cứu thủ tục' },
  { href: '/ket-qua-giai-quyet-tthc', label: 'Kết quả giải quyết TTHC' },
  { href: '/phan-anh-kien-nghi', label: 'Phản ánh, kiến nghị' },
];
