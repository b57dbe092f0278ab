import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { NotFoundError, ValidationError, type FieldErrors } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { ImportRejected, readSheet, SheetError, type ColumnSpec, type RowProblem } from '../../platform/import/spreadsheet.js';
import { queryTerms, searchKey, type Search } from '../../platform/search/search.js';
import type { Storage } from '../../platform/storage/storage.js';
import { parseVnDate, startOfVnDay, vnDateKey, type DateKey } from '../../shared/dates.js';
import { foldVi, normalizeInput, slugify } from '../../shared/text.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import { documentsPolicy as policy } from './documents.policy.js';
import { extractText, sniffAttachment } from './documents.files.js';
import * as repo from './documents.repo.js';
import {
  DOCUMENT_STATUSES,
  DOCUMENT_TYPE_KEYS,
  DOCUMENT_TYPES,
  DocumentFilters,
  PublicDocumentFilters,
  SaveDocument,
  SaveRelation,
  STATUS_SLUGS,
  TYPE_ABBREVIATIONS,
  TYPE_SLUGS,
  type DocumentStatus,
  type DocumentType,
  type PublicSort,
} from './documents.schema.js';
import { checkNumberSymbol, formatCode } from './documents.symbol.js';

export type { DocumentAttachment, DocumentFields, LegalDocument, RelatedDocument, Relation } from './documents.repo.js';

export const ADMIN_PAGE_SIZE = 20;
export const PUBLIC_PAGE_SIZE = 20;
export const SEARCH_TYPE = 'document';

/** The site search keeps this much of a document's text (PostgreSQL's tsvector stops at 1 MB). */
const MAX_SEARCH_BODY = 500_000;

/**
 * The columns of an import (README "Importing documents"). Headers match loosely: case, tone
 * marks and punctuation are ignored, so "SO KY HIEU" or "Số ký hiệu" is "Số, ký hiệu".
 */
export const IMPORT_COLUMNS: ColumnSpec[] = [
  { field: 'numberSymbol', headers: ['Số, ký hiệu', 'Số ký hiệu', 'Số hiệu'], required: true },
  { field: 'type', headers: ['Loại văn bản', 'Loại'] },
  { field: 'issuerName', headers: ['Cơ quan ban hành', 'Cơ quan'], required: true },
  { field: 'signerName', headers: ['Người ký'] },
  { field: 'signerTitle', headers: ['Chức vụ người ký', 'Chức vụ'] },
  { field: 'issuedOn', headers: ['Ngày ban hành'], required: true },
  { field: 'effectiveOn', headers: ['Ngày hiệu lực', 'Ngày có hiệu lực'] },
  { field: 'expiresOn', headers: ['Ngày hết hiệu lực'] },
  { field: 'status', headers: ['Tình trạng', 'Tình trạng hiệu lực'] },
  { field: 'field', headers: ['Lĩnh vực'] },
  { field: 'summary', headers: ['Trích yếu'], required: true },
  { field: 'bodyText', headers: ['Nội dung', 'Toàn văn'] },
];

/** One row of an import as the preview shows it. */
export type ImportRow = { line: number; code: string; type: string; issuerName: string; issuedOn: string; summary: string; problems: string[] };

export type ImportPreview = { rows: ImportRow[]; problems: RowProblem[]; token: string | null };

const FIELD_ORDER = Object.keys(SaveDocument.properties);

const ordered = (errors: FieldErrors): FieldErrors => {
  const out: FieldErrors = {};
  for (const key of FIELD_ORDER) if (errors[key]) out[key] = errors[key];
  return { ...out, ...errors };
};

/** A type as a sheet names it: its label ("Kế hoạch", "ke hoach") or its exact abbreviation ("KH"). */
function typeFromCell(cell: string): DocumentType | undefined {
  const folded = foldVi(cell).trim();
  return DOCUMENT_TYPE_KEYS.find((k) => foldVi(DOCUMENT_TYPES[k].label) === folded) ?? TYPE_ABBREVIATIONS.get(cell.trim());
}

/** With no type given, the symbol's first group names it: "45/KH-STTTT" is a Kế hoạch. */
function typeFromCode(code: string): DocumentType | undefined {
  const symbol = code.trim().split('/').at(-1) ?? '';
  return TYPE_ABBREVIATIONS.get(symbol.split('-')[0] ?? '');
}

function statusFromCell(cell: string): DocumentStatus | undefined {
  const folded = foldVi(cell).trim();
  return (Object.keys(DOCUMENT_STATUSES) as DocumentStatus[]).find((k) => foldVi(DOCUMENT_STATUSES[k]) === folded);
}

async function toBuffer(stream: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;

/** The public list's filters once read: code names, not the query string's Vietnamese slugs. */
export type PublicFilters = {
  q: string;
  type?: DocumentType;
  status?: DocumentStatus;
  year?: number;
  issuerName?: string;
  field?: string;
  sort: repo.ListQuery['sort'];
  page: number;
};

export function createDocumentsService(deps: {
  db: Kysely<DB>;
  dialect: Dialect;
  clock: Clock;
  audit: AuditWriter;
  search: Search;
  storage: Storage;
  organizations: OrganizationsService;
  /** Called after every change the public can see (page caches listen). */
  onChange: () => void;
}) {
  const { db, dialect, clock, audit, search, storage, organizations, onChange } = deps;

  /**
   * The installation itself (the CLI, `systemContext`) belongs to no organization: it works on the
   * portal organization's library, and the audit log records that organization.
   */
  async function acting(ctx: RequestContext): Promise<RequestContext> {
    const actor = ctx.actor;
    if (!actor || actor.id !== 0 || actor.organizationId !== 0) return ctx;
    const portal = await organizations.portalOrganizationId();
    if (!portal) throw new ValidationError({ organization: 'Chưa có cơ quan nào được chọn làm cổng thông tin; hãy tạo cơ quan trước.' });
    return { ...ctx, actor: { ...actor, organizationId: portal } };
  }

  async function manager(ctx: RequestContext, organizationId?: number) {
    const acted = await acting(ctx);
    const actor = policy.assert(acted.actor, 'manage', organizationId ?? acted.actor?.organizationId ?? 0);
    return { ctx: acted, actor };
  }

  async function mustFind(id: number) {
    const found = await repo.findDocument(db, id);
    if (!found) throw new NotFoundError('Không tìm thấy văn bản.');
    return found;
  }

  const today = () => vnDateKey(clock.now());

  /**
   * Parses and checks a document's fields, reporting every problem at once (a form or an import
   * row shows them all): the schema, then the dates (dd/mm/yyyy, issue ≤ effective ≤ expiry), the
   * number and symbol against REFERENCE §1.4 and the type, the issuer, and last a duplicate
   * số/ký hiệu of the same issuer in the same year.
   */
  async function fieldsOf(organizationId: number, input: unknown, exceptId?: number): Promise<repo.DocumentFields> {
    const errors: FieldErrors = {};
    let v: Static<typeof SaveDocument> | null = null;
    try {
      v = parseCommand(SaveDocument, input);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      Object.assign(errors, error.fields);
    }
    const raw = normalizeInput((input ?? {}) as Record<string, unknown>);
    const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : '');

    const date = (key: 'issuedOn' | 'effectiveOn' | 'expiresOn', label: string): DateKey | null => {
      if (errors[key] || text(key) === '') return null;
      const parsed = parseVnDate(text(key));
      if (!parsed) errors[key] = `${label} không hợp lệ; nhập theo dạng dd/mm/yyyy, ví dụ 05/03/2020.`;
      return parsed;
    };
    const issuedOn = date('issuedOn', 'Ngày ban hành');
    const effectiveOn = date('effectiveOn', 'Ngày có hiệu lực');
    const expiresOn = date('expiresOn', 'Ngày hết hiệu lực');
    if (issuedOn && issuedOn > today()) errors.issuedOn = 'Ngày ban hành không được sau ngày hôm nay.';
    if (issuedOn && effectiveOn && effectiveOn < issuedOn) errors.effectiveOn = 'Ngày có hiệu lực không được trước ngày ban hành.';
    if (expiresOn && (effectiveOn ?? issuedOn) && expiresOn < (effectiveOn ?? issuedOn)!) {
      errors.expiresOn = effectiveOn ? 'Ngày hết hiệu lực không được trước ngày có hiệu lực.' : 'Ngày hết hiệu lực không được trước ngày ban hành.';
    }
    const status = text('status') as DocumentStatus;
    if (expiresOn && expiresOn <= today() && Object.hasOwn(DOCUMENT_STATUSES, status) && status !== 'expired') {
      errors.status = `Văn bản đã hết hiệu lực từ ${expiresOn.split('-').reverse().join('/')}; hãy chọn tình trạng “Hết hiệu lực” hoặc sửa ngày hết hiệu lực.`;
    }

    const type = text('type') as DocumentType;
    let numberSymbol: { number: string; year: number | null; symbol: string } | null = null;
    if (!errors.numberSymbol && text('numberSymbol') !== '' && Object.hasOwn(DOCUMENT_TYPES, type)) {
      const checked = checkNumberSymbol(text('numberSymbol'), type, issuedOn ? Number(issuedOn.slice(0, 4)) : null);
      if (checked.ok) numberSymbol = checked.value;
      else errors.numberSymbol = checked.message;
    }

    let issuerName = text('issuerName');
    let issuerOrganizationId: number | null = null;
    const chosen = /^\d{1,9}$/.test(text('issuerOrganizationId')) ? Number(text('issuerOrganizationId')) : 0;
    if (chosen > 0 && !errors.issuerOrganizationId) {
      const organization = (await organizations.options()).find((o) => o.id === chosen);
      if (!organization) errors.issuerOrganizationId = 'Cơ quan đã chọn không tồn tại.';
      else {
        issuerOrganizationId = organization.id;
        if (issuerName === '') issuerName = organization.name;
      }
    }
    if (issuerName === '' && !errors.issuerName && !errors.issuerOrganizationId) errors.issuerName = 'Vui lòng nhập cơ quan ban hành (hoặc chọn một cơ quan trong hệ thống).';

    if (Object.keys(errors).length > 0 || !v || !numberSymbol || !issuedOn) throw new ValidationError(ordered(errors));

    const fields: repo.DocumentFields = {
      type: v.type as DocumentType,
      number: numberSymbol.number,
      codeYear: numberSymbol.year,
      symbol: numberSymbol.symbol,
      issuerName,
      issuerOrganizationId,
      signerName: v.signerName ?? '',
      signerTitle: v.signerTitle ?? '',
      issuedOn,
      effectiveOn,
      expiresOn,
      status: v.status as DocumentStatus,
      field: v.field ?? '',
      summary: v.summary,
      bodyText: v.bodyText ?? '',
      published: v.published === '1',
    };
    const duplicate = await repo.findDuplicate(db, { organizationId, fields, exceptId });
    if (duplicate) {
      throw new ValidationError({
        numberSymbol: `Số, ký hiệu ${duplicate.code} của ${duplicate.issuerName} năm ${duplicate.issuedOn.slice(0, 4)} đã có trong thư viện (“${duplicate.summary}”).`,
      });
    }
    return fields;
  }

  const codeOf = (f: repo.DocumentFields) => formatCode({ number: f.number, year: f.codeYear, symbol: f.symbol });

  async function uniqueSlug(executor: Kysely<DB>, f: repo.DocumentFields) {
    const base = slugify(`${codeOf(f)} ${f.summary}`, 80) || 'van-ban';
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!(await repo.slugTaken(executor, candidate))) return candidate;
    }
  }

  /** Every word a reader may look a document up by, folded, with a space at each end (see repo.listDocuments). */
  function searchKeyOf(f: repo.DocumentFields, attachmentTexts: string[]) {
    const words = [codeOf(f), DOCUMENT_TYPES[f.type].label, f.summary, f.issuerName, f.signerName, f.signerTitle, f.field, f.bodyText, ...attachmentTexts];
    return ` ${searchKey(words.join('\n'))} `;
  }

  /**
   * The site search entry of a document: registered while published, removed otherwise. Runs in the
   * caller's transaction and uses only `trx` (on SQLite a query on `db` would wait for the connection).
   */
  async function index(trx: Kysely<DB>, doc: repo.LegalDocument) {
    if (!doc.published) return search.remove(trx, SEARCH_TYPE, doc.id);
    const texts = await repo.attachmentTexts(trx, doc.id);
    const body = [doc.summary, doc.issuerName, [doc.signerTitle, doc.signerName].filter(Boolean).join(' '), doc.field, doc.bodyText, ...texts]
      .filter((part) => part.trim() !== '')
      .join('\n')
      .slice(0, MAX_SEARCH_BODY);
    await search.upsert(trx, {
      type: SEARCH_TYPE,
      refId: doc.id,
      organizationId: doc.organizationId,
      title: `${DOCUMENT_TYPES[doc.type].label} ${doc.code}: ${doc.summary}`,
      body,
      url: `/van-ban/${doc.slug}`,
      publishedAt: startOfVnDay(doc.issuedOn).toISOString(),
    });
  }

  async function refreshSearch(trx: Kysely<DB>, id: number) {
    const doc = (await repo.findDocument(trx, id))!;
    await repo.setSearchKey(trx, id, searchKeyOf(doc, await repo.attachmentTexts(trx, id)), isoNow(clock));
    await index(trx, doc);
    return doc;
  }

  const auditSummary = (d: { code: string; summary: string }) => `${d.code} — ${d.summary}`.slice(0, 300);

  async function insert(trx: Kysely<DB>, ctx: RequestContext, organizationId: number, fields: repo.DocumentFields, action: string) {
    const slug = await uniqueSlug(trx, fields);
    const id = await repo.insertDocument(trx, { organizationId, slug, fields, searchKey: searchKeyOf(fields, []) }, isoNow(clock));
    await index(trx, (await repo.findDocument(trx, id))!);
    await audit(trx, ctx, { action, subjectType: 'document', subjectId: id, organizationId, summary: auditSummary({ code: codeOf(fields), summary: fields.summary }) });
    return id;
  }

  /** Reads a sheet and checks every row as the form would, and the rows against each other. */
  async function checkSheet(organizationId: number, data: Buffer) {
    let sheet;
    try {
      sheet = await readSheet(data, IMPORT_COLUMNS);
    } catch (error) {
      if (error instanceof SheetError) throw new ValidationError({ file: error.message });
      throw error;
    }
    if (sheet.length === 0) throw new ValidationError({ file: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.' });
    const known = await organizations.options();
    const seen = new Map<string, number>();
    const rows: ImportRow[] = [];
    const ready: repo.DocumentFields[] = [];
    const problems: RowProblem[] = [];
    for (const { line, cells } of sheet) {
      const typeCell = cells.type ?? '';
      const type = typeCell === '' ? typeFromCode(cells.numberSymbol ?? '') : typeFromCell(typeCell);
      const statusCell = cells.status ?? '';
      const status = statusCell === '' ? 'inForce' : statusFromCell(statusCell);
      const issuer = known.find((o) => foldVi(o.name) === foldVi(cells.issuerName ?? ''));
      const input = { ...cells, type: type ?? '', status: status ?? '', issuerOrganizationId: issuer ? String(issuer.id) : '', published: '1' };
      const messages: string[] = [];
      let fields: repo.DocumentFields | null = null;
      try {
        fields = await fieldsOf(organizationId, input);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const [field, message] of Object.entries(error.fields)) {
          if (field === 'type' && typeCell !== '') messages.push(`Loại văn bản “${typeCell}” không có trong danh mục (ví dụ: Kế hoạch, Quyết định, Nghị định, Thông tư).`);
          else if (field === 'type') messages.push('Vui lòng nhập loại văn bản (không suy ra được từ ký hiệu).');
          else if (field === 'status' && !status) messages.push(`Tình trạng “${statusCell}” không hợp lệ; dùng: ${Object.values(DOCUMENT_STATUSES).join(', ')}.`);
          else messages.push(message);
        }
      }
      if (fields) {
        const key = [fields.issuedOn.slice(0, 4), repo.issuerKeyOf(fields.issuerName), repo.codeKeyOf(codeOf(fields))].join('|');
        const first = seen.get(key);
        if (first !== undefined) messages.push(`Số, ký hiệu ${codeOf(fields)} trùng với dòng ${first} (cùng cơ quan ban hành, cùng năm).`);
        else seen.set(key, line);
        ready.push(fields);
      }
      for (const message of messages) problems.push({ line, message });
      rows.push({
        line,
        code: cells.numberSymbol ?? '',
        type: type ? DOCUMENT_TYPES[type].label : typeCell,
        issuerName: cells.issuerName ?? '',
        issuedOn: cells.issuedOn ?? '',
        summary: cells.summary ?? '',
        problems: messages,
      });
    }
    return { rows, ready, problems };
  }

  /** All rows in one transaction: any bad row and nothing is saved (the caller has checked them). */
  async function importChecked(ctx: RequestContext, organizationId: number, ready: repo.DocumentFields[]) {
    await db.transaction().execute(async (trx) => {
      for (const fields of ready) await insert(trx, ctx, organizationId, fields, 'import');
    });
    onChange();
    return { imported: ready.length };
  }

  const stagedKey = (actorId: number, token: string) => `imports/documents/${actorId}-${token}.bin`;

  async function portalOrganization() {
    return organizations.portalOrganizationId();
  }

  return {
    /** The back office list: every document of the actor's organization, published or not. */
    async list(ctx: RequestContext, input: unknown) {
      const { actor } = await manager(ctx);
      const f = parseCommand(DocumentFilters, input);
      const page = f.page ?? 1;
      const result = await repo.listDocuments(db, dialect, {
        organizationId: actor.organizationId,
        terms: f.q ? queryTerms(f.q) : undefined,
        type: f.type as DocumentType | undefined,
        status: f.status as DocumentStatus | undefined,
        year: f.year,
        published: f.published === undefined ? undefined : f.published === '1',
        sort: 'newest',
        limit: ADMIN_PAGE_SIZE,
        offset: (page - 1) * ADMIN_PAGE_SIZE,
      });
      return { ...result, page, pageSize: ADMIN_PAGE_SIZE };
    },

    async get(ctx: RequestContext, id: number) {
      const doc = await mustFind(id);
      await manager(ctx, doc.organizationId);
      return doc;
    },

    /** For pages that show a form before any command runs: the same rule as the commands. */
    async assertCanManage(ctx: RequestContext) {
      await manager(ctx);
    },

    async create(ctx: RequestContext, input: unknown): Promise<number> {
      const { ctx: acted, actor } = await manager(ctx);
      const fields = await fieldsOf(actor.organizationId, input);
      const id = await db.transaction().execute((trx) => insert(trx, acted, actor.organizationId, fields, 'create'));
      if (fields.published) onChange();
      return id;
    },

    /** A saved document keeps its address (slug) even when its number is corrected: links to it must not break. */
    async update(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFind(id);
      const { ctx: acted } = await manager(ctx, before.organizationId);
      const fields = await fieldsOf(before.organizationId, input, id);
      await db.transaction().execute(async (trx) => {
        await repo.updateDocument(trx, id, fields, searchKeyOf(fields, await repo.attachmentTexts(trx, id)), isoNow(clock));
        await index(trx, (await repo.findDocument(trx, id))!);
        const { bodyText, ...visible } = fields;
        const changes: Record<string, unknown> = diff({ ...before }, visible);
        if (bodyText !== before.bodyText) changes.bodyText = 'đã sửa nội dung';
        await audit(trx, acted, { action: 'update', subjectType: 'document', subjectId: id, organizationId: before.organizationId, summary: auditSummary({ code: codeOf(fields), summary: fields.summary }), changes });
      });
      if (before.published || fields.published) onChange();
    },

    async remove(ctx: RequestContext, id: number) {
      const doc = await mustFind(id);
      const { ctx: acted } = await manager(ctx, doc.organizationId);
      const files = await repo.listAttachments(db, id);
      await db.transaction().execute(async (trx) => {
        await repo.deleteDocument(trx, id);
        await search.remove(trx, SEARCH_TYPE, id);
        await audit(trx, acted, { action: 'delete', subjectType: 'document', subjectId: id, organizationId: doc.organizationId, summary: auditSummary(doc), changes: { attachments: files.map((f) => f.fileName) } });
      });
      for (const file of files) await storage.remove(file.storageKey);
      onChange();
      return doc;
    },

    attachments: (documentId: number) => repo.listAttachments(db, documentId),
    relations: (documentId: number) => repo.listRelations(db, documentId),

    /** The documents a relation can point at: the rest of the organization's library. */
    async choices(ctx: RequestContext, exceptId: number) {
      const { actor } = await manager(ctx);
      return (await repo.listChoices(db, actor.organizationId)).filter((d) => d.id !== exceptId);
    },

    /**
     * Stores a PDF or DOCX (type read from its bytes, 10 MB at most), extracts its text and adds
     * that text to the document's search key and site search entry, in one transaction.
     */
    async addAttachment(ctx: RequestContext, documentId: number, file: { data: Buffer; fileName: string }) {
      const doc = await mustFind(documentId);
      const { ctx: acted } = await manager(ctx, doc.organizationId);
      const sniffed = await sniffAttachment(documentId, file.data, file.fileName);
      const text = await extractText(sniffed.kind, file.data);
      await storage.put(sniffed.storageKey, file.data);
      try {
        const id = await db.transaction().execute(async (trx) => {
          const id = await repo.insertAttachment(trx, { documentId, storageKey: sniffed.storageKey, fileName: sniffed.fileName, mime: sniffed.mime, size: file.data.length, text }, isoNow(clock));
          await refreshSearch(trx, documentId);
          await audit(trx, acted, { action: 'create', subjectType: 'document_attachment', subjectId: id, organizationId: doc.organizationId, summary: `${doc.code}: ${sniffed.fileName}`, changes: { textCharacters: text.length } });
          return id;
        });
        if (doc.published) onChange();
        return { id, fileName: sniffed.fileName, hasText: text !== '' };
      } catch (error) {
        await storage.remove(sniffed.storageKey);
        throw error;
      }
    },

    async removeAttachment(ctx: RequestContext, attachmentId: number) {
      const attachment = await repo.findAttachment(db, attachmentId);
      if (!attachment) throw new NotFoundError('Không tìm thấy tệp đính kèm.');
      const doc = await mustFind(attachment.documentId);
      const { ctx: acted } = await manager(ctx, doc.organizationId);
      await db.transaction().execute(async (trx) => {
        await repo.deleteAttachment(trx, attachmentId);
        await refreshSearch(trx, doc.id);
        await audit(trx, acted, { action: 'delete', subjectType: 'document_attachment', subjectId: attachmentId, organizationId: doc.organizationId, summary: `${doc.code}: ${attachment.fileName}` });
      });
      await storage.remove(attachment.storageKey);
      if (doc.published) onChange();
      return attachment;
    },

    /** "This document replaces / amends / guides that one"; the other page shows it the other way round. */
    async addRelation(ctx: RequestContext, documentId: number, input: unknown) {
      const doc = await mustFind(documentId);
      const { ctx: acted } = await manager(ctx, doc.organizationId);
      const v = parseCommand(SaveRelation, input);
      const target = await repo.findDocument(db, v.targetId);
      if (!target || target.organizationId !== doc.organizationId) throw new ValidationError({ targetId: 'Văn bản liên quan không có trong thư viện.' });
      if (target.id === doc.id) throw new ValidationError({ targetId: 'Một văn bản không thể liên quan với chính nó.' });
      const kind = v.kind as repo.Relation['kind'];
      if (await repo.relationExists(db, doc.id, target.id, kind)) throw new ValidationError({ targetId: 'Hai văn bản này đã có quan hệ đó.' });
      await db.transaction().execute(async (trx) => {
        await repo.insertRelation(trx, { fromId: doc.id, toId: target.id, kind }, isoNow(clock));
        await audit(trx, acted, { action: 'relate', subjectType: 'document', subjectId: doc.id, organizationId: doc.organizationId, summary: auditSummary(doc), changes: { [kind]: target.code } });
      });
      if (doc.published || target.published) onChange();
    },

    async removeRelation(ctx: RequestContext, documentId: number, input: unknown) {
      const doc = await mustFind(documentId);
      const { ctx: acted } = await manager(ctx, doc.organizationId);
      const v = parseCommand(SaveRelation, input);
      const kind = v.kind as repo.Relation['kind'];
      await db.transaction().execute(async (trx) => {
        if (!(await repo.deleteRelation(trx, { fromId: doc.id, toId: v.targetId, kind }))) throw new NotFoundError('Không tìm thấy quan hệ này.');
        await audit(trx, acted, { action: 'unrelate', subjectType: 'document', subjectId: doc.id, organizationId: doc.organizationId, summary: auditSummary(doc), changes: { [kind]: v.targetId } });
      });
      onChange();
    },

    /**
     * `cchc import documents FILE`: every row checked, then all saved in one transaction, or none
     * (ImportRejected lists each bad row's problems, "Dòng 3: Số, ký hiệu không đúng dạng …").
     */
    async importFile(ctx: RequestContext, data: Buffer) {
      const { ctx: acted, actor } = await manager(ctx);
      let checked;
      try {
        checked = await checkSheet(actor.organizationId, data);
      } catch (error) {
        if (error instanceof ValidationError && error.fields.file) throw new ImportRejected([{ line: 1, message: error.fields.file }]);
        throw error;
      }
      if (checked.problems.length > 0) throw new ImportRejected(checked.problems);
      return importChecked(acted, actor.organizationId, checked.ready);
    },

    /**
     * The upload page's first step: the rows with their problems. A clean file is kept until the
     * editor confirms (the token names it); a file with problems is not kept: fix and upload again.
     */
    async previewImport(ctx: RequestContext, data: Buffer): Promise<ImportPreview> {
      const { actor } = await manager(ctx);
      const { rows, problems } = await checkSheet(actor.organizationId, data);
      if (problems.length > 0) return { rows, problems, token: null };
      const token = randomBytes(16).toString('hex');
      await storage.put(stagedKey(actor.id, token), data);
      return { rows, problems, token };
    },

    /** The second step: the previewed file, checked again (the library may have changed) and imported. */
    async confirmImport(ctx: RequestContext, token: string) {
      const { ctx: acted, actor } = await manager(ctx);
      const key = /^[a-f0-9]{32}$/.test(token) ? stagedKey(actor.id, token) : null;
      if (!key || !(await storage.exists(key))) throw new ValidationError({ file: 'Không còn tệp đã xem trước; vui lòng tải tệp lên lại.' });
      const data = await toBuffer(await storage.read(key));
      const checked = await checkSheet(actor.organizationId, data);
      if (checked.problems.length > 0) throw new ImportRejected(checked.problems);
      const result = await importChecked(acted, actor.organizationId, checked.ready);
      await storage.remove(key);
      return result;
    },

    /** Drops a previewed file the editor decided not to import. */
    async discardImport(ctx: RequestContext, token: string) {
      const { actor } = await manager(ctx);
      if (/^[a-f0-9]{32}$/.test(token)) await storage.remove(stagedKey(actor.id, token));
    },

    // Public reads: only published documents of the portal's organization.

    /** The public list's filters, read from the Vietnamese query string; unknown values name their field. */
    parsePublicFilters(input: unknown): PublicFilters {
      const f = parseCommand(PublicDocumentFilters, input);
      const errors: FieldErrors = {};
      const type = f.loai ? (DOCUMENT_TYPE_KEYS.find((k) => TYPE_SLUGS[k] === f.loai) ?? null) : undefined;
      if (type === null) errors.loai = 'Vui lòng chọn loại văn bản trong danh sách.';
      const status = f.tinhtrang ? ((Object.keys(STATUS_SLUGS) as DocumentStatus[]).find((k) => STATUS_SLUGS[k] === f.tinhtrang) ?? null) : undefined;
      if (status === null) errors.tinhtrang = 'Vui lòng chọn tình trạng hiệu lực trong danh sách.';
      if (Object.keys(errors).length > 0) throw new ValidationError(errors);
      const sorts: Record<PublicSort, repo.ListQuery['sort']> = { 'moi-nhat': 'newest', 'cu-nhat': 'oldest', 'so-ky-hieu': 'code' };
      return {
        q: f.q ?? '',
        type: type ?? undefined,
        status: status ?? undefined,
        year: f.nam,
        issuerName: f.coquan,
        field: f.linhvuc,
        sort: sorts[(f.sapxep ?? 'moi-nhat') as PublicSort],
        page: f.trang ?? 1,
      };
    },

    async publicList(filters: PublicFilters) {
      const organizationId = await portalOrganization();
      if (!organizationId) return { total: 0, documents: [], page: 1, pageSize: PUBLIC_PAGE_SIZE };
      const result = await repo.listDocuments(db, dialect, {
        organizationId,
        published: true,
        terms: filters.q ? queryTerms(filters.q) : undefined,
        type: filters.type,
        status: filters.status,
        year: filters.year,
        issuerName: filters.issuerName,
        field: filters.field,
        sort: filters.sort,
        limit: PUBLIC_PAGE_SIZE,
        offset: (filters.page - 1) * PUBLIC_PAGE_SIZE,
      });
      return { ...result, page: filters.page, pageSize: PUBLIC_PAGE_SIZE };
    },

    async publicFacets() {
      const organizationId = await portalOrganization();
      return organizationId ? repo.facets(db, organizationId) : { types: [], issuers: [], fields: [], years: [] };
    },

    /** A published document with its attachments and its relations to other published documents. */
    async publicDocument(slug: string) {
      const organizationId = await portalOrganization();
      const doc = organizationId ? await repo.findPublishedBySlug(db, organizationId, slug) : null;
      if (!doc) return null;
      const relations = (await repo.listRelations(db, doc.id)).filter((r) => r.other.published);
      return { doc, attachments: await repo.listAttachments(db, doc.id), relations };
    },

    /** An attachment the public may download: its document is published on the portal. */
    async publicAttachment(id: number) {
      const attachment = await repo.findAttachment(db, id);
      const doc = attachment ? await repo.findDocument(db, attachment.documentId) : null;
      const organizationId = await portalOrganization();
      if (!attachment || !doc || !doc.published || doc.organizationId !== organizationId) throw new NotFoundError('Không tìm thấy tệp.');
      return { attachment, doc };
    },

    /** How many documents the library of an organization holds. */
    count: (organizationId: number) => repo.countByOrganization(db, organizationId),
  };
}
