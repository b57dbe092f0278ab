import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { parseCommand, vnDayBound } from '../../platform/http/validation.js';
import { auditPolicy as policy } from './audit.policy.js';
import { searchAudit } from './audit.repo.js';
import { AuditFilters } from './audit.schema.js';

export const AUDIT_PAGE_SIZE = 50;

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Kysely<DB>; dialect: Dialect }) {
  return {
    async search(ctx: RequestContext, input: unknown) {
      const actor = policy.assert(ctx.actor, 'read', null);
      const filters = parseCommand(AuditFilters, input);
      const page = filters.page ?? 1;
      const result = await searchAudit(deps.db, deps.dialect, {
        organizationId: policy.can(actor, 'readAll', null) ? undefined : actor.organizationId,
        q: filters.q,
        action: filters.action,
        subjectType: filters.subjectType,
        fromInstant: vnDayBound('from', filters.from, false),
        toInstant: vnDayBound('to', filters.to, true),
        limit: AUDIT_PAGE_SIZE,
        offset: (page - 1) * AUDIT_PAGE_SIZE,
      });
      return { ...result, page, pageSize: AUDIT_PAGE_SIZE, filters };
    },
  };
}
