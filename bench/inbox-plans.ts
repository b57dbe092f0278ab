/**
 * The feedback inbox's SQL, statement by statement, on the cached 1,000,000-case database (build
 * it first with `npm run bench -- --inbox` or `node --import tsx bench/inbox-scale.ts`):
 *
 *   node --import tsx bench/inbox-plans.ts
 *
 * Each filter of the inbox goes through the module's own repository (feedback.repo.ts) on a Kysely
 * whose log captures every statement; each statement is then run again 3 times with better-sqlite3
 * (median) and shown with SQLite's EXPLAIN QUERY PLAN. No HTTP, no rendering: it says which
 * statement costs what and why, bench/inbox-scale.ts measures the page.
 */
import { existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { countsByStatus, inbox, type InboxQuery } from '../src/modules/feedback/feedback.repo.js';
import { dialectFor } from '../src/platform/db/dialect.js';
import type { DB } from '../src/platform/db/schema.js';
import { inboxPath } from './lib/inbox-build.js';
import { ms, table } from './lib/report.js';
import { percentile } from './lib/timing.js';
import { INBOX_SIZE } from './inbox-scale.js';

const today = new Date().toISOString().slice(0, 10);
const path = inboxPath(INBOX_SIZE, today);
if (!existsSync(path)) {
  console.error(`no inbox database at ${path}: run node --import tsx bench/inbox-scale.ts first`);
  process.exit(1);
}
const sqlite = new SQLite(path, { readonly: true });
const captured: { sql: string; parameters: readonly unknown[] }[] = [];
const log = (event: LogEvent) => void captured.push({ sql: event.query.sql, parameters: event.query.parameters });
const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log });

const one = (query: string) => sqlite.prepare(query).pluck().get() as number;
const organizationId = one('SELECT organization_id FROM feedback_fields ORDER BY id LIMIT 1');
const fieldId = one('SELECT field_id FROM feedback WHERE field_id IS NOT NULL ORDER BY id LIMIT 1');
const unitId = one('SELECT unit_id FROM feedback WHERE unit_id IS NOT NULL ORDER BY id LIMIT 1');
const assigneeId = one('SELECT assignee_id FROM feedback WHERE assignee_id IS NOT NULL ORDER BY id LIMIT 1');
const weekEnd = new Date(Date.parse(today) + 6 * 86_400_000).toISOString().slice(0, 10);

const page = { organizationId, limit: 20, offset: 0 };
const CASES: [string, InboxQuery][] = [
  ['default', page],
  ['page 50', { ...page, offset: 980 }],
  ['status=handling', { ...page, status: 'handling' }],
  ['status=answered', { ...page, status: 'answered' }],
  ['field', { ...page, fieldId }],
  // A field no case has: the index must say so at once, not after a walk through every case.
  ['field with no case', { ...page, fieldId: 999_999 }],
  ['status=answered + field with no case', { ...page, status: 'answered', fieldId: 999_999 }],
  ['unit', { ...page, unitId }],
  ['assignee', { ...page, assigneeId }],
  ['overdue', { ...page, dueBefore: today }],
  ['due this week', { ...page, dueBetween: [today, weekEnd] }],
  ['status=handling + field', { ...page, status: 'handling', fieldId }],
];

const time = (statement: SQLite.Statement, parameters: readonly unknown[]) => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    statement.all(...parameters);
    times.push(performance.now() - started);
  }
  return percentile(times.sort((a, b) => a - b), 50);
};

const rows: (string | number)[][] = [];
async function explain(label: string, run: () => Promise<unknown>) {
  captured.length = 0;
  await run();
  for (const [i, statement] of captured.entries()) {
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.parameters) as { detail: string }[];
    rows.push([i === 0 ? label : '', statement.sql.includes('left join') ? 'rows' : statement.sql.includes('count(*)') ? 'count' : 'ids', ms(time(sqlite.prepare(statement.sql), statement.parameters)), plan.map((p) => p.detail).join('; ')]);
  }
}

const counts = await countsByStatus(db, organizationId);
for (const [label, query] of CASES) await explain(label, () => inbox(db, dialectFor('sqlite'), query, counts));
await explain('counts per state', () => countsByStatus(db, organizationId));
console.log(table(['filter', 'statement', 'median ms', 'plan'], rows));
await db.destroy();
