import { ForbiddenError, UnauthenticatedError } from '../http/errors.js';
import type { Actor } from './actor.js';
import type { Permission } from './roles.js';

/**
 * Declarative permissions after Outline's policies: each module declares, per action, a rule
 * over (actor, subject). Services call `assert` at the top of every method; views call the same
 * `can` to show or hide a button, so page and server never disagree.
 */
export type Rule<S> = (actor: Actor, subject: S) => boolean;

export type Policy<Rules extends Record<string, Rule<any>>> = {
  can<A extends keyof Rules>(actor: Actor | null, action: A, subject: Parameters<Rules[A]>[1]): boolean;
  assert<A extends keyof Rules>(actor: Actor | null, action: A, subject: Parameters<Rules[A]>[1]): Actor;
};

export function definePolicy<Rules extends Record<string, Rule<any>>>(rules: Rules): Policy<Rules> {
  const can: Policy<Rules>['can'] = (actor, action, subject) => actor !== null && rules[action]!(actor, subject);
  return {
    can,
    assert(actor, action, subject) {
      if (!actor) throw new UnauthenticatedError();
      if (!can(actor, action, subject)) throw new ForbiddenError();
      return actor;
    },
  };
}

export const has = (actor: Actor, permission: Permission) => actor.permissions.has(permission);

/** Most rules are "holds the permission, inside their own organization". */
export const inOwnOrganization = (actor: Actor, organizationId: number) => actor.organizationId === organizationId;

/** Read access for the supervising agency (Sở Nội vụ) over the organizations it supervises. */
export const supervises = (actor: Actor, organizationId: number) =>
  has(actor, 'supervision.read') && actor.supervisedOrganizationIds.includes(organizationId);
