import type { Actor } from '../../platform/auth/actor.js';
import { definePolicy, has, inOwnOrganization } from '../../platform/auth/policy.js';

/**
 * The installation itself (the `cchc` command, demo loading: `systemContext`, id 0, which no
 * user row can have) imports into the portal organization, which is not "its own".
 */
const isInstallation = (actor: Actor) => actor.id === 0;

/**
 * Reading the catalogue is public. Managing it — create, edit, delete, templates, imports — needs
 * content.publish (approvers, administrators: the people who already decide what the portal
 * shows) inside the actor's own organization.
 */
export const proceduresPolicy = definePolicy({
  manage: (actor, organizationId: number) => has(actor, 'content.publish') && (inOwnOrganization(actor, organizationId) || isInstallation(actor)),
});
