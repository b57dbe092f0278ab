import type { FastifyPluginAsync } from 'fastify';
import type { NavItem } from '../platform/views/context.js';
import type { Services } from '../services.js';

/** What every module hands the app: its routes as a plugin, and its back-office links. */
export type ModuleOptions = { services: Services };
export type Module = FastifyPluginAsync<ModuleOptions>;
export type ModuleNav = readonly NavItem[];
