import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { AppError, ForbiddenError, UnauthenticatedError } from '../http/errors.js';
import { systemContext, type Actor } from './actor.js';
import { definePolicy, has, inOwnOrganization, supervises } from './policy.js';
import { isRole, PERMISSIONS, permissionsOf, ROLE_NAMES, ROLES, type Permission, type Role } from './roles.js';

const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

function actor(roles: readonly Role[], organizationId = 1, supervisedOrganizationIds: number[] = []): Actor {
  return {
    id: 42,
    email: 'can.bo@so.gov.vn',
    fullName: 'Lê Thị Hoa',
    title: '',
    organizationId,
    unitId: null,
    roles,
    permissions: permissionsOf(roles),
    supervisedOrganizationIds,
  };
}

const roleSets = fc.subarray(ROLE_NAMES);
const orgId = fc.integer({ min: 1, max: 6 });
const anActor = fc.record({ roles: roleSets, organizationId: orgId, supervised: fc.uniqueArray(orgId, { maxLength: 4 }) }).map((a) => actor(a.roles, a.organizationId, a.supervised));

/** A module's policy as modules write them: a plan is read in its organization or by its supervisor, managed only at home. */
const plans = definePolicy({
  read: (a: Actor, plan: { organizationId: number }) => inOwnOrganization(a, plan.organizationId) || supervises(a, plan.organizationId),
  manage: (a: Actor, plan: { organizationId: number }) => has(a, 'plans.manage') && inOwnOrganization(a, plan.organizationId),
  approve: (a: Actor, plan: { organizationId: number }) => has(a, 'plans.approve') && inOwnOrganization(a, plan.organizationId),
});
const ACTIONS = ['read', 'manage', 'approve'] as const;

describe('roles', () => {
  test('property: the permissions of several roles are the union of each role’s permissions', () => {
    fc.assert(
      fc.property(roleSets, (roles) => {
        const expected = new Set<Permission>();
        for (const role of roles) for (const p of ROLES[role].permissions) expected.add(p);
        assert.deepEqual([...permissionsOf(roles)].sort(), [...expected].sort());
      }),
    );
  });

  test('property: adding a role never takes a permission away, and order does not matter', () => {
    fc.assert(
      fc.property(roleSets, fc.constantFrom(...ROLE_NAMES), (roles, extra) => {
        const before = permissionsOf(roles);
        const after = permissionsOf([extra, ...roles]);
        for (const p of before) assert.ok(after.has(p), p);
        for (const p of ROLES[extra].permissions) assert.ok(after.has(p), p);
        assert.deepEqual([...permissionsOf([...roles].reverse())].sort(), [...before].sort());
      }),
    );
  });

  test('no roles, no permissions; the administrator holds every permission', () => {
    assert.equal(permissionsOf([]).size, 0);
    assert.deepEqual([...permissionsOf(['admin'])].sort(), [...ALL_PERMISSIONS].sort());
    // Only the administrator manages users; the supervisor alone reads supervised agencies (besides admin).
    for (const role of ROLE_NAMES) {
      assert.equal(permissionsOf([role]).has('users.manage'), role === 'admin', role);
      assert.equal(permissionsOf([role]).has('supervision.read'), role === 'admin' || role === 'supervisor', role);
    }
  });

  test('every role and permission has a Vietnamese label', () => {
    for (const role of ROLE_NAMES) assert.match(ROLES[role].label, /\S/);
    for (const p of ALL_PERMISSIONS) assert.match(PERMISSIONS[p], /\S/);
  });

  test('property: isRole accepts exactly the role names, not inherited object keys', () => {
    assert.equal(isRole('toString'), false);
    assert.equal(isRole('__proto__'), false);
    assert.equal(isRole('constructor'), false);
    assert.equal(isRole('Admin'), false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...ROLE_NAMES)), (s) => {
        assert.equal(isRole(s), (ROLE_NAMES as string[]).includes(s));
      }),
    );
  });
});

describe('policy', () => {
  test('nobody signed in: can() is false and assert() asks to sign in', () => {
    for (const action of ACTIONS) {
      assert.equal(plans.can(null, action, { organizationId: 1 }), false);
      assert.throws(
        () => plans.assert(null, action, { organizationId: 1 }),
        (error) => error instanceof UnauthenticatedError && error.status === 401 && error.code === 'unauthenticated',
      );
    }
  });

  test('assert() refuses with ForbiddenError when the rule says no, and returns the actor when it says yes', () => {
    const editor = actor(['editor'], 1);
    assert.throws(() => plans.assert(editor, 'manage', { organizationId: 1 }), ForbiddenError);
    const admin = actor(['admin'], 1);
    assert.equal(plans.assert(admin, 'manage', { organizationId: 1 }), admin);
    // Even an administrator manages only their own organization's plans.
    assert.throws(() => plans.assert(admin, 'manage', { organizationId: 2 }), (e) => e instanceof ForbiddenError && e.status === 403);
  });

  test('property: assert() throws exactly when can() is false, and only these two errors', () => {
    fc.assert(
      fc.property(fc.option(anActor, { nil: null }), fc.constantFrom(...ACTIONS), orgId, (a, action, organizationId) => {
        const subject = { organizationId };
        const allowed = plans.can(a, action, subject);
        if (a === null) assert.equal(allowed, false);
        let thrown: unknown = null;
        try {
          assert.equal(plans.assert(a, action, subject), a);
        } catch (error) {
          thrown = error;
        }
        if (allowed) assert.equal(thrown, null);
        else if (a === null) assert.ok(thrown instanceof UnauthenticatedError);
        else assert.ok(thrown instanceof ForbiddenError);
        if (thrown) assert.ok(thrown instanceof AppError);
      }),
    );
  });

  test('property: supervises holds only for supervised organizations and only with supervision.read', () => {
    fc.assert(
      fc.property(anActor, orgId, (a, organizationId) => {
        const expected = a.permissions.has('supervision.read') && a.supervisedOrganizationIds.includes(organizationId);
        assert.equal(supervises(a, organizationId), expected);
        // So a supervisor reads a supervised agency's plans but never manages them.
        if (expected && a.organizationId !== organizationId) {
          assert.equal(plans.can(a, 'read', { organizationId }), true);
          assert.equal(plans.can(a, 'manage', { organizationId }), false);
          assert.equal(plans.can(a, 'approve', { organizationId }), false);
        }
      }),
    );
  });

  test('a supervisor role without the agency in its list, or the list without the role, reads nothing', () => {
    assert.equal(supervises(actor(['supervisor'], 2, [3, 4]), 3), true);
    assert.equal(supervises(actor(['supervisor'], 2, [3, 4]), 5), false);
    assert.equal(supervises(actor(['leader', 'editor', 'staff'], 2, [3, 4]), 3), false);
    assert.equal(plans.can(actor(['leader'], 2, [3]), 'read', { organizationId: 3 }), false);
    assert.equal(plans.can(actor(['staff'], 3), 'read', { organizationId: 3 }), true);
  });

  test('the system context (CLI, demo) holds every permission', () => {
    const { actor: system } = systemContext('cli');
    assert.ok(system);
    for (const p of ALL_PERMISSIONS) assert.ok(has(system, p), p);
    assert.match(system.fullName, /cli/);
  });
});
