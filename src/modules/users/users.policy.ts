import { definePolicy, has } from '../../platform/auth/policy.js';

/**
 * Administrators run accounts installation-wide (they also set up other agencies);
 * everyone edits their own profile and password.
 */
export const usersPolicy = definePolicy({
  manage: (actor, _subject: null) => has(actor, 'users.manage'),
  editProfile: (actor, userId: number) => actor.id === userId,
});
