import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { ImportRejected, readSheet, SheetError, type RowProblem } from '../../platform/import/spreadsheet.js';
import { queryTerms, searchKey, type Search } from '../../platform/search/search.js';
import type { Storage } from '../../platform/storage/storage.js';
import { slugify, sortVi } from '../../shared/text.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { httpsUrl, LineError, lines, parseComponents, parseFees, shortCode, workingDaysIn } from './procedures.format.js';
import { columnTitle, COLUMNS, rowInput } from './procedures.import.js';
import { saveTemplate } from './procedures.media.js';
import { proceduresPolicy as policy } from './procedures.policy.js';
import * as repo from './procedures.repo.js';
import { ONLINE_LEVELS, ProcedureFilters, SaveProcedure, type Level, type OnlineLevel } from './procedures.schema.js';

export type { Component, Procedure, ProcedureSummary } from './procedures.repo.js';

export const PAGE_SIZE = 20;
export const SEARCH_TYPE = 'procedure';
/** The portal category procedures are filed under in the site search (content's default categories). */
const SEARCH_CATEGORY = 'thu-tuc-hanh-chinh';

export const procedureUrl = (slug: string) => `/thu-tuc-hanh-chinh/${slug}`;

/** One row of an import as the preview shows it. */
export type PreviewRow = {
  line: number;
  code: string;
  name: string;
  field: string;
  onlineLevel: OnlineLevel | null;
  action: 'create' | 'update';
  problems: RowProblem[];
};

export type ImportPreview = { rows: PreviewRow[]; problems: RowProblem[] };

/** Component names match when they fold to the same words ("Đơn đề nghị" = "don de nghi"). */
const sameName = (a: string, b: string) => searchKey(a) === searchKey(b);

export type ProceduresService = ReturnType<typeof createProceduresService>;

export function createProceduresService(deps: {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditWriter;
  search: Search;
  storage: Storage;
  organizations: Pick<OrganizationsService, 'portalOrganizationId'>;
  /** Called after every change the public can see (page caches listen). */
  onChange: () => void;
}) {
  const { db, dialect, clock, audit, search, storage, organizations, onChange } = deps;

  async function mustFind(id: number) {
    const procedure = await repo.findProcedure(db, id);
    if (!procedure) throw new NotFoundError('Không tìm thấy thủ tục hành chính.');
    return procedure;
  }

  /**
   * The organization a command acts in: the actor's own, or for the installation itself (the
   * `cchc` command) the organization whose portal this is.
   */
  async function organizationOf(ctx: RequestContext): Promise<number> {
    if (!ctx.actor) throw new UnauthenticatedError();
    if (ctx.actor.id !== 0) return ctx.actor.organizationId;
    const portal = await organizations.portalOrganizationId();
    if (!portal) throw new ValidationError({ file: 'Chưa cấu hình cơ quan của cổng thông tin; hãy tạo cơ quan và chọn cơ quan của cổng trước khi nhập thủ tục.' });
    return portal;
  }

  /**
   * Parses and checks one procedure, from the form or from a spreadsheet row. The lists are read
   * even when other fields are invalid, so a person sees every problem at once.
   */
  function contentOf(input: unknown): repo.ProcedureContent {
    const raw = (input ?? {}) as Record<string, unknown>;
    const text = (field: string) => (typeof raw[field] === 'string' ? (raw[field] as string).normalize('NFC').trim() : '');
    const errors: Record<string, string> = {};
    let v: Static<typeof SaveProcedure> | null = null;
    try {
      v = parseCommand(SaveProcedure, { ...raw, code: shortCode(text('code')) });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(errors, error.fields);
    }
    const guard = <T,>(field: string, read: () => T, fallback: T): T => {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        errors[field] ??= error.message;
        return fallback;
      }
    };
    const fees = guard('fees', () => parseFees(text('fees')), []);
    const components = guard('components', () => parseComponents(text('components')), []);
    const onlineUrl = text('onlineUrl') ? httpsUrl(text('onlineUrl')) : '';
    if (onlineUrl === null) errors.onlineUrl ??= 'Địa chỉ dịch vụ công trực tuyến phải là một liên kết https đầy đủ, ví dụ https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.004227.';
    const steps = lines(text('steps'));
    if (steps.length === 0) errors.steps ??= 'Vui lòng nhập trình tự thực hiện, mỗi bước một dòng.';
    if (!v || Object.keys(errors).length > 0) throw new ValidationError(errors);
    const levels = (Array.isArray(v.levels) ? v.levels : [v.levels]) as Level[];
    return {
      code: v.code,
      name: v.name,
      field: v.field,
      levels: [...new Set(levels)],
      agency: v.agency,
      onlineLevel: v.onlineLevel as OnlineLevel,
      processingTime: v.processingTime,
      processingDays: v.processingDays ?? workingDaysIn(v.processingTime),
      fees,
      components,
      steps,
      submission: v.submission ?? '',
      conditions: lines(v.conditions),
      legalBasis: lines(v.legalBasis),
      result: v.result ?? '',
      onlineUrl: onlineUrl ?? '',
    };
  }

  const keysOf = (c: repo.ProcedureContent) => ({ nameKey: searchKey(c.name), fieldKey: slugify(c.field, 120) || 'khac' });

  async function uniqueSlug(executor: Kysely<DB>, c: repo.ProcedureContent) {
    const base = slugify(c.name, 90) || 'thu-tuc';
    const candidates = [base, `${base}-${c.code.replace('.', '-')}`];
    for (let n = 2; ; n++) {
      const candidate = candidates.shift() ?? `${base}-${c.code.replace('.', '-')}-${n}`;
      if (!(await repo.slugTaken(executor, candidate))) return candidate;
    }
  }

  /** What the site search holds for a procedure. Runs inside the caller's transaction and uses only `trx`. */
  async function index(trx: Kysely<DB>, p: repo.Procedure) {
    await search.upsert(trx, {
      type: SEARCH_TYPE,
      refId: p.id,
      organizationId: p.organizationId,
      title: p.name,
      body: [
        `Mã thủ tục ${p.code}. Lĩnh vực ${p.field}. ${p.agency}. Dịch vụ công trực tuyến: ${ONLINE_LEVELS[p.onlineLevel].toLowerCase()}.`,
        `Thời hạn giải quyết: ${p.processingTime}`,
        `Thành phần hồ sơ: ${p.components.map((c) => c.name).join('; ')}`,
        p.steps.join('\n'),
        p.result,
      ]
        .filter(Boolean)
        .join('\n'),
      url: procedureUrl(p.slug),
      category: SEARCH_CATEGORY,
      publishedAt: p.updatedAt,
    });
  }

  /** Writes one procedure (new or existing) with its components, index entry and audit row, inside `trx`. */
  async function save(trx: Kysely<DB>, ctx: RequestContext, organizationId: number, content: repo.ProcedureContent, before: repo.Procedure | null) {
    const now = isoNow(clock);
    let id: number;
    if (before) {
      id = before.id;
      await repo.updateProcedure(trx, id, content, keysOf(content), now);
    } else {
      id = await repo.insertProcedure(trx, { organizationId, slug: await uniqueSlug(trx, content), content, keys: keysOf(content) }, now);
    }
    const dropped = await repo.replaceComponents(trx, id, content.components, sameName);
    const after = (await repo.findProcedure(trx, id))!;
    await index(trx, after);
    const changes = before ? diff({ ...before, components: before.components.map((c) => ({ name: c.name, copies: c.copies })) }, content) : undefined;
    await audit(trx, ctx, { action: before ? 'update' : 'create', subjectType: 'procedure', subjectId: id, organizationId, summary: `${content.code} ${content.name}`, changes });
    return { id, dropped };
  }

  async function assertCodeFree(organizationId: number, code: string, exceptId: number | null) {
    if (await repo.codeTaken(db, organizationId, code, exceptId)) throw new ValidationError({ code: `Mã thủ tục ${code} đã có trong danh mục; hãy sửa thủ tục đó thay vì thêm mới.` });
  }

  /** Reads the filters of a list; a code-like query ("1.0042") searches codes by prefix, anything else the name's folded words. */
  function listQuery(organizationId: number, input: unknown): repo.ListQuery & { page: number } {
    const f = parseCommand(ProcedureFilters, input);
    const page = f.page ?? 1;
    const q = (f.q ?? '').trim();
    const codeLike = /^\d{1,2}(\.\d{0,6})?$/.test(shortCode(q));
    return {
      organizationId,
      codePrefix: q && codeLike ? shortCode(q) : undefined,
      words: q && !codeLike ? queryTerms(q) : undefined,
      fieldKey: f.field,
      level: f.level as Level | undefined,
      onlineLevel: f.online as OnlineLevel | undefined,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      page,
    };
  }

  /** A component's template set or removed, the procedure marked changed and the step audited, in one transaction. */
  async function writeTemplate(ctx: RequestContext, procedure: repo.Procedure, componentId: number, template: Parameters<typeof repo.setTemplate>[2], change: [string | null, string | null]) {
    await db.transaction().execute(async (trx) => {
      await repo.setTemplate(trx, componentId, template);
      await repo.touch(trx, procedure.id, isoNow(clock));
      await audit(trx, ctx, {
        action: 'update',
        subjectType: 'procedure',
        subjectId: procedure.id,
        organizationId: procedure.organizationId,
        summary: `${procedure.code} ${procedure.name}`,
        changes: { template: change },
      });
    });
  }

  async function removeFiles(keys: string[]) {
    for (const key of keys) await storage.remove(key);
  }

  /** Checks every row of a sheet without writing anything. */
  async function check(organizationId: number, data: Buffer): Promise<ImportPreview & { contents: (repo.ProcedureContent | null)[]; existing: Map<string, number> }> {
    const rows = await readSheet(data, [...COLUMNS]);
    if (rows.length === 0) throw new SheetError('Tệp chỉ có dòng tiêu đề, không có thủ tục nào.');
    const existing = await repo.idsByCode(db, organizationId, [...new Set(rows.map((r) => shortCode(r.cells.code ?? '')))]);
    const firstLine = new Map<string, number>();
    const preview: PreviewRow[] = [];
    const contents: (repo.ProcedureContent | null)[] = [];
    for (const row of rows) {
      const { input, problems: cellProblems } = rowInput(row.cells);
      const problems: RowProblem[] = cellProblems.map((p) => ({ line: row.line, field: columnTitle(p.field), message: p.message }));
      let content: repo.ProcedureContent | null = null;
      try {
        content = contentOf(input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const [field, message] of Object.entries(error.fields)) {
          const title = columnTitle(field === 'processingDays' ? 'processingTime' : field);
          if (!problems.some((p) => p.field === title)) problems.push({ line: row.line, field: title, message });
        }
      }
      const code = String(input.code ?? '');
      const seen = firstLine.get(code);
      if (code !== '' && seen !== undefined) problems.push({ line: row.line, field: columnTitle('code'), message: `Mã thủ tục ${code} đã có ở dòng ${seen} của tệp.` });
      else if (code !== '') firstLine.set(code, row.line);
      preview.push({
        line: row.line,
        code,
        name: row.cells.name ?? '',
        field: row.cells.field ?? '',
        onlineLevel: content?.onlineLevel ?? null,
        action: existing.has(code) ? 'update' : 'create',
        problems,
      });
      contents.push(problems.length === 0 ? content : null);
    }
    return { rows: preview, problems: preview.flatMap((r) => r.problems), contents, existing };
  }

  /** A sheet that cannot be read at all is one message on the upload field. */
  async function readable<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof SheetError) throw new ValidationError({ file: error.message });
      throw error;
    }
  }

  return {
    async list(ctx: RequestContext, input: unknown) {
      const organizationId = await organizationOf(ctx);
      policy.assert(ctx.actor, 'manage', organizationId);
      const { page, ...query } = listQuery(organizationId, input);
      return { ...(await repo.list(db, dialect, query)), page, pageSize: PAGE_SIZE };
    },

    async get(ctx: RequestContext, id: number) {
      const procedure = await mustFind(id);
      policy.assert(ctx.actor, 'manage', procedure.organizationId);
      return procedure;
    },

    async create(ctx: RequestContext, input: unknown): Promise<number> {
      const organizationId = await organizationOf(ctx);
      policy.assert(ctx.actor, 'manage', organizationId);
      const content = contentOf(input);
      await assertCodeFree(organizationId, content.code, null);
      const { id } = await db.transaction().execute((trx) => save(trx, ctx, organizationId, content, null));
      onChange();
      return id;
    },

    async update(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFind(id);
      policy.assert(ctx.actor, 'manage', before.organizationId);
      const content = contentOf(input);
      await assertCodeFree(before.organizationId, content.code, id);
      const { dropped } = await db.transaction().execute((trx) => save(trx, ctx, before.organizationId, content, before));
      await removeFiles(dropped);
      onChange();
    },

    async remove(ctx: RequestContext, id: number) {
      const procedure = await mustFind(id);
      policy.assert(ctx.actor, 'manage', procedure.organizationId);
      await db.transaction().execute(async (trx) => {
        await repo.deleteProcedure(trx, id);
        await search.remove(trx, SEARCH_TYPE, id);
        await audit(trx, ctx, { action: 'delete', subjectType: 'procedure', subjectId: id, organizationId: procedure.organizationId, summary: `${procedure.code} ${procedure.name}` });
      });
      await removeFiles(procedure.components.flatMap((c) => (c.template ? [c.template.key] : [])));
      onChange();
      return procedure;
    },

    /** Attaches a form template (DOCX, PDF, XLSX; sniffed) to one dossier component, replacing any earlier one. */
    async setTemplate(ctx: RequestContext, procedureId: number, componentId: number, file: { data: Buffer; fileName: string }) {
      const procedure = await mustFind(procedureId);
      policy.assert(ctx.actor, 'manage', procedure.organizationId);
      const component = procedure.components.find((c) => c.id === componentId);
      if (!component) throw new NotFoundError('Không tìm thấy thành phần hồ sơ.');
      const template = await saveTemplate(storage, procedureId, file.data, file.fileName);
      await writeTemplate(ctx, procedure, componentId, template, [component.template?.fileName ?? null, `${component.name}: ${template.fileName}`]);
      if (component.template) await storage.remove(component.template.key);
      onChange();
    },

    async removeTemplate(ctx: RequestContext, procedureId: number, componentId: number) {
      const procedure = await mustFind(procedureId);
      policy.assert(ctx.actor, 'manage', procedure.organizationId);
      const component = procedure.components.find((c) => c.id === componentId);
      if (!component?.template) throw new NotFoundError('Không tìm thấy mẫu đơn, tờ khai.');
      await writeTemplate(ctx, procedure, componentId, null, [`${component.name}: ${component.template.fileName}`, null]);
      await storage.remove(component.template.key);
      onChange();
    },

    /** Checks a CSV/XLSX file row by row and says what importing it would do; writes nothing. */
    async previewFile(ctx: RequestContext, data: Buffer): Promise<ImportPreview> {
      const organizationId = await organizationOf(ctx);
      policy.assert(ctx.actor, 'manage', organizationId);
      const { rows, problems } = await readable(() => check(organizationId, data));
      return { rows, problems };
    },

    /**
     * Imports a whole file or nothing: every row is checked first, and any problem rejects the file
     * with all problems listed (ImportRejected). Rows whose code is already in the catalogue update
     * that procedure (its address and form templates stay); the others are added. One transaction.
     */
    async importFile(ctx: RequestContext, data: Buffer): Promise<{ imported: number; created: number; updated: number }> {
      const organizationId = await organizationOf(ctx);
      policy.assert(ctx.actor, 'manage', organizationId);
      const checked = await readable(() => check(organizationId, data));
      if (checked.problems.length > 0) throw new ImportRejected(checked.problems);
      const contents = checked.contents as repo.ProcedureContent[];
      const dropped: string[] = [];
      let created = 0;
      await db.transaction().execute(async (trx) => {
        for (const content of contents) {
          const existingId = checked.existing.get(content.code);
          const before = existingId ? await repo.findProcedure(trx, existingId) : null;
          if (!before) created++;
          dropped.push(...(await save(trx, ctx, organizationId, content, before)).dropped);
        }
        await audit(trx, ctx, {
          action: 'import',
          subjectType: 'procedure',
          organizationId,
          summary: `Nhập ${contents.length} thủ tục từ tệp`,
          changes: { created, updated: contents.length - created },
        });
      });
      await removeFiles(dropped);
      onChange();
      return { imported: contents.length, created, updated: contents.length - created };
    },

    // Public reads: the procedures of the portal's organization.
    portalOrganizationId: () => organizations.portalOrganizationId(),

    /** The public catalogue page; invalid filters throw ValidationError like any command. */
    async catalogue(organizationId: number, input: unknown) {
      const { page, ...query } = listQuery(organizationId, input);
      return { ...(await repo.list(db, dialect, query)), page, pageSize: PAGE_SIZE };
    },

    /** Fields in Vietnamese order with their counts, for the filter. */
    async fields(organizationId: number) {
      return sortVi(await repo.fields(db, organizationId), (f) => f.name);
    },

    countByOnlineLevel: (organizationId: number) => repo.countByOnlineLevel(db, organizationId),

    published: (organizationId: number, slug: string) => repo.findBySlug(db, organizationId, slug),

    /** A form template the public may download: one of a portal procedure's components. */
    async publicTemplate(componentId: number) {
      const organizationId = await organizations.portalOrganizationId();
      const component = await repo.findComponent(db, componentId);
      const procedure = component ? await repo.findProcedure(db, component.procedureId) : null;
      if (!component?.template || !procedure || procedure.organizationId !== organizationId) throw new NotFoundError('Không tìm thấy mẫu đơn, tờ khai.');
      return { ...component.template, procedureName: procedure.name, stream: await storage.read(component.template.key) };
    },
  };
}
