import { requireActor } from '../../platform/auth/session-plugin.js';
import { filteredList } from '../../platform/http/web.js';
import type { Module, ModuleNav } from '../module.js';
import { AuditPage } from './audit.views.js';

export const auditModule: Module = async (app, { services }) => {
  app.addHook('onRequest', requireActor);

  app.get<{ Querystring: Record<string, string> }>('/admin/audit', async (request, reply) => {
    const { filters, result, status } = await filteredList(request.query, (input) => services.auditLog.search(request.ctx, input));
    return reply.render(<AuditPage ctx={await reply.viewContext()} filters={filters} result={result} />, status);
  });
};

export const auditNav: ModuleNav = [{ href: '/admin/audit', label: 'Nhật ký hệ thống', group: 'Hệ thống', permission: 'audit.read' }];
