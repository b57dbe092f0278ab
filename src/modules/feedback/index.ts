import type { Module, ModuleNav } from '../module.js';
import { adminRoutes } from './admin.routes.js';
import { open311Routes } from './open311.js';
import { publicRoutes } from './public.routes.js';

export const feedbackModule: Module = async (app, options) => {
  await app.register(publicRoutes, options);
  await app.register(adminRoutes, options);
  await app.register(open311Routes, options);
};

export const feedbackNav: ModuleNav = [
  { href: '/admin/feedback', label: 'Phản ánh, kiến nghị', group: 'Phản ánh, kiến nghị', permission: 'feedback.handle' },
  // Leaders approve answers without handling them: their own entry, straight to the drafts awaiting them.
  { href: '/admin/feedback?status=drafted', label: 'Duyệt trả lời', group: 'Phản ánh, kiến nghị', permission: 'feedback.approve' },
];
