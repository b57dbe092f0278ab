import { definePolicy, has, inOwnOrganization } from '../../platform/auth/policy.js';
import type { Actor } from '../../platform/auth/actor.js';

const handles = (actor: Actor) => has(actor, 'feedback.handle');
const approves = (actor: Actor) => has(actor, 'feedback.approve');

/**
 * Officers (feedback.handle) classify, assign, handle, draft, answer and publish; leaders
 * (feedback.approve) approve the answer. Both read the inbox and the submitter's personal data,
 * every read of which is audited; nobody else sees it (Luật 91/2025, DESIGN §5). Leaders (and
 * administrators, who hold every permission) set the desk's deadlines and retention period.
 */
export const feedbackPolicy = definePolicy({
  read: (actor, organizationId: number) => (handles(actor) || approves(actor)) && inOwnOrganization(actor, organizationId),
  viewPersonal: (actor, organizationId: number) => (handles(actor) || approves(actor)) && inOwnOrganization(actor, organizationId),
  handle: (actor, organizationId: number) => handles(actor) && inOwnOrganization(actor, organizationId),
  approve: (actor, organizationId: number) => approves(actor) && inOwnOrganization(actor, organizationId),
  configure: (actor, organizationId: number) => approves(actor) && inOwnOrganization(actor, organizationId),
});
