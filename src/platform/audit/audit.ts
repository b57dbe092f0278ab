import type { Kysely } from 'kysely';
import type { RequestContext } from '../auth/actor.js';
import type { Clock } from '../clock.js';
import type { DB } from '../db/schema.js';

export type AuditEntry = {
  action: string;
  subjectType: string;
  subjectId?: string | number;
  organizationId?: number | null;
  summary?: string;
  /** What changed: `{ field: [before, after] }`, or the created/deleted values. */
  changes?: Record<string, unknown>;
  /** Who acted, when not the request's actor (a login happens before the request has one). */
  actor?: { id: number; fullName: string };
};

/** Fields never copied into the audit log, whatever object they ride on. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'password_hash', 'token', 'secret']);

/** `{ field: [before, after] }` for the fields whose value changed, secrets omitted. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (SECRET_FIELDS.has(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = [before[key] ?? null, after[key] ?? null];
  }
  return changes;
}

export function withoutSecrets(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !SECRET_FIELDS.has(key)));
}

export type AuditWriter = (db: Kysely<DB>, ctx: RequestContext, entry: AuditEntry) => Promise<void>;

/**
 * Writes one audit row with the caller's executor: pass the transaction that makes the change,
 * so the change and its record commit or roll back together.
 */
export function createAuditWriter(clock: Clock): AuditWriter {
  return async (db, ctx, entry) => {
    const actor = entry.actor ?? ctx.actor;
    await db
      .insertInto('audit_log')
      .values({
        at: clock.now().toISOString(),
        actor_id: actor && actor.id > 0 ? actor.id : null,
        actor_name: actor?.fullName ?? '',
        organization_id: entry.organizationId ?? (ctx.actor?.organizationId || null),
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId === undefined ? '' : String(entry.subjectId),
        summary: entry.summary ?? '',
        changes: JSON.stringify(entry.changes ?? {}),
        ip: ctx.ip,
        request_id: ctx.requestId,
      })
      .execute();
  };
}
