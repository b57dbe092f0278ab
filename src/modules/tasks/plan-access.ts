import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { startOfVnDay } from '../../shared/dates.js';
import type { YearBounds } from './evidence.repo.js';
import type { PlanSubject } from './tasks.policy.js';
import * as repo from './tasks.repo.js';

/** A plan loaded for a request: what the rules check, its units, and the context to act in. */
export type PlanAccess = { plan: repo.PlanInfo; subject: PlanSubject; units: repo.UnitRef[]; ctx: RequestContext };

/**
 * Loads a plan and what its permission rules need. The installation itself (CLI, demo loading,
 * `systemContext`) belongs to no organization: it acts inside the plan's, and the audit log
 * records that organization.
 */
export async function planAccess(db: Kysely<DB>, ctx: RequestContext, planId: number): Promise<PlanAccess> {
  const plan = await repo.findPlan(db, planId);
  if (!plan) throw new NotFoundError('Không tìm thấy kế hoạch.');
  const units = await repo.units(db, plan.organizationId);
  const subject: PlanSubject = { organizationId: plan.organizationId, coordinatingUnitId: units.find((u) => u.isCoordinating)?.id ?? null, closed: plan.status === 'closed' };
  const actor = ctx.actor;
  const acting = actor && actor.id === 0 && actor.organizationId === 0 ? { ...ctx, actor: { ...actor, organizationId: plan.organizationId } } : ctx;
  return { plan, subject, units, ctx: acting };
}

/** The plan's year in Vietnam as UTC instants, for counting what was published or answered in it. */
export function yearBounds(year: number): YearBounds {
  return { year, from: startOfVnDay(`${year}-01-01`).toISOString(), to: startOfVnDay(`${year + 1}-01-01`).toISOString() };
}
