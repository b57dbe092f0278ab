import type { Kysely } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';

export type AuditRecord = {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string;
  action: string;
  subjectType: string;
  subjectId: string;
  summary: string;
  changes: Record<string, unknown>;
  ip: string;
  requestId: string;
};

export type AuditQuery = {
  organizationId?: number;
  q?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  fromInstant?: string;
  toInstant?: string;
  limit: number;
  offset: number;
};

export async function searchAudit(db: Kysely<DB>, dialect: Dialect, query: AuditQuery): Promise<{ total: number; records: AuditRecord[] }> {
  const base = db
    .selectFrom('audit_log')
    .$if(query.organizationId !== undefined, (qb) => qb.where('organization_id', '=', query.organizationId!))
    .$if(Boolean(query.q), (qb) =>
      qb.where((eb) => eb.or([dialect.contains('actor_name', query.q!), dialect.contains('summary', query.q!), eb('ip', '=', query.q!)])),
    )
    .$if(Boolean(query.action), (qb) => qb.where('action', '=', query.action!))
    .$if(Boolean(query.subjectType), (qb) => qb.where('subject_type', '=', query.subjectType!))
    .$if(Boolean(query.subjectId), (qb) => qb.where('subject_id', '=', query.subjectId!))
    .$if(Boolean(query.fromInstant), (qb) => qb.where('at', '>=', query.fromInstant!))
    .$if(Boolean(query.toInstant), (qb) => qb.where('at', '<', query.toInstant!));
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base.selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
  return {
    total: Number(counted?.n ?? 0),
    records: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      summary: r.summary,
      changes: JSON.parse(r.changes) as Record<string, unknown>,
      ip: r.ip,
      requestId: r.request_id,
    })),
  };
}
