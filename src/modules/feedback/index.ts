import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { linksRoutes } from './links.routes.js';
import { open311Routes } from './open311.js';
import { open311WriteRoutes } from './open311.write.js';
import { publicRoutes } from './public.routes.js';
import { reportsRoutes } from './reports.routes.js';

export const feedbackModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
  await app.register(linksRoutes, options);
  await app.register(reportsRoutes, options);
  await app.register(open311Routes, options);
  await app.register(open311WriteRoutes, options);
};

export const feedbackNav: ModuleNav = [
  { href: '/admin/feedback', label: 'Phản ánh, kiến nghị', group: 'Phản ánh, kiến nghị', permission: 'feedback.handle' },
  // Leaders approve answers without handling them: their own entry, straight to the drafts awaiting them.
  { href: '/admin/feedback?status=drafted', label: 'Duyệt trả lời', group: 'Phản ánh, kiến nghị', permission: 'feedback.approve' },
  { href: '/admin/feedback/bao-cao', label: 'Báo cáo', group: 'Phản ánh, kiến nghị', permission: 'feedback.approve' },
  { href: '/admin/feedback/cai-dat', label: 'Cài đặt thời hạn', group: 'Phản ánh, kiến nghị', permission: 'feedback.approve' },
];
