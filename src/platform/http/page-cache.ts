import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Entry = { body: Buffer; etag: string; type: string };

export type PageCache = ReturnType<typeof createPageCache>;

/**
 * Rendered public pages kept as bytes, with a strong ETag, and dropped whenever content changes.
 * Rendering a page costs far more than sending bytes (DESIGN §7: 2.5k vs 12–19k req/s), and
 * public pages are the same for every visitor, so they are rendered once per change.
 */
export function createPageCache(maxEntries = 2000) {
  const entries = new Map<string, Entry>();
  let generation = 0;

  return {
    /** Sends the cached page for `key`, rendering and storing it first when missing; answers If-None-Match with 304. */
    async send(request: FastifyRequest, reply: FastifyReply, key: string, render: () => Promise<{ body: string; type?: string }>) {
      let entry = entries.get(key);
      if (!entry) {
        const startedAt = generation;
        const rendered = await render();
        const body = Buffer.from(rendered.body);
        entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, type: rendered.type ?? 'text/html; charset=utf-8' };
        // A change that landed while rendering makes this copy stale: serve it once, do not keep it.
        if (startedAt === generation) {
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
          entries.set(key, entry);
        }
      }
      reply.header('etag', entry.etag).header('cache-control', 'public, max-age=0, must-revalidate').type(entry.type);
      if (request.headers['if-none-match'] === entry.etag) return reply.code(304).send();
      return reply.send(entry.body);
    },

    invalidate() {
      generation++;
      entries.clear();
    },

    get size() {
      return entries.size;
    },
  };
}
