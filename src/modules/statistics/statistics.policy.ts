import type { Actor } from '../../platform/auth/actor.js';
import { definePolicy, has, inOwnOrganization } from '../../platform/auth/policy.js';

/** The installation itself (CLI, demo loader): no user row, id 0; it acts for the portal organization. */
export const isSystem = (actor: Actor) => actor.id === 0;

/**
 * Anyone reads the published figures (the public page and downloads need no policy). Importing and
 * correcting them is publishing: content.publish (approvers, administrators), in their own organization.
 */
export const statisticsPolicy = definePolicy({
  manage: (actor, organizationId: number) => has(actor, 'content.publish') && (inOwnOrganization(actor, organizationId) || isSystem(actor)),
});
