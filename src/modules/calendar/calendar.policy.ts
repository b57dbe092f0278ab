import { definePolicy, has } from '../../platform/auth/policy.js';

export const calendarPolicy = definePolicy({
  manage: (actor, _subject: null) => has(actor, 'calendar.manage'),
});
