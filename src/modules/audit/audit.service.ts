import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { addDays, parseVnDate, startOfVnDay } from '../../shared/dates.js';
import { auditPolicy as policy } from './audit.policy.js';
import { searchAudit } from './audit.repo.js';
import { AuditFilters } from './audit.schema.js';

export const AUDIT_PAGE_SIZE = 50;

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Kysely<DB>; dialect: Dialect }) {
  /** "dd/mm/yyyy" filter bounds become instants at the start of the Vietnamese day. */
  function dayBound(field: 'from' | 'to', value: string | undefined, nextDay: boolean) {
    if (!value) return undefined;
    const key = parseVnDate(value);
    if (!key) throw new ValidationError({ [field]: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.' });
    return startOfVnDay(nextDay ? addDays(key, 1) : key).toISOString();
  }

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
        fromInstant: dayBound('from', filters.from, false),
        toInstant: dayBound('to', filters.to, true),
        limit: AUDIT_PAGE_SIZE,
        offset: (page - 1) * AUDIT_PAGE_SIZE,
      });
      return { ...result, page, pageSize: AUDIT_PAGE_SIZE, filters };
    },
  };
}
