import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { diff } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.js';
import type { Site } from '../../platform/views/context.js';
import { compareVi } from '../../shared/text.js';
import { organizationsPolicy as policy } from './organizations.policy.js';
import * as repo from './organizations.repo.js';
import { SaveOrganization, SaveUnit } from './organizations.schema.js';

export type { Organization, Unit } from './organizations.repo.js';

const PORTAL_SETTING = 'portal.organizationId';

/** An organization with its depth in the tree, for indented lists and selects. */
export type OrganizationNode = repo.Organization & { depth: number };

export function toTree(organizations: repo.Organization[]): OrganizationNode[] {
  const ids = new Set(organizations.map((o) => o.id));
  const childrenOf = (parentId: number | null) =>
    organizations
      .filter((o) => (parentId === null ? o.parentId === null || !ids.has(o.parentId) : o.parentId === parentId))
      .sort((a, b) => compareVi(a.name, b.name));
  const out: OrganizationNode[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const o of childrenOf(parentId)) {
      out.push({ ...o, depth });
      walk(o.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Select options with the tree shown by indentation; `except` leaves one organization out (no self-parent). */
export const organizationChoices = (organizations: OrganizationNode[], except?: number) =>
  organizations.filter((o) => o.id !== except).map((o) => ({ value: String(o.id), label: `${'— '.repeat(o.depth)}${o.name}` }));

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;

export function createOrganizationsService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; onChange?: () => void }) {
  const { db, clock, audit } = deps;
  const changed = () => {
    siteCache = null;
    deps.onChange?.();
  };
  let siteCache: { site: Site; at: number } | null = null;

  function checkParents(id: number | null, values: { parentId: number | null; supervisorId: number | null }, all: repo.Organization[]) {
    const fields: Record<string, string> = {};
    const known = new Set(all.map((o) => o.id));
    if (values.parentId !== null && !known.has(values.parentId)) fields.parentId = 'Cơ quan cấp trên không tồn tại.';
    if (values.supervisorId !== null && !known.has(values.supervisorId)) fields.supervisorId = 'Cơ quan giám sát không tồn tại.';
    if (id !== null && values.supervisorId === id) fields.supervisorId = 'Một cơ quan không thể tự giám sát chính mình.';
    // Walking up from the new parent must never reach this organization, or the tree becomes a loop.
    let cursor = values.parentId;
    const seen = new Set<number>();
    while (id !== null && cursor !== null && !seen.has(cursor)) {
      if (cursor === id) {
        fields.parentId = 'Không thể chọn chính cơ quan này hoặc cơ quan cấp dưới của nó làm cơ quan cấp trên.';
        break;
      }
      seen.add(cursor);
      cursor = all.find((o) => o.id === cursor)?.parentId ?? null;
    }
    if (Object.keys(fields).length > 0) throw new ValidationError(fields);
  }

  function organizationValues(input: unknown): repo.OrganizationValues {
    const v = parseCommand(SaveOrganization, input);
    return {
      kind: v.kind as repo.Organization['kind'],
      name: v.name,
      shortName: v.shortName ?? '',
      code: v.code.toUpperCase(),
      address: v.address ?? '',
      phone: v.phone ?? '',
      email: v.email ?? '',
      website: v.website ?? '',
      placeName: v.placeName ?? '',
      parentId: v.parentId ?? null,
      supervisorId: v.supervisorId ?? null,
    };
  }

  async function mustFind(id: number) {
    const found = await repo.findOrganization(db, id);
    if (!found) throw new NotFoundError('Không tìm thấy cơ quan.');
    return found;
  }

  async function mustFindUnit(id: number) {
    const found = await repo.findUnit(db, id);
    if (!found) throw new NotFoundError('Không tìm thấy đơn vị.');
    return found;
  }

  function unitValues(input: unknown): repo.UnitValues {
    const v = parseCommand(SaveUnit, input);
    return { name: v.name, code: v.code.toUpperCase(), sortOrder: v.sortOrder ?? 0, isCoordinating: v.isCoordinating === '1', active: v.active === '1' };
  }

  return {
    /** Every organization the actor may read, as an indented tree. */
    async list(ctx: RequestContext): Promise<OrganizationNode[]> {
      const all = await repo.listOrganizations(db);
      return toTree(all.filter((o) => policy.can(ctx.actor, 'read', o.id)));
    },

    /** All organizations, for choosing a parent or a recipient; reading names is not restricted. */
    async options(): Promise<OrganizationNode[]> {
      return toTree(await repo.listOrganizations(db));
    },

    async get(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'read', id);
      return mustFind(id);
    },

    async findByCode(code: string) {
      return repo.findOrganizationByCode(db, code.toUpperCase());
    },

    async create(ctx: RequestContext, input: unknown): Promise<number> {
      policy.assert(ctx.actor, 'manage', null);
      const values = organizationValues(input);
      checkParents(null, values, await repo.listOrganizations(db));
      if (await repo.findOrganizationByCode(db, values.code)) throw new ValidationError({ code: 'Mã cơ quan này đã được dùng.' });
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertOrganization(trx, values, isoNow(clock));
        await audit(trx, ctx, { action: 'create', subjectType: 'organization', subjectId: id, organizationId: id, summary: values.name, changes: values });
        return id;
      });
    },

    async update(ctx: RequestContext, id: number, input: unknown) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await mustFind(id);
      const values = organizationValues(input);
      checkParents(id, values, await repo.listOrganizations(db));
      const sameCode = await repo.findOrganizationByCode(db, values.code);
      if (sameCode && sameCode.id !== id) throw new ValidationError({ code: 'Mã cơ quan này đã được dùng.' });
      await db.transaction().execute(async (trx) => {
        await repo.updateOrganization(trx, id, values, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'organization', subjectId: id, organizationId: id, summary: values.name, changes: diff(before, values) });
      });
      changed();
    },

    async remove(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await mustFind(id);
      const dependents = await repo.organizationDependents(db, id);
      if (dependents.units + dependents.users + dependents.children > 0) {
        throw new ConflictError(
          `Không thể xóa "${before.name}": còn ${dependents.units} đơn vị, ${dependents.users} người dùng và ${dependents.children} cơ quan liên quan.`,
        );
      }
      await db.transaction().execute(async (trx) => {
        await repo.deleteOrganization(trx, id);
        await audit(trx, ctx, { action: 'delete', subjectType: 'organization', subjectId: id, organizationId: id, summary: before.name, changes: before });
      });
    },

    async supervisedIds(organizationId: number) {
      return repo.supervisedIds(db, organizationId);
    },

    async units(ctx: RequestContext, organizationId: number) {
      policy.assert(ctx.actor, 'read', organizationId);
      return repo.listUnits(db, organizationId);
    },

    async allUnits() {
      return repo.listUnits(db);
    },

    async getUnit(ctx: RequestContext, id: number) {
      const unit = await mustFindUnit(id);
      policy.assert(ctx.actor, 'read', unit.organizationId);
      return unit;
    },

    async createUnit(ctx: RequestContext, organizationId: number, input: unknown): Promise<number> {
      policy.assert(ctx.actor, 'manage', null);
      await mustFind(organizationId);
      const values = unitValues(input);
      if (await repo.findUnitByCode(db, organizationId, values.code)) throw new ValidationError({ code: 'Mã đơn vị này đã có trong cơ quan.' });
      return db.transaction().execute(async (trx) => {
        const id = await repo.insertUnit(trx, organizationId, values, isoNow(clock));
        await audit(trx, ctx, { action: 'create', subjectType: 'unit', subjectId: id, organizationId, summary: values.name, changes: values });
        return id;
      });
    },

    async updateUnit(ctx: RequestContext, id: number, input: unknown) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await mustFindUnit(id);
      const values = unitValues(input);
      const sameCode = await repo.findUnitByCode(db, before.organizationId, values.code);
      if (sameCode && sameCode.id !== id) throw new ValidationError({ code: 'Mã đơn vị này đã có trong cơ quan.' });
      await db.transaction().execute(async (trx) => {
        await repo.updateUnit(trx, id, values, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'unit', subjectId: id, organizationId: before.organizationId, summary: values.name, changes: diff(before, values) });
      });
    },

    async removeUnit(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await mustFindUnit(id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteUnit(trx, id);
        await audit(trx, ctx, { action: 'delete', subjectType: 'unit', subjectId: id, organizationId: before.organizationId, summary: before.name, changes: before });
      });
      return before.organizationId;
    },

    /** The organization the public portal speaks for. */
    async portalOrganizationId(): Promise<number | null> {
      return readSetting<number>(db, PORTAL_SETTING);
    },

    async setPortalOrganization(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      await mustFind(id);
      await db.transaction().execute(async (trx) => {
        await writeSetting(trx, PORTAL_SETTING, id, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'setting', subjectId: PORTAL_SETTING, changes: { value: id } });
      });
      changed();
    },

    /** Header and footer facts for every page; cached briefly because every request needs them. */
    async site(): Promise<Site> {
      if (siteCache && clock.now().getTime() - siteCache.at < 30_000) return siteCache.site;
      const id = await readSetting<number>(db, PORTAL_SETTING);
      const organization = id ? await repo.findOrganization(db, id) : null;
      const parent = organization?.parentId ? await repo.findOrganization(db, organization.parentId) : null;
      const site: Site = {
        name: organization?.name ?? 'Cổng thông tin cải cách hành chính',
        parentName: parent?.name ?? '',
        address: organization?.address ?? '',
        phone: organization?.phone ?? '',
        email: organization?.email ?? '',
        website: organization?.website ?? '',
        nav: [],
      };
      siteCache = { site, at: clock.now().getTime() };
      return site;
    },
  };
}
