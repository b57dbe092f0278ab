import type { Kysely, Selectable } from 'kysely';
import type { DB, OrganizationsTable, UnitsTable } from '../../platform/db/schema.js';
import type { OrganizationKind } from './organizations.schema.js';

export type Organization = {
  id: number;
  kind: OrganizationKind;
  name: string;
  shortName: string;
  code: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  placeName: string;
  parentId: number | null;
  supervisorId: number | null;
};

export type Unit = {
  id: number;
  organizationId: number;
  name: string;
  code: string;
  isCoordinating: boolean;
  sortOrder: number;
  active: boolean;
};

export type OrganizationValues = Omit<Organization, 'id'>;
export type UnitValues = Omit<Unit, 'id' | 'organizationId'>;

const toOrganization = (r: Selectable<OrganizationsTable>): Organization => ({
  id: r.id,
  kind: r.kind as OrganizationKind,
  name: r.name,
  shortName: r.short_name,
  code: r.code,
  address: r.address,
  phone: r.phone,
  email: r.email,
  website: r.website,
  placeName: r.place_name,
  parentId: r.parent_id,
  supervisorId: r.supervisor_id,
});

const toUnit = (r: Selectable<UnitsTable>): Unit => ({
  id: r.id,
  organizationId: r.organization_id,
  name: r.name,
  code: r.code,
  isCoordinating: r.is_coordinating === 1,
  sortOrder: r.sort_order,
  active: r.active === 1,
});

const organizationRow = (v: OrganizationValues) => ({
  kind: v.kind,
  name: v.name,
  short_name: v.shortName,
  code: v.code,
  address: v.address,
  phone: v.phone,
  email: v.email,
  website: v.website,
  place_name: v.placeName,
  parent_id: v.parentId,
  supervisor_id: v.supervisorId,
});

const unitRow = (v: UnitValues) => ({
  name: v.name,
  code: v.code,
  is_coordinating: v.isCoordinating ? 1 : 0,
  sort_order: v.sortOrder,
  active: v.active ? 1 : 0,
});

export async function listOrganizations(db: Kysely<DB>): Promise<Organization[]> {
  return (await db.selectFrom('organizations').selectAll().orderBy('id').execute()).map(toOrganization);
}

export async function findOrganization(db: Kysely<DB>, id: number): Promise<Organization | null> {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganization(row) : null;
}

export async function findOrganizationByCode(db: Kysely<DB>, code: string): Promise<Organization | null> {
  const row = await db.selectFrom('organizations').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? toOrganization(row) : null;
}

export async function insertOrganization(db: Kysely<DB>, values: OrganizationValues, now: string): Promise<number> {
  const row = await db
    .insertInto('organizations')
    .values({ ...organizationRow(values), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrganization(db: Kysely<DB>, id: number, values: OrganizationValues, now: string) {
  await db.updateTable('organizations').set({ ...organizationRow(values), updated_at: now }).where('id', '=', id).execute();
}

export async function deleteOrganization(db: Kysely<DB>, id: number) {
  await db.deleteFrom('organizations').where('id', '=', id).execute();
}

/** What still hangs on an organization and would block deleting it. */
export async function organizationDependents(db: Kysely<DB>, id: number) {
  const count = async (table: 'units' | 'users', column: 'organization_id') =>
    Number(
      (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where(column, '=', id).executeTakeFirst())?.n ?? 0,
    );
  const children = Number(
    (
      await db
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb.or([eb('parent_id', '=', id), eb('supervisor_id', '=', id)]))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  return { units: await count('units', 'organization_id'), users: await count('users', 'organization_id'), children };
}

export async function supervisedIds(db: Kysely<DB>, supervisorId: number): Promise<number[]> {
  const rows = await db.selectFrom('organizations').select('id').where('supervisor_id', '=', supervisorId).execute();
  return rows.map((r) => r.id);
}

export async function listUnits(db: Kysely<DB>, organizationId?: number): Promise<Unit[]> {
  const rows = await db
    .selectFrom('units')
    .selectAll()
    .$if(organizationId !== undefined, (qb) => qb.where('organization_id', '=', organizationId!))
    .orderBy('organization_id')
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(toUnit);
}

export async function findUnit(db: Kysely<DB>, id: number): Promise<Unit | null> {
  const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUnit(row) : null;
}

export async function findUnitByCode(db: Kysely<DB>, organizationId: number, code: string): Promise<Unit | null> {
  const row = await db.selectFrom('units').selectAll().where('organization_id', '=', organizationId).where('code', '=', code).executeTakeFirst();
  return row ? toUnit(row) : null;
}

export async function insertUnit(db: Kysely<DB>, organizationId: number, values: UnitValues, now: string): Promise<number> {
  const row = await db
    .insertInto('units')
    .values({ ...unitRow(values), organization_id: organizationId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateUnit(db: Kysely<DB>, id: number, values: UnitValues, now: string) {
  await db.updateTable('units').set({ ...unitRow(values), updated_at: now }).where('id', '=', id).execute();
}

export async function deleteUnit(db: Kysely<DB>, id: number) {
  await db.deleteFrom('units').where('id', '=', id).execute();
}
