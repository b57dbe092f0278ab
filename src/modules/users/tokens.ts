import type { Kysely } from 'kysely';
import { newToken, tokenHash } from '../../platform/auth/sessions.js';
import type { Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import type { JobQueue } from '../../platform/jobs/jobs.js';
import type { MailMessage } from '../../platform/mail/mailer.js';

export type TokenPurpose = 'invite' | 'reset';

/** An invitation stays open a week; a reset link two hours, since it may sit in a shared mailbox. */
const LIFETIME_MS: Record<TokenPurpose, number> = { invite: 7 * 24 * 3600_000, reset: 2 * 3600_000 };

export type TokenService = ReturnType<typeof createTokenService>;

function mailFor(purpose: TokenPurpose, name: string, link: string): Omit<MailMessage, 'to'> {
  if (purpose === 'invite') {
    return {
      subject: 'Mời tham gia hệ thống quản lý tuyên truyền cải cách hành chính',
      text: `Kính gửi ${name},\n\nBạn được mời sử dụng hệ thống quản lý tuyên truyền cải cách hành chính.\nVui lòng mở liên kết sau để đặt mật khẩu và kích hoạt tài khoản (hiệu lực 7 ngày, dùng một lần):\n\n${link}\n\nNếu bạn không chờ thư này, hãy bỏ qua nó.\n`,
    };
  }
  return {
    subject: 'Đặt lại mật khẩu tài khoản quản trị cải cách hành chính',
    text: `Kính gửi ${name},\n\nCó yêu cầu đặt lại mật khẩu cho tài khoản của bạn.\nVui lòng mở liên kết sau để đặt mật khẩu mới (hiệu lực 2 giờ, dùng một lần):\n\n${link}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.\n`,
  };
}

/** One-time links for invitations and password resets; only the token's hash is stored. */
export function createTokenService(deps: { db: Kysely<DB>; clock: Clock; jobs: JobQueue; baseUrl: string }) {
  const { db, clock, jobs, baseUrl } = deps;
  return {
    /** Issues a link and queues its mail in the caller's transaction; earlier links of the same purpose stop working. */
    async issue(trx: Kysely<DB>, user: { id: number; email: string; fullName: string }, purpose: TokenPurpose) {
      const token = newToken();
      const now = clock.now();
      await trx.deleteFrom('user_tokens').where('user_id', '=', user.id).where('purpose', '=', purpose).execute();
      await trx
        .insertInto('user_tokens')
        .values({
          token_hash: tokenHash(token),
          user_id: user.id,
          purpose,
          created_at: now.toISOString(),
          expires_at: new Date(now.getTime() + LIFETIME_MS[purpose]).toISOString(),
          used_at: null,
        })
        .execute();
      const link = `${baseUrl}/admin/password/set/${token}`;
      await jobs.enqueue(trx, 'mail.send', { to: user.email, ...mailFor(purpose, user.fullName, link) });
      return token;
    },

    /** The user and purpose behind an unused, unexpired token. */
    async peek(token: string): Promise<{ userId: number; purpose: TokenPurpose } | null> {
      const row = await db
        .selectFrom('user_tokens')
        .select(['user_id', 'purpose', 'expires_at', 'used_at'])
        .where('token_hash', '=', tokenHash(token))
        .executeTakeFirst();
      if (!row || row.used_at !== null || Date.parse(row.expires_at) < clock.now().getTime()) return null;
      return { userId: row.user_id, purpose: row.purpose as TokenPurpose };
    },

    /** Marks the token used; false when another request used it first. */
    async consume(trx: Kysely<DB>, token: string): Promise<boolean> {
      const result = await trx
        .updateTable('user_tokens')
        .set({ used_at: clock.now().toISOString() })
        .where('token_hash', '=', tokenHash(token))
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
