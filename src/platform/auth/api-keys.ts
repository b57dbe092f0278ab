import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import Type from 'typebox';
import type { AuditWriter } from '../audit/audit.js';
import { isoNow, type Clock } from '../clock.js';
import type { DB } from '../db/schema.js';
import { NotFoundError } from '../http/errors.js';
import type { RateCounter } from '../http/rate-counter.js';
import { parseCommand } from '../http/validation.js';
import type { RequestContext } from './actor.js';
import * as repo from './api-keys.repo.js';
import { definePolicy, has } from './policy.js';

export type { ApiKey } from './api-keys.repo.js';

/**
 * API keys of partner systems (the write side of Open311). A key is `cchc_` and 43 random base64url
 * characters (256 bits), printed once at creation; only its sha256 is kept, with its first
 * characters (`prefix`) to tell keys apart. Each key has its own rate, counted by a RateCounter.
 */
export const DEFAULT_RATE_PER_MINUTE = 600;
const KEY_PREFIX = 'cchc_';
const SHOWN_CHARS = KEY_PREFIX.length + 6;
/** last_used_at is written at most this often per key, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export const CreateApiKey = Type.Object({
  name: Type.String({ title: 'Tên', minLength: 2, maxLength: 100 }),
  ratePerMinute: Type.Integer({ title: 'Số yêu cầu mỗi phút', minimum: 1, maximum: 100_000, errorMessage: 'Số yêu cầu mỗi phút phải là số nguyên từ 1 đến 100000.' }),
});

/** Keys are an administrator's business, like accounts. */
const policy = definePolicy({ manage: (actor) => has(actor, 'users.manage') });

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Why a request's key was refused, or the key that admits it. */
export type KeyCheck = { ok: true; key: repo.ApiKey } | { ok: false; reason: 'missing' | 'unknown' | 'revoked' | 'rate' };

export type ApiKeys = ReturnType<typeof createApiKeys>;

export function createApiKeys({ db, clock, audit, counter }: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; counter: RateCounter }) {
  return {
    /** Makes a key; the returned `key` is the only time it exists outside the caller. */
    async create(ctx: RequestContext, input: unknown) {
      policy.assert(ctx.actor, 'manage', undefined);
      const given = (input ?? {}) as Record<string, unknown>;
      const v = parseCommand(CreateApiKey, { ...given, ratePerMinute: given.ratePerMinute || DEFAULT_RATE_PER_MINUTE });
      const key = KEY_PREFIX + randomBytes(32).toString('base64url');
      const prefix = key.slice(0, SHOWN_CHARS);
      const id = await db.transaction().execute(async (trx) => {
        const id = await repo.insert(trx, { name: v.name, keyHash: sha256(key), prefix, ratePerMinute: v.ratePerMinute, at: isoNow(clock) });
        await audit(trx, ctx, { action: 'api_key.create', subjectType: 'api_key', subjectId: id, summary: `${v.name} (${prefix}…)`, changes: { name: v.name, prefix, ratePerMinute: v.ratePerMinute } });
        return id;
      });
      return { id, key, prefix, name: v.name, ratePerMinute: v.ratePerMinute };
    },

    async list(ctx: RequestContext) {
      policy.assert(ctx.actor, 'manage', undefined);
      return repo.list(db);
    },

    /** Revokes a key at once: its next request is refused (403). */
    async revoke(ctx: RequestContext, id: number) {
      policy.assert(ctx.actor, 'manage', undefined);
      const found = await repo.find(db, id);
      if (!found) throw new NotFoundError(`Không có khóa API #${id}.`);
      await db.transaction().execute(async (trx) => {
        if (!(await repo.revoke(trx, id, isoNow(clock)))) return;
        await audit(trx, ctx, { action: 'api_key.revoke', subjectType: 'api_key', subjectId: id, summary: `${found.name} (${found.prefix}…)` });
      });
      return found;
    },

    /** A request's key: known, not revoked, and within its rate for the current minute. */
    async check(text: string | undefined): Promise<KeyCheck> {
      if (!text) return { ok: false, reason: 'missing' };
      const key = await repo.findByHash(db, sha256(text));
      if (!key) return { ok: false, reason: 'unknown' };
      if (key.revokedAt) return { ok: false, reason: 'revoked' };
      if (!(await counter.hit(`api-key:${key.id}`, key.ratePerMinute))) return { ok: false, reason: 'rate' };
      const now = clock.now();
      if (!key.lastUsedAt || now.getTime() - new Date(key.lastUsedAt).getTime() >= TOUCH_EVERY_MS) await repo.touch(db, key.id, now.toISOString());
      return { ok: true, key };
    },
  };
}
