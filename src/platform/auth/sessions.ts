import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';

/** Back-office sessions: a sign-in lasts 12 hours at most and ends after 60 idle minutes. */
export const SESSION_IDLE_MS = 60 * 60_000;
export const SESSION_MAX_MS = 12 * 60 * 60_000;
/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/** The cookie holds a random token; the database keeps only its hash, so a leaked table opens no session. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export type SessionStore = ReturnType<typeof createSessionStore>;

export function createSessionStore(db: Kysely<DB>, clock: Clock) {
  return {
    /** A new id at every sign-in (no session fixation); returns the cookie value. */
    async create(executor: Kysely<DB>, userId: number, meta: { ip: string; userAgent: string }): Promise<string> {
      const token = newToken();
      const now = clock.now();
      await executor
        .insertInto('sessions')
        .values({
          id: tokenHash(token),
          user_id: userId,
          ip: meta.ip,
          user_agent: meta.userAgent.slice(0, 300),
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: new Date(now.getTime() + SESSION_MAX_MS).toISOString(),
        })
        .execute();
      return token;
    },

    /** The user id of a live session, refreshing its idle clock; null when unknown, idle or expired. */
    async resolve(token: string): Promise<{ userId: number; sessionId: string } | null> {
      const id = tokenHash(token);
      const row = await db.selectFrom('sessions').select(['user_id', 'last_seen_at', 'expires_at']).where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const now = clock.now().getTime();
      const lastSeen = Date.parse(row.last_seen_at);
      if (now > Date.parse(row.expires_at) || now - lastSeen > SESSION_IDLE_MS) {
        await db.deleteFrom('sessions').where('id', '=', id).execute();
        return null;
      }
      if (now - lastSeen > TOUCH_EVERY_MS) {
        await db.updateTable('sessions').set({ last_seen_at: new Date(now).toISOString() }).where('id', '=', id).execute();
      }
      return { userId: row.user_id, sessionId: id };
    },

    async destroy(executor: Kysely<DB>, sessionId: string) {
      await executor.deleteFrom('sessions').where('id', '=', sessionId).execute();
    },

    async destroyAllOf(executor: Kysely<DB>, userId: number) {
      const result = await executor.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async countOf(userId: number) {
      const row = await db.selectFrom('sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
