import { definePolicy, has, inOwnOrganization } from '../../platform/auth/policy.js';

/**
 * Reading the library is public. Managing it (create, edit, attach, relate, import, delete) is
 * for holders of content.publish (approvers, administrators), inside their own organization: a
 * document on the portal is published content, so it takes the same permission as publishing.
 */
export const documentsPolicy = definePolicy({
  manage: (actor, organizationId: number) => has(actor, 'content.publish') && inOwnOrganization(actor, organizationId),
});
