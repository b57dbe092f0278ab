import multipart from '@fastify/multipart';
import type { Module } from '../module.js';
import { MAX_UPLOAD_BYTES } from '../../platform/storage/uploads.js';
import { budgetRoutes } from './budget.routes.js';
import { dashboardRoutes } from './dashboard.routes.js';
import { tasksRoutes } from './tasks.routes.js';

/**
 * A plan's execution: tasks and evidence, dissemination in units, budget, dashboard. Its pages
 * hang under the plan (`/admin/plans/:planId/…`), reached from the plan page: no menu entry.
 */
export const tasksModule: Module = async (app, options) => {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, parts: 11 } });
  await app.register(tasksRoutes, options);
  await app.register(budgetRoutes, options);
  await app.register(dashboardRoutes, options);
};
