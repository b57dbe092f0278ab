import { definePolicy, has, inOwnOrganization, supervises } from '../../platform/auth/policy.js';

/** Organizations and units are installation data: only administrators change them. */
export const organizationsPolicy = definePolicy({
  manage: (actor, _subject: null) => has(actor, 'organizations.manage'),
  read: (actor, organizationId: number) =>
    has(actor, 'organizations.manage') || inOwnOrganization(actor, organizationId) || supervises(actor, organizationId),
});
