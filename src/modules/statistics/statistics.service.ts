import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { ImportRejected, readSheet, SheetError } from '../../platform/import/spreadsheet.js';
import { vnDateKey } from '../../shared/dates.js';
import { checkRows } from './statistics.import.js';
import { isSystem, statisticsPolicy as policy } from './statistics.policy.js';
import * as repo from './statistics.repo.js';
import { buildReport, monthsOf, type Period } from './statistics.report.js';
import { CorrectFigures, FIGURE_KEYS, IMPORT_COLUMNS, QUARTERS, type Figures, type Quarter } from './statistics.schema.js';

export type { StatRow, StatValues } from './statistics.repo.js';

/** The filter as it arrives in a query string, Vietnamese names as on the page: ?nam=2025&quy=2&linh-vuc=bao-chi. */
export type FilterInput = { nam?: string; quy?: string; 'linh-vuc'?: string };

export const ALL_YEARS = 'tat-ca';
const PENDING_TTL_MS = 24 * 60 * 60 * 1000;
/** How many replaced rows an import's audit entry names one by one. */
const AUDITED_KEYS = 200;

/** Just the filter's own keys, as trimmed strings (anything else in the query is ignored). */
export function filterInput(query: unknown): FilterInput {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof q[key] === 'string' ? (q[key] as string).trim() : '');
  return { nam: text('nam'), quy: text('quy'), 'linh-vuc': text('linh-vuc') };
}

/**
 * The shape of a filter, checked without the database: what passes can key a cache entry; the
 * values are checked against the data afterwards. Throws ValidationError naming the field.
 */
export function checkFilterShape(input: FilterInput): FilterInput {
  const errors: Record<string, string> = {};
  if (input.nam && input.nam !== ALL_YEARS && !/^\d{4}$/.test(input.nam)) errors.nam = 'Năm không hợp lệ; hãy chọn trong danh sách.';
  if (input.quy && !/^[1-4]$/.test(input.quy)) errors.quy = 'Quý không hợp lệ; hãy chọn trong danh sách.';
  if (input['linh-vuc'] && !/^[a-z0-9-]{1,120}$/.test(input['linh-vuc'])) errors['linh-vuc'] = 'Lĩnh vực không hợp lệ; hãy chọn trong danh sách.';
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  return input;
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;

export function createStatisticsService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditWriter;
  /** The organization whose figures the public page shows. */
  portalOrganizationId: () => Promise<number | null>;
  onChange: () => void;
}) {
  const { db, clock, audit, portalOrganizationId, onChange } = deps;

  /** The month it is in Vietnam now: no figures may be entered for a later one. */
  function currentMonth() {
    const [year, month] = vnDateKey(clock.now()).split('-').map(Number);
    return { year: year!, month: month! };
  }

  /** Whose figures an actor manages: their own organization's, or the portal's for the installation itself. */
  async function organizationOf(ctx: RequestContext): Promise<number> {
    const actor = ctx.actor;
    let organizationId = actor?.organizationId ?? 0;
    if (actor && isSystem(actor)) {
      const portal = await portalOrganizationId();
      if (!portal) throw new ValidationError({ organization: 'Chưa cấu hình cơ quan của cổng thông tin; chưa thể nhập số liệu.' });
      organizationId = portal;
    }
    policy.assert(actor, 'manage', organizationId);
    return organizationId;
  }

  async function mustFind(ctx: RequestContext, id: number) {
    const row = await repo.findRow(db, id);
    if (!row) throw new NotFoundError('Không tìm thấy dòng số liệu.');
    policy.assert(ctx.actor, 'manage', row.organizationId);
    return row;
  }

  /** The filter's values checked against the organization's data; an empty year means the latest year with data. */
  async function resolvePeriod(organizationId: number, input: FilterInput) {
    checkFilterShape(input);
    const years = await repo.years(db, organizationId);
    const fields = await repo.fields(db, organizationId);
    const errors: Record<string, string> = {};
    let year: number | null = years[0] ?? currentMonth().year;
    if (input.nam === ALL_YEARS) year = null;
    else if (input.nam) {
      year = Number(input.nam);
      if (!years.includes(year)) errors.nam = `Chưa có số liệu năm ${input.nam}.`;
    }
    const quarter = input.quy ? (Number(input.quy) as Quarter) : null;
    const fieldKey = input['linh-vuc'] || null;
    if (fieldKey && !fields.some((f) => f.key === fieldKey)) errors['linh-vuc'] = 'Không có số liệu của lĩnh vực này.';
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
    const period: Period = { year, quarter, fieldKey };
    return { period, years, fields };
  }

  /** Writes checked rows, replacing those with the same year, month and field; one audit entry for the whole file. */
  async function writeRows(ctx: RequestContext, organizationId: number, values: repo.StatValues[], fileName: string, also?: (trx: Kysely<DB>) => Promise<void>) {
    const now = isoNow(clock);
    const result = await db.transaction().execute(async (trx) => {
      const existing = await repo.keys(trx, organizationId);
      const fresh: repo.StatValues[] = [];
      const replaced: string[] = [];
      for (const v of values) {
        const id = existing.get(repo.rowKey(v.year, v.month, v.fieldKey));
        if (id === undefined) fresh.push(v);
        else {
          await repo.replaceRow(trx, id, v, now);
          replaced.push(`${v.month}/${v.year} ${v.field}`);
        }
      }
      await repo.insertRows(trx, organizationId, fresh, now);
      await audit(trx, ctx, {
        action: 'import',
        subjectType: 'resolution_statistics',
        organizationId,
        summary: `Nhập ${values.length} dòng số liệu giải quyết TTHC${fileName ? ` (${fileName})` : ''}: ${fresh.length} dòng mới, ${replaced.length} dòng thay thế`,
        changes: { fileName, inserted: fresh.length, replaced: replaced.length, replacedRows: replaced.slice(0, AUDITED_KEYS) },
      });
      await also?.(trx);
      return { imported: values.length, inserted: fresh.length, replaced: replaced.length };
    });
    onChange();
    return result;
  }

  /** Reads and checks a whole file; throws ImportRejected with every problem, the file's structure included. */
  async function checkFile(data: Buffer) {
    let sheetRows;
    try {
      sheetRows = await readSheet(data, IMPORT_COLUMNS);
    } catch (error) {
      if (error instanceof SheetError) throw new ImportRejected([{ line: 1, message: error.message }]);
      throw error;
    }
    const { values, problems } = checkRows(sheetRows, currentMonth());
    if (problems.length > 0) throw new ImportRejected(problems);
    return values;
  }

  /** A prepared import with, for each row, the row it would replace. Only its uploader sees it. */
  async function pending(ctx: RequestContext, token: string) {
    const found = await repo.findPending(db, token);
    if (!found || (found.userId !== null && found.userId !== ctx.actor?.id)) {
      throw new NotFoundError('Không tìm thấy tệp chờ nhập: tệp đã được nhập, đã hủy hoặc đã quá một ngày. Hãy tải tệp lên lại.');
    }
    policy.assert(ctx.actor, 'manage', found.organizationId);
    const existing = new Map((await repo.listRows(db, { organizationId: found.organizationId })).map((r) => [repo.rowKey(r.year, r.month, r.fieldKey), r]));
    return { ...found, rows: found.rows.map((v) => ({ ...v, replaces: existing.get(repo.rowKey(v.year, v.month, v.fieldKey)) ?? null })) };
  }

  return {
    /** The public side: the portal organization's figures, or null when no portal is configured. */
    portalOrganizationId,

    resolvePeriod,

    /** The public report of one period: monthly and per-field totals, the rows themselves. */
    async report(organizationId: number, input: FilterInput) {
      const { period, years, fields } = await resolvePeriod(organizationId, input);
      const rows = await repo.listRows(db, { organizationId, year: period.year ?? undefined, months: monthsOf(period.quarter), fieldKey: period.fieldKey ?? undefined });
      return { period, years, fields, report: buildReport(rows) };
    },

    /** The back office list: the rows of the actor's organization for one year (and field). */
    async list(ctx: RequestContext, input: FilterInput) {
      const organizationId = await organizationOf(ctx);
      const { period, years, fields } = await resolvePeriod(organizationId, { ...input, quy: '' });
      const rows = await repo.listRows(db, { organizationId, year: period.year ?? undefined, fieldKey: period.fieldKey ?? undefined });
      return { period, years, fields, rows: buildReport(rows).rows };
    },

    async get(ctx: RequestContext, id: number) {
      return mustFind(ctx, id);
    },

    /** Corrects the figures of one row (a typo in an import, a late revision by the one-stop shop). */
    async correct(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFind(ctx, id);
      const v = parseCommand(CorrectFigures, input) as Figures;
      const figures = Object.fromEntries(FIGURE_KEYS.map((key) => [key, v[key]])) as Figures;
      await db.transaction().execute(async (trx) => {
        await repo.updateFigures(trx, id, figures, isoNow(clock));
        await audit(trx, ctx, {
          action: 'update',
          subjectType: 'resolution_statistics',
          subjectId: id,
          organizationId: before.organizationId,
          summary: `Sửa số liệu ${before.field}, tháng ${before.month}/${before.year}`,
          changes: diff(before, figures),
        });
      });
      onChange();
    },

    async remove(ctx: RequestContext, id: number) {
      const row = await mustFind(ctx, id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteRow(trx, id);
        await audit(trx, ctx, {
          action: 'delete',
          subjectType: 'resolution_statistics',
          subjectId: id,
          organizationId: row.organizationId,
          summary: `Xóa số liệu ${row.field}, tháng ${row.month}/${row.year}`,
          changes: row,
        });
      });
      onChange();
      return row;
    },

    /** `cchc import statistics FILE`: checks the whole file and writes it, or writes nothing and throws ImportRejected. */
    async importFile(ctx: RequestContext, data: Buffer, fileName = '') {
      const organizationId = await organizationOf(ctx);
      return writeRows(ctx, organizationId, await checkFile(data), fileName);
    },

    /** Rows built in code (the demo loader), checked like a file's. */
    async importRows(ctx: RequestContext, values: repo.StatValues[], source: string) {
      const organizationId = await organizationOf(ctx);
      return writeRows(ctx, organizationId, values, source);
    },

    /** The upload page's first step: a file without problems is kept for the person to review and confirm. */
    async prepareImport(ctx: RequestContext, data: Buffer, fileName: string) {
      const organizationId = await organizationOf(ctx);
      const values = await checkFile(data);
      const token = randomBytes(18).toString('base64url');
      await repo.prunePending(db, new Date(clock.now().getTime() - PENDING_TTL_MS).toISOString());
      await repo.savePending(db, { token, organizationId, userId: ctx.actor && !isSystem(ctx.actor) ? ctx.actor.id : null, fileName, rows: values, createdAt: isoNow(clock) });
      return token;
    },

    pending,

    async confirmImport(ctx: RequestContext, token: string) {
      const prepared = await pending(ctx, token);
      const values = prepared.rows.map(({ replaces: _replaces, ...v }) => v);
      // Deleted in the same transaction: a double click imports once, the second finds nothing.
      return writeRows(ctx, prepared.organizationId, values, prepared.fileName, async (trx) => {
        const gone = await trx.deleteFrom('statistics_imports').where('token', '=', token).executeTakeFirst();
        if (Number(gone.numDeletedRows) !== 1) throw new NotFoundError('Tệp này đã được nhập.');
      });
    },

    async cancelImport(ctx: RequestContext, token: string) {
      await pending(ctx, token);
      await repo.deletePending(db, token);
    },
  };
}

/** The quarter choices of the filter forms. */
export const QUARTER_OPTIONS = Object.entries(QUARTERS).map(([value, q]) => ({ value, label: q.label }));
