import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { hashPassword, passwordProblem, verifyPassword } from '../../platform/auth/passwords.js';
import type { SessionStore } from '../../platform/auth/sessions.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError, TooManyRequestsError, UnauthenticatedError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { ChangePassword, ForgotPassword, Login, SetPassword } from './auth.schema.js';
import type { TokenService } from './tokens.js';
import * as repo from './users.repo.js';

/** At most 10 failed logins per account and per IP address in 15 minutes. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const LOGIN_MAX_FAILURES = 10;

const WRONG_CREDENTIALS = 'Email hoặc mật khẩu không đúng.';

/** A real hash to verify against when the email is unknown, so both paths take the same time. */
let decoyHash: Promise<string> | null = null;

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; sessions: SessionStore; tokens: TokenService }) {
  const { db, clock, audit, sessions, tokens } = deps;

  async function recentFailures(column: 'email' | 'ip', value: string) {
    const since = new Date(clock.now().getTime() - LOGIN_WINDOW_MS).toISOString();
    const row = await db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', value)
      .where('at', '>', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  function checkNewPassword(newPassword: string, confirmPassword: string) {
    const problem = passwordProblem(newPassword);
    if (problem) throw new ValidationError({ newPassword: problem });
    if (newPassword !== confirmPassword) throw new ValidationError({ confirmPassword: 'Hai lần nhập mật khẩu mới không khớp nhau.' });
  }

  return {
    /** Returns the new session's cookie token. Wrong credentials and throttling are both told plainly. */
    async login(ctx: RequestContext, input: unknown, userAgent: string): Promise<{ token: string; userId: number }> {
      const v = parseCommand(Login, input);
      const email = v.email.toLowerCase();
      if ((await recentFailures('email', email)) >= LOGIN_MAX_FAILURES || (await recentFailures('ip', ctx.ip)) >= LOGIN_MAX_FAILURES) {
        throw new TooManyRequestsError('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị viên.');
      }
      const user = await repo.findUserByEmail(db, email);
      decoyHash ??= hashPassword('decoy-password-never-used');
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash), v.password);
      if (!user || !ok || user.status !== 'active') {
        const now = isoNow(clock);
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('login_failures').values({ email, ip: ctx.ip, at: now }).execute();
          await trx.deleteFrom('login_failures').where('at', '<', new Date(clock.now().getTime() - 24 * 3600_000).toISOString()).execute();
          await audit(trx, ctx, {
            action: 'login_failed',
            subjectType: 'user',
            subjectId: user?.id,
            organizationId: user?.organizationId ?? null,
            summary: email,
            changes: { reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : `status_${user.status}` },
          });
        });
        const message = user && ok && user.status === 'disabled' ? 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.' : WRONG_CREDENTIALS;
        throw new ValidationError({ email: message });
      }
      return db.transaction().execute(async (trx) => {
        const token = await sessions.create(trx, user.id, { ip: ctx.ip, userAgent });
        await repo.touchLogin(trx, user.id, isoNow(clock));
        await audit(trx, ctx, { action: 'login', actor: user, subjectType: 'user', subjectId: user.id, organizationId: user.organizationId, summary: email });
        return { token, userId: user.id };
      });
    },

    async logout(ctx: RequestContext, sessionId: string | null) {
      if (!ctx.actor || !sessionId) return;
      await db.transaction().execute(async (trx) => {
        await sessions.destroy(trx, sessionId);
        await audit(trx, ctx, { action: 'logout', subjectType: 'user', subjectId: ctx.actor!.id });
      });
    },

    /** Ends every session of the signed-in user, this one included. */
    async logoutEverywhere(ctx: RequestContext) {
      if (!ctx.actor) throw new UnauthenticatedError();
      return db.transaction().execute(async (trx) => {
        const ended = await sessions.destroyAllOf(trx, ctx.actor!.id);
        await audit(trx, ctx, { action: 'logout_everywhere', subjectType: 'user', subjectId: ctx.actor!.id, changes: { sessions: ended } });
        return ended;
      });
    },

    /** Changing one's password ends the other sessions: whoever knew the old one is signed out. */
    async changePassword(ctx: RequestContext, sessionId: string | null, input: unknown) {
      if (!ctx.actor) throw new UnauthenticatedError();
      const actor = ctx.actor;
      const v = parseCommand(ChangePassword, input);
      if (!(await verifyPassword(await repo.passwordHashOf(db, actor.id), v.currentPassword))) {
        throw new ValidationError({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
      }
      checkNewPassword(v.newPassword, v.confirmPassword);
      const passwordHash = await hashPassword(v.newPassword);
      await db.transaction().execute(async (trx) => {
        await repo.setPasswordHash(trx, actor.id, passwordHash, isoNow(clock));
        await trx.deleteFrom('sessions').where('user_id', '=', actor.id).$if(sessionId !== null, (qb) => qb.where('id', '!=', sessionId!)).execute();
        await audit(trx, ctx, { action: 'password_changed', subjectType: 'user', subjectId: actor.id });
      });
    },

    /** What the set-password page shows for a link; throws when the link is used or expired. */
    async describeToken(token: string) {
      const found = await tokens.peek(token);
      const user = found ? await repo.findUser(db, found.userId) : null;
      if (!found || !user || user.status === 'disabled') {
        throw new NotFoundError('Liên kết không còn hiệu lực (đã dùng hoặc đã hết hạn). Vui lòng đề nghị quản trị viên gửi liên kết mới.');
      }
      return { purpose: found.purpose, email: user.email, fullName: user.fullName };
    },

    /** Accepts an invitation or a reset: sets the password, activates the account, ends old sessions. */
    async setPasswordWithToken(ctx: RequestContext, token: string, input: unknown) {
      const described = await this.describeToken(token);
      const v = parseCommand(SetPassword, input);
      checkNewPassword(v.newPassword, v.confirmPassword);
      const found = (await tokens.peek(token))!;
      const passwordHash = await hashPassword(v.newPassword);
      await db.transaction().execute(async (trx) => {
        if (!(await tokens.consume(trx, token))) throw new NotFoundError('Liên kết đã được sử dụng.');
        await repo.setPasswordHash(trx, found.userId, passwordHash, isoNow(clock));
        await repo.setStatus(trx, found.userId, 'active', isoNow(clock));
        await sessions.destroyAllOf(trx, found.userId);
        await audit(trx, ctx, {
          action: found.purpose === 'invite' ? 'invite_accepted' : 'password_reset',
          subjectType: 'user',
          subjectId: found.userId,
          summary: described.email,
        });
      });
      return described;
    },

    /** "Forgot password": the answer is the same whether or not the email has an account. */
    async requestPasswordReset(ctx: RequestContext, input: unknown) {
      const v = parseCommand(ForgotPassword, input);
      const user = await repo.findUserByEmail(db, v.email);
      if (!user || user.status !== 'active') return;
      await db.transaction().execute(async (trx) => {
        await tokens.issue(trx, user, 'reset');
        await audit(trx, ctx, { action: 'password_reset_requested', subjectType: 'user', subjectId: user.id, organizationId: user.organizationId, summary: user.email });
      });
    },
  };
}
