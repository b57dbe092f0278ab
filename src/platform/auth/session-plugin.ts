import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ForbiddenError } from '../http/errors.js';
import type { Actor } from './actor.js';
import type { SessionStore } from './sessions.js';

export const SESSION_COOKIE = 'cchc_session';

export type SessionOptions = {
  store: SessionStore;
  /** The actor behind a user id, or null when the account may no longer sign in. */
  loadActor: (userId: number) => Promise<Actor | null>;
};

/** Resolves the session cookie to `request.actor` before any handler runs. */
export const sessionPlugin = fp(async (app: FastifyInstance, options: SessionOptions) => {
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await options.store.resolve(token);
    if (!session) return;
    const actor = await options.loadActor(session.userId);
    if (!actor) return;
    request.actor = actor;
    request.sessionId = session.sessionId;
  });
});

/** HttpOnly and SameSite=Lax always; Secure whenever the request came over HTTPS (directly or via a trusted proxy). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Back-office guard: sends anonymous visitors to the login page and back afterwards. */
export async function requireActor(request: FastifyRequest, reply: FastifyReply) {
  if (request.actor?.permissions.has('backoffice.access')) return;
  if (request.actor) throw new ForbiddenError('Tài khoản của bạn không có quyền truy cập trang quản trị.');
  const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
  return reply.redirect(`/admin/login${next}`, 303);
}
