import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';

/** A rendered page with the headers it was first sent with (security headers included). */
type Entry = { body: Buffer; etag: string; headers: OutgoingHttpHeaders };

export type PageCache = ReturnType<typeof createPageCache>;

/** Headers that belong to one response, never to a stored page. */
const PER_RESPONSE = new Set(['set-cookie', 'x-request-id', 'content-length', 'date', 'connection']);

/**
 * Rendered public pages kept as bytes, with a strong ETag, and dropped whenever content changes.
 * Rendering a page costs far more than sending bytes (DESIGN §7: 2.5k vs 12–19k req/s), and
 * public pages are the same for every visitor, so they are rendered once per change.
 * Once stored, a page is also reachable by its URL from an early hook (`serveStored`), which
 * answers before sessions, rate limits and security-header middleware run: the page carries
 * the headers those produced the first time, and none of them depends on the visitor.
 */
export function createPageCache(maxEntries = 2000) {
  const entries = new Map<string, Entry>();
  const keysByUrl = new Map<string, string>();
  let generation = 0;

  function respond(request: FastifyRequest, reply: FastifyReply, entry: Entry) {
    reply.headers(entry.headers);
    if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
    return reply.send(request.method === 'HEAD' ? undefined : entry.body);
  }

  return {
    /** Sends the cached page for `key`, rendering and storing it first when missing; answers If-None-Match with 304. */
    async send(request: FastifyRequest, reply: FastifyReply, key: string, render: () => Promise<{ body: string; type?: string }>) {
      let entry = entries.get(key);
      if (!entry) {
        const startedAt = generation;
        const rendered = await render();
        const body = Buffer.from(rendered.body);
        const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
        reply.header('etag', etag).header('cache-control', 'public, max-age=0, must-revalidate').type(rendered.type ?? 'text/html; charset=utf-8');
        const headers = Object.fromEntries(Object.entries(reply.getHeaders()).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase())));
        entry = { body, etag, headers };
        // A change that landed while rendering makes this copy stale: serve it once, do not keep it.
        if (startedAt === generation) {
          if (entries.size >= maxEntries) {
            const oldest = entries.keys().next().value!;
            entries.delete(oldest);
            for (const [url, stored] of keysByUrl) if (stored === oldest) keysByUrl.delete(url);
          }
          entries.set(key, entry);
          if (keysByUrl.size < maxEntries * 4) keysByUrl.set(request.url, key);
        }
      }
      return respond(request, reply, entry);
    },

    /** For the earliest request hook: answers a GET or HEAD for a stored page's URL, or returns null. */
    serveStored(request: FastifyRequest, reply: FastifyReply) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      const key = keysByUrl.get(request.url);
      const entry = key === undefined ? undefined : entries.get(key);
      return entry ? respond(request, reply, entry) : null;
    },

    invalidate() {
      generation++;
      entries.clear();
      keysByUrl.clear();
    },

    get size() {
      return entries.size;
    },
  };
}
