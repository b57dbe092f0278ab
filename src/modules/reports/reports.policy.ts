import type { Actor } from '../../platform/auth/actor.js';
import { definePolicy, has, inOwnOrganization, supervises } from '../../platform/auth/policy.js';
import type { ReportStatus } from './reports.schema.js';

type Subject = { organizationId: number; status: ReportStatus };

const writes = (actor: Actor) => has(actor, 'reports.write');
const approves = (actor: Actor) => has(actor, 'plans.approve');

/**
 * Those who write reports (reports.write) and the leaders who approve and send them
 * (plans.approve, "Phê duyệt kế hoạch, báo cáo") read their own organization's reports. A sent
 * report is also read by the supervising organization (supervision.read over the sender); a draft
 * never leaves its organization. Only a draft is edited; sending freezes it.
 */
export const reportsPolicy = definePolicy({
  read: (actor, r: Subject) => ((writes(actor) || approves(actor)) && inOwnOrganization(actor, r.organizationId)) || (r.status === 'sent' && supervises(actor, r.organizationId)),
  write: (actor, organizationId: number) => writes(actor) && inOwnOrganization(actor, organizationId),
  edit: (actor, r: Subject) => writes(actor) && inOwnOrganization(actor, r.organizationId) && r.status === 'draft',
  send: (actor, r: Subject) => approves(actor) && inOwnOrganization(actor, r.organizationId) && r.status === 'draft',
  receive: (actor, _: null) => has(actor, 'supervision.read'),
});
