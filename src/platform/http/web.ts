import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { VNode } from 'preact';
import type { Actor, RequestContext } from '../auth/actor.js';
import type { FormState } from '../views/components/form.js';
import type { Flash, NavItem, Site, ViewContext } from '../views/context.js';
import { renderDocument } from '../views/render.js';
import { ValidationError } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    /** Who acts and from where, for services and the audit log. */
    readonly ctx: RequestContext;
  }
  interface FastifyReply {
    /**
     * What the layouts need: path, CSRF token, actor, flash message, site, navigation.
     * `shared` leaves out everything personal, for pages cached and served to every visitor.
     */
    viewContext(options?: { shared?: boolean }): Promise<ViewContext>;
    render(page: VNode, status?: number): FastifyReply;
    flash(kind: Flash['kind'], message: string): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Set false on routes that authenticate otherwise (API keys); every other unsafe method needs a token. */
    csrf?: boolean;
  }
}

const FLASH_COOKIE = 'cchc_flash';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type WebOptions = {
  secret: string;
  site: () => Promise<Site>;
  nav: readonly NavItem[];
};

/** HTML plumbing every module shares: cookies, forms, CSRF, security headers, rendering, flash messages. */
export const webPlugin = fp(async (app: FastifyInstance, options: WebOptions) => {
  await app.register(cookie, { secret: options.secret });
  await app.register(formbody);
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'cchc_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', path: '/' },
    // Multipart uploads are read inside their handlers, after this check: their token rides in the query.
    getToken: (request) => {
      const body = request.body as Record<string, unknown> | undefined;
      const query = request.query as Record<string, unknown> | undefined;
      const token = body?._csrf ?? request.headers['x-csrf-token'] ?? query?._csrf;
      return typeof token === 'string' ? token : undefined;
    },
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // Articles may show images from other https sites (the sanitizer allows https sources only).
        imgSrc: ["'self'", 'data:', 'https:'],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // Cross-origin isolation headers would break PDF and image embeds from the storage backend later.
    crossOriginEmbedderPolicy: false,
  });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest): RequestContext {
      return { actor: this.actor, ip: this.ip, requestId: String(this.id) };
    },
  });

  app.decorateReply('render', function (this: FastifyReply, page: VNode, status = 200) {
    return this.code(status).type('text/html; charset=utf-8').send(renderDocument(page));
  });

  app.decorateReply('flash', function (this: FastifyReply, kind: Flash['kind'], message: string) {
    return this.setCookie(FLASH_COOKIE, JSON.stringify({ kind, message }), { path: '/', httpOnly: true, sameSite: 'lax', signed: true });
  });

  app.decorateReply('viewContext', async function (this: FastifyReply, viewOptions: { shared?: boolean } = {}): Promise<ViewContext> {
    const request = this.request;
    const shared = viewOptions.shared === true;
    return {
      path: request.url.split('?')[0]!,
      csrfToken: shared ? '' : this.generateCsrf(),
      actor: shared ? null : request.actor,
      flash: shared ? null : readFlash(request, this),
      site: await options.site(),
      nav: options.nav,
      requestId: String(request.id),
    };
  });

  // Runs after the body is parsed, so the token can come from the form field `_csrf`.
  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSAFE.has(request.method) || request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });
});

function readFlash(request: FastifyRequest, reply: FastifyReply): Flash | null {
  const raw = request.cookies[FLASH_COOKIE];
  if (!raw) return null;
  reply.clearCookie(FLASH_COOKIE, { path: '/' });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  try {
    return JSON.parse(unsigned.value) as Flash;
  } catch {
    return null;
  }
}

/**
 * The form round trip of rule 4: run the command; on invalid input show the same page again
 * with status 422, the messages and the user's own input; otherwise let `done` redirect.
 */
export async function submitForm<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  steps: { run: () => Promise<T>; invalid: (form: FormState<any>) => Promise<VNode> | VNode; done: (result: T) => FastifyReply | Promise<FastifyReply> },
) {
  try {
    const result = await steps.run();
    return steps.done(result);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const values = { ...((request.body as Record<string, unknown>) ?? {}) };
    delete values._csrf;
    return reply.render(await steps.invalid({ values, errors: error.fields }), 422);
  }
}

/**
 * A filtered list: invalid filters are reported beside their fields (status 422) while the
 * unfiltered list is still shown, so a typo never leaves the page empty.
 */
export async function filteredList<R>(query: Record<string, unknown>, search: (input: Record<string, unknown>) => Promise<R>) {
  const filters: FormState<any> = { values: query, errors: {} };
  try {
    return { filters, result: await search(query), status: 200 };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    filters.errors = error.fields;
    return { filters, result: await search({}), status: 422 };
  }
}
