import type { Kysely } from 'kysely';
import type { Actor, RequestContext } from '../../platform/auth/actor.js';
import { hashPassword, passwordProblem } from '../../platform/auth/passwords.js';
import { isRole, permissionsOf, type Role } from '../../platform/auth/roles.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { TokenService } from './tokens.js';
import * as repo from './users.repo.js';
import { CreateUserWithPassword, InviteUser, UpdateProfile, UpdateUser, UserFilters } from './users.schema.js';
import { usersPolicy as policy } from './users.policy.js';

export type { User } from './users.repo.js';

export const USERS_PAGE_SIZE = 25;

const asRoles = (value: string | string[]): Role[] => [...new Set((Array.isArray(value) ? value : [value]).filter(isRole))];

export type UsersService = ReturnType<typeof createUsersService>;

export function createUsersService(deps: {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditWriter;
  organizations: OrganizationsService;
  sessions: SessionStore;
  tokens: TokenService;
}) {
  const { db, clock, audit, organizations, sessions, tokens } = deps;

  async function mustFind(id: number) {
    const user = await repo.findUser(db, id);
    if (!user) throw new NotFoundError('Không tìm thấy người dùng.');
    return user;
  }

  /** The unit must belong to the chosen organization. */
  async function checkPlacement(organizationId: number, unitId: number | undefined) {
    const units = await organizations.allUnits();
    const organizationsKnown = (await organizations.options()).some((o) => o.id === organizationId);
    if (!organizationsKnown) throw new ValidationError({ organizationId: 'Cơ quan không tồn tại.' });
    if (unitId !== undefined && !units.some((u) => u.id === unitId && u.organizationId === organizationId)) {
      throw new ValidationError({ unitId: 'Đơn vị không thuộc cơ quan đã chọn.' });
    }
  }

  return {
    async search(ctx: RequestContext, input: unknown) {
      policy.assert(ctx.actor, 'manage', null);
      const filters = parseCommand(UserFilters, input);
      const page = filters.page ?? 1;
      const result = await repo.searchUsers(db, deps.dialect, {
        q: filters.q,
        organizationId: filters.organizationId,
        unitId: filters.unitId,
        role: filters.role as Role | undefined,
        status: filters.status as repo.User['status'] | undefined,
        limit: USERS_PAGE_SIZE,
        offset: (page - 1) * USERS_PAGE_SIZE,
      });
      return { ...result, page, pageSize: USERS_PAGE_SIZE, filters };
    },

    /** The organizations and units a user can be placed in, for the account forms. */
    async directory(ctx: RequestContext) {
      policy.assert(ctx.actor, 'manage', null);
      return { organizations: await organizations.options(), units: await organizations.allUnits() };
    },

    async get(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      return mustFind(id);
    },

    /** Creates the account as "invited" and mails a one-time link to choose a password. */
    async invite(ctx: RequestContext, input: unknown): Promise<number> {
      policy.assert(ctx.actor, 'manage', null);
      const v = parseCommand(InviteUser, input);
      const email = v.email.toLowerCase();
      await checkPlacement(v.organizationId, v.unitId);
      if (await repo.findUserByEmail(db, v.email)) throw new ValidationError({ email: 'Email này đã có tài khoản.' });
      const roles = asRoles(v.roles);
      return db.transaction().execute(async (trx) => {
        const values = { fullName: v.fullName, phone: v.phone ?? '', title: v.title ?? '', organizationId: v.organizationId, unitId: v.unitId ?? null };
        const id = await repo.insertUser(trx, { ...values, email, status: 'invited', passwordHash: null }, isoNow(clock));
        await repo.replaceRoles(trx, id, roles);
        await audit(trx, ctx, { action: 'create', subjectType: 'user', subjectId: id, organizationId: v.organizationId, summary: email, changes: { ...values, email, roles } });
        await tokens.issue(trx, { id, email, fullName: v.fullName }, 'invite');
        return id;
      });
    },

    async update(ctx: RequestContext, id: number, input: unknown) {
      const actor = policy.assert(ctx.actor, 'manage', null);
      const before = await mustFind(id);
      const v = parseCommand(UpdateUser, input);
      await checkPlacement(v.organizationId, v.unitId);
      const roles = asRoles(v.roles);
      if (actor.id === id && before.roles.includes('admin') && !roles.includes('admin')) {
        throw new ValidationError({ roles: 'Bạn không thể tự bỏ vai trò quản trị của chính mình.' });
      }
      const values = { fullName: v.fullName, phone: v.phone ?? '', title: v.title ?? '', organizationId: v.organizationId, unitId: v.unitId ?? null };
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, id, values, isoNow(clock));
        await repo.replaceRoles(trx, id, roles);
        await audit(trx, ctx, { action: 'update', subjectType: 'user', subjectId: id, organizationId: v.organizationId, summary: before.email, changes: diff(before, { ...values, roles }) });
      });
    },

    /** Locks the account and ends every session it has. */
    async deactivate(ctx: RequestContext, id: number) {
      const actor = policy.assert(ctx.actor, 'manage', null);
      if (actor.id === id) throw new ForbiddenError('Bạn không thể tự khóa tài khoản của chính mình.');
      const before = await mustFind(id);
      await db.transaction().execute(async (trx) => {
        await repo.setStatus(trx, id, 'disabled', isoNow(clock));
        await sessions.destroyAllOf(trx, id);
        await audit(trx, ctx, { action: 'deactivate', subjectType: 'user', subjectId: id, organizationId: before.organizationId, summary: before.email, changes: { status: [before.status, 'disabled'] } });
      });
    },

    async reactivate(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      const before = await mustFind(id);
      const status = (await repo.passwordHashOf(db, id)) ? 'active' : 'invited';
      await db.transaction().execute(async (trx) => {
        await repo.setStatus(trx, id, status, isoNow(clock));
        await audit(trx, ctx, { action: 'reactivate', subjectType: 'user', subjectId: id, organizationId: before.organizationId, summary: before.email, changes: { status: [before.status, status] } });
      });
    },

    /** Sends a fresh one-time link (a new invitation for someone who never signed in) and ends their sessions. */
    async sendPasswordLink(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', null);
      const user = await mustFind(id);
      if (user.status === 'disabled') throw new ForbiddenError('Tài khoản đang bị khóa; hãy mở khóa trước khi gửi liên kết đặt mật khẩu.');
      const purpose = user.status === 'invited' ? 'invite' : 'reset';
      await db.transaction().execute(async (trx) => {
        await sessions.destroyAllOf(trx, id);
        await tokens.issue(trx, user, purpose);
        await audit(trx, ctx, { action: purpose === 'invite' ? 'invite_resent' : 'password_reset_sent', subjectType: 'user', subjectId: id, organizationId: user.organizationId, summary: user.email });
      });
      return purpose;
    },

    /** The signed-in user's own account. */
    async me(ctx: RequestContext) {
      const actor = policy.assert(ctx.actor, 'editProfile', ctx.actor?.id ?? 0);
      return mustFind(actor.id);
    },

    async updateProfile(ctx: RequestContext, input: unknown) {
      const actor = policy.assert(ctx.actor, 'editProfile', ctx.actor?.id ?? 0);
      const before = await mustFind(actor.id);
      const v = parseCommand(UpdateProfile, input);
      const values = { fullName: v.fullName, phone: v.phone ?? '', title: v.title ?? '' };
      await db.transaction().execute(async (trx) => {
        await repo.updateUser(trx, actor.id, values, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'user', subjectId: actor.id, summary: before.email, changes: diff(before, values) });
      });
    },

    /** For the CLI and the first administrator: an active account with a password, no mail. */
    async createWithPassword(ctx: RequestContext, input: unknown): Promise<number> {
      const v = parseCommand(CreateUserWithPassword, input);
      const problem = passwordProblem(v.password);
      if (problem) throw new ValidationError({ password: problem });
      if (await repo.findUserByEmail(db, v.email)) throw new ValidationError({ email: 'Email này đã có tài khoản.' });
      const roles = asRoles(v.roles);
      const passwordHash = await hashPassword(v.password);
      return db.transaction().execute(async (trx) => {
        const values = { fullName: v.fullName, phone: '', title: '', organizationId: v.organizationId, unitId: null };
        const id = await repo.insertUser(trx, { ...values, email: v.email, status: 'active', passwordHash }, isoNow(clock));
        await repo.replaceRoles(trx, id, roles);
        await audit(trx, ctx, { action: 'create', subjectType: 'user', subjectId: id, organizationId: v.organizationId, summary: v.email, changes: { ...values, email: v.email, roles } });
        return id;
      });
    },

    /** Everything a request needs to know about its signed-in user; null for locked or unknown accounts. */
    async loadActor(userId: number): Promise<Actor | null> {
      const user = await repo.findUser(db, userId);
      if (!user || user.status !== 'active') return null;
      return {
        id: user.id,
        email: user.email,
        fullName: user.fullName,
        title: user.title,
        organizationId: user.organizationId,
        unitId: user.unitId,
        roles: user.roles,
        permissions: permissionsOf(user.roles),
        supervisedOrganizationIds: user.roles.includes('supervisor') ? await organizations.supervisedIds(user.organizationId) : [],
      };
    },

    /** How many accounts hold each role. */
    async roleHolders(ctx: RequestContext): Promise<Record<string, number>> {
      policy.assert(ctx.actor, 'manage', null);
      return repo.countByRole(db);
    },

    async listAll() {
      return (await repo.searchUsers(db, deps.dialect, { limit: 10_000, offset: 0 })).users;
    },

    async count(status?: repo.User['status']) {
      return repo.countUsers(db, status);
    },
  };
}
