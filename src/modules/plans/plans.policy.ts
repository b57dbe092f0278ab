import type { Actor } from '../../platform/auth/actor.js';
import { definePolicy, has, inOwnOrganization, supervises } from '../../platform/auth/policy.js';
import type { Target } from './plans.repo.js';

/** A plan as permissions see it: its organization and that organization's coordinating units (the Office). */
export type PlanScope = { organizationId: number; officeUnitIds: readonly number[] };

/** The Office (Văn phòng Sở) coordinates the plan (seed V.2): its approvers and focal points manage it. */
const inOffice = (actor: Actor, scope: PlanScope) =>
  actor.unitId !== null && scope.officeUnitIds.includes(actor.unitId) && (actor.roles.includes('approver') || actor.roles.includes('unitFocal'));

const manages = (actor: Actor, scope: PlanScope) =>
  inOwnOrganization(actor, scope.organizationId) && (has(actor, 'plans.manage') || has(actor, 'plans.approve') || inOffice(actor, scope));

/** Whether a recipient line addresses this actor: them, their unit, or their organization. */
export const isAddressedTo = (actor: Actor, target: Target | null) =>
  target !== null &&
  ((target.kind === 'user' && target.id === actor.id) ||
    (target.kind === 'unit' && target.id === actor.unitId) ||
    (target.kind === 'organization' && target.id === actor.organizationId));

/**
 * Every member of the agency's back office reads its plans (the plan is sent to all its units);
 * the supervising agency reads them too. Administrators, leaders (who approve and sign) and the
 * Office manage: edit, issue, move through the statuses, distribute and remind.
 */
export const plansPolicy = definePolicy({
  read: (actor, scope: PlanScope) => (inOwnOrganization(actor, scope.organizationId) && has(actor, 'backoffice.access')) || supervises(actor, scope.organizationId) || manages(actor, scope),
  manage: manages,
  acknowledge: (actor, target: Target | null) => isAddressedTo(actor, target),
});
