import { definePolicy, has } from '../../platform/auth/policy.js';

/** Administrators read the whole log; leaders read their own organization's. */
export const auditPolicy = definePolicy({
  read: (actor, _subject: null) => has(actor, 'audit.read'),
  readAll: (actor, _subject: null) => has(actor, 'users.manage'),
});
