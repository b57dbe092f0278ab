import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { CODINGS, preferredCoding, type ContentCoding } from './content-coding.js';

/**
 * A rendered page in one content coding, with the headers it was first sent with (security headers
 * included), also as a flat name/value list: Node writes such a list markedly faster than an object
 * (measured: about a fifth more responses a second with these 16 headers).
 */
type Variant = { body: Buffer; etag: string; headers: OutgoingHttpHeaders; headerList: string[] };
/** A page as sent uncompressed and, when that is smaller, compressed once when stored. */
type Entry = { identity: Variant } & Partial<Record<ContentCoding, Variant>>;

// Measured on the demo's 38 KB home page: brotli quality 5 takes 0.7 ms and is 10% larger than the
// best quality (11), which takes 25 ms; gzip's best takes 0.4 ms. Done here on the main thread, once
// per change of a page: the thread pool would keep memory of its own in every thread that compressed.
const compressors: Record<(typeof CODINGS)[number], { compress: (body: Buffer) => Buffer; etagSuffix: string }> = {
  br: { compress: (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }), etagSuffix: '-br' },
  gzip: { compress: (body) => gzipSync(body, { level: constants.Z_BEST_COMPRESSION }), etagSuffix: '-gz' },
};

/** Below this a page is sent as it is: the compressed form would save less than a packet. */
const COMPRESS_FROM_BYTES = 1024;

function variant(body: Buffer, etag: string, common: OutgoingHttpHeaders, coding: ContentCoding): Variant {
  const headers: OutgoingHttpHeaders = { ...common, etag, ...(coding === 'identity' ? {} : { 'content-encoding': coding }) };
  return { body, etag, headers, headerList: Object.entries(headers).flatMap(([name, value]) => [name, String(value)]) };
}

/** Every form of a rendered page; `common` are the headers all of them share (Vary included). */
function entryFor(body: Buffer, common: OutgoingHttpHeaders): Entry {
  const hash = createHash('sha1').update(body).digest('base64url');
  const entry: Entry = { identity: variant(body, `"${hash}"`, common, 'identity') };
  if (body.length < COMPRESS_FROM_BYTES) return entry;
  for (const coding of CODINGS) {
    const compressed = compressors[coding].compress(body);
    if (compressed.length < body.length) entry[coding] = variant(compressed, `"${hash}${compressors[coding].etagSuffix}"`, common, coding);
  }
  return entry;
}

/** The form of `entry` to send for the request's Accept-Encoding. */
function variantFor(entry: Entry, acceptEncoding: string | undefined): Variant {
  return entry[preferredCoding(acceptEncoding)] ?? entry.identity;
}

/** Vary as the page's own headers had it, with Accept-Encoding added: caches must keep each coding apart. */
function withVary(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const vary = headers.vary === undefined ? [] : String(headers.vary).split(',').map((v) => v.trim());
  return { ...headers, vary: [...vary.filter((v) => v.toLowerCase() !== 'accept-encoding'), 'Accept-Encoding'].join(', ') };
}

export type PageCache = ReturnType<typeof createPageCache>;

/** Headers that belong to one response, never to a stored page. */
const PER_RESPONSE = new Set(['set-cookie', 'x-request-id', 'content-length', 'date', 'connection', 'etag', 'content-encoding']);

/**
 * Rendered public pages kept as bytes (also brotli- and gzip-compressed, sent to browsers that accept
 * them: a third of the bytes or less on a citizen's phone), each form with its own strong ETag, and
 * dropped whenever content changes.
 * Rendering a page costs far more than sending bytes (DESIGN §7: 2.5k vs 12–19k req/s), and
 * public pages are the same for every visitor, so they are rendered once per change.
 * Once stored, a page is also reachable by its URL in front of the framework (`serveFront`, called
 * by the HTTP server before Fastify sees the request), as a reverse proxy's cache would answer:
 * no routing, hooks, sessions or rate limits run. The page carries the headers those produced the
 * first time, and none of them depends on the visitor. Such hits are counted (`frontHits`) for
 * the metrics, not logged one by one.
 */
export function createPageCache(maxEntries = 2000) {
  const entries = new Map<string, Entry>();
  const keysByUrl = new Map<string, string>();
  let generation = 0;
  let frontHits = 0;

  function respond(request: FastifyRequest, reply: FastifyReply, entry: Entry) {
    const chosen = variantFor(entry, request.headers['accept-encoding']);
    reply.headers(chosen.headers);
    if (request.headers['if-none-match'] === chosen.etag) return reply.code(304).send();
    return reply.send(request.method === 'HEAD' ? undefined : chosen.body);
  }

  function stored(method: string | undefined, url: string | undefined) {
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined) return undefined;
    const key = keysByUrl.get(url);
    return key === undefined ? undefined : entries.get(key);
  }

  return {
    /** Sends the cached page for `key`, rendering and storing it first when missing; answers If-None-Match with 304. */
    async send(request: FastifyRequest, reply: FastifyReply, key: string, render: () => Promise<{ body: string; type?: string }>) {
      let entry = entries.get(key);
      if (!entry) {
        const startedAt = generation;
        const rendered = await render();
        reply.header('cache-control', 'public, max-age=0, must-revalidate').type(rendered.type ?? 'text/html; charset=utf-8');
        const common = withVary(Object.fromEntries(Object.entries(reply.getHeaders()).filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()))));
        entry = entryFor(Buffer.from(rendered.body), common);
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

    /** For the HTTP server, before Fastify: answers a GET or HEAD for a stored page's URL and returns true, or returns false. */
    serveFront(request: IncomingMessage, response: ServerResponse, newRequestId: () => string) {
      const entry = stored(request.method, request.url);
      if (!entry) return false;
      frontHits++;
      const chosen = variantFor(entry, request.headers['accept-encoding']);
      const notModified = request.headers['if-none-match'] === chosen.etag;
      const length = notModified ? [] : ['content-length', String(chosen.body.length)];
      response.writeHead(notModified ? 304 : 200, [...chosen.headerList, 'x-request-id', newRequestId(), ...length]);
      response.end(notModified || request.method === 'HEAD' ? undefined : chosen.body);
      return true;
    },

    invalidate() {
      generation++;
      entries.clear();
      keysByUrl.clear();
    },

    get size() {
      return entries.size;
    },

    get frontHits() {
      return frontHits;
    },
  };
}
