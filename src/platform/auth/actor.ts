import { PERMISSIONS, type Permission, type Role } from './roles.js';

/** The signed-in person as every service and view sees them. */
export type Actor = Readonly<{
  id: number;
  email: string;
  fullName: string;
  title: string;
  organizationId: number;
  unitId: number | null;
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  /** Organizations this actor's agency supervises (for the supervisor role). */
  supervisedOrganizationIds: readonly number[];
}>;

/** Who is acting and from where: what services need to check permissions and write the audit log. */
export type RequestContext = Readonly<{
  actor: Actor | null;
  ip: string;
  requestId: string;
}>;

/**
 * The installation itself acting (the CLI, demo loading): every permission, no user row.
 * Its id 0 is recorded as "no user" in the audit log, with its name saying which tool acted.
 */
export function systemContext(tool: string): RequestContext {
  const actor: Actor = {
    id: 0,
    email: '',
    fullName: `Hệ thống (${tool})`,
    title: '',
    organizationId: 0,
    unitId: null,
    roles: ['admin'],
    permissions: new Set(Object.keys(PERMISSIONS) as Permission[]),
    supervisedOrganizationIds: [],
  };
  return { actor, ip: '', requestId: tool };
}
