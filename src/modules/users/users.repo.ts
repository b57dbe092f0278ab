import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../platform/auth/roles.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB, UsersTable } from '../../platform/db/schema.js';
import type { UserStatus } from './users.schema.js';

export type User = {
  id: number;
  email: string;
  fullName: string;
  phone: string;
  title: string;
  organizationId: number;
  unitId: number | null;
  status: UserStatus;
  lastLoginAt: string | null;
  createdAt: string;
  roles: Role[];
};

export type UserValues = Pick<User, 'fullName' | 'phone' | 'title' | 'organizationId' | 'unitId'>;

const toUser = (r: Selectable<UsersTable>, roles: Role[]): User => ({
  id: r.id,
  email: r.email,
  fullName: r.full_name,
  phone: r.phone,
  title: r.title,
  organizationId: r.organization_id,
  unitId: r.unit_id,
  status: r.status as UserStatus,
  lastLoginAt: r.last_login_at,
  createdAt: r.created_at,
  roles,
});

async function rolesOf(db: Kysely<DB>, userIds: number[]): Promise<Map<number, Role[]>> {
  const map = new Map<number, Role[]>();
  if (userIds.length === 0) return map;
  const rows = await db.selectFrom('user_roles').select(['user_id', 'role']).where('user_id', 'in', userIds).orderBy('role').execute();
  for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row.role as Role]);
  return map;
}

export async function findUser(db: Kysely<DB>, id: number): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row, (await rolesOf(db, [row.id])).get(row.id) ?? []) : null;
}

/** Emails are stored lower-cased, so lookups are exact on both engines. */
export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<(User & { passwordHash: string | null }) | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  if (!row) return null;
  return { ...toUser(row, (await rolesOf(db, [row.id])).get(row.id) ?? []), passwordHash: row.password_hash };
}

export async function passwordHashOf(db: Kysely<DB>, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash ?? null;
}

export type UserQuery = {
  q?: string;
  organizationIds?: number[];
  organizationId?: number;
  unitId?: number;
  role?: Role;
  status?: UserStatus;
  limit: number;
  offset: number;
};

export async function searchUsers(db: Kysely<DB>, dialect: Dialect, query: UserQuery): Promise<{ total: number; users: User[] }> {
  const base = db
    .selectFrom('users')
    .$if(Boolean(query.q), (qb) =>
      qb.where((eb) => eb.or(['full_name', 'email', 'title'].map((column) => dialect.contains(column, query.q!)))),
    )
    .$if(query.organizationIds !== undefined, (qb) => qb.where('organization_id', 'in', query.organizationIds!.length ? query.organizationIds! : [-1]))
    .$if(query.organizationId !== undefined, (qb) => qb.where('organization_id', '=', query.organizationId!))
    .$if(query.unitId !== undefined, (qb) => qb.where('unit_id', '=', query.unitId!))
    .$if(query.status !== undefined, (qb) => qb.where('status', '=', query.status!))
    .$if(query.role !== undefined, (qb) =>
      qb.where('id', 'in', (eb) => eb.selectFrom('user_roles').select('user_id').where('role', '=', query.role!)),
    );
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('full_name').orderBy('id').limit(query.limit).offset(query.offset).execute();
  const roles = await rolesOf(db, rows.map((r) => r.id));
  return { total: Number(counted?.n ?? 0), users: rows.map((r) => toUser(r, roles.get(r.id) ?? [])) };
}

export async function insertUser(
  db: Kysely<DB>,
  values: UserValues & { email: string; status: UserStatus; passwordHash: string | null },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: values.email.toLowerCase(),
      password_hash: values.passwordHash,
      full_name: values.fullName,
      phone: values.phone,
      title: values.title,
      organization_id: values.organizationId,
      unit_id: values.unitId,
      status: values.status,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUser(db: Kysely<DB>, id: number, values: Partial<UserValues>, now: string) {
  await db
    .updateTable('users')
    .set({
      full_name: values.fullName,
      phone: values.phone,
      title: values.title,
      organization_id: values.organizationId,
      unit_id: values.unitId,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}

export async function setStatus(db: Kysely<DB>, id: number, status: UserStatus, now: string) {
  await db.updateTable('users').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export async function setPasswordHash(db: Kysely<DB>, id: number, passwordHash: string, now: string) {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
}

export async function touchLogin(db: Kysely<DB>, id: number, now: string) {
  await db.updateTable('users').set({ last_login_at: now }).where('id', '=', id).execute();
}

export async function replaceRoles(db: Kysely<DB>, userId: number, roles: Role[]) {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length > 0) await db.insertInto('user_roles').values(roles.map((role) => ({ user_id: userId, role }))).execute();
}

export async function countUsers(db: Kysely<DB>, status?: UserStatus) {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(status !== undefined, (qb) => qb.where('status', '=', status!))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function countByRole(db: Kysely<DB>): Promise<Record<string, number>> {
  const rows = await db.selectFrom('user_roles').select(['role', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('role').execute();
  return Object.fromEntries(rows.map((r) => [r.role, Number(r.n)]));
}
