import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DocumentsTable } from '../../platform/db/schema.documents.js';
import type { DB } from '../../platform/db/schema.js';
import type { DateKey } from '../../shared/dates.js';
import { foldVi } from '../../shared/text.js';
import type { DocumentStatus, DocumentType, RelationKind } from './documents.schema.js';
import { formatCode } from './documents.symbol.js';

/** What an editor enters for a document (the rest is bookkeeping). */
export type DocumentFields = {
  type: DocumentType;
  number: string;
  codeYear: number | null;
  symbol: string;
  issuerName: string;
  issuerOrganizationId: number | null;
  signerName: string;
  signerTitle: string;
  issuedOn: DateKey;
  effectiveOn: DateKey | null;
  expiresOn: DateKey | null;
  status: DocumentStatus;
  field: string;
  summary: string;
  bodyText: string;
  published: boolean;
};

/** A document of the library ("LegalDocument", so it is never taken for the DOM's Document). */
export type LegalDocument = DocumentFields & {
  id: number;
  organizationId: number;
  slug: string;
  /** Number and symbol as written: "45/KH-STTTT", "61/2018/NĐ-CP". */
  code: string;
  createdAt: string;
  updatedAt: string;
};

export type DocumentAttachment = { id: number; documentId: number; storageKey: string; fileName: string; mime: string; size: number; hasText: boolean };

/** The other end of a relation, enough to list and link it. */
export type RelatedDocument = { id: number; slug: string; type: DocumentType; code: string; summary: string; issuedOn: DateKey; published: boolean };

export type Relation = { kind: RelationKind; direction: 'forward' | 'inverse'; other: RelatedDocument };

/** Folded keys: the same number, symbol or issuer typed in another case or with other tone marks is the same. */
export const codeKeyOf = (code: string) => foldVi(code).replace(/\s+/g, '');
export const issuerKeyOf = (name: string) => foldVi(name).replace(/[^a-z0-9]+/g, ' ').trim();

function toDocument(r: Selectable<DocumentsTable>): LegalDocument {
  return {
    id: r.id,
    organizationId: r.organization_id,
    slug: r.slug,
    code: r.code,
    type: r.type as DocumentType,
    number: r.number,
    codeYear: r.code_year === null ? null : Number(r.code_year),
    symbol: r.symbol,
    issuerName: r.issuer_name,
    issuerOrganizationId: r.issuer_organization_id,
    signerName: r.signer_name,
    signerTitle: r.signer_title,
    issuedOn: r.issued_on,
    effectiveOn: r.effective_on,
    expiresOn: r.expires_on,
    status: r.status as DocumentStatus,
    field: r.field,
    summary: r.summary,
    bodyText: r.body_text,
    published: r.published === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function rowOf(f: DocumentFields) {
  const code = formatCode({ number: f.number, year: f.codeYear, symbol: f.symbol });
  return {
    type: f.type,
    number: f.number,
    number_value: Number.parseInt(f.number, 10),
    code_year: f.codeYear,
    symbol: f.symbol,
    code,
    code_key: codeKeyOf(code),
    issuer_name: f.issuerName,
    issuer_key: issuerKeyOf(f.issuerName),
    issuer_organization_id: f.issuerOrganizationId,
    signer_name: f.signerName,
    signer_title: f.signerTitle,
    issued_on: f.issuedOn,
    issue_year: Number(f.issuedOn.slice(0, 4)),
    effective_on: f.effectiveOn,
    expires_on: f.expiresOn,
    status: f.status,
    field: f.field,
    summary: f.summary,
    body_text: f.bodyText,
    published: f.published ? 1 : 0,
  };
}

export async function insertDocument(db: Kysely<DB>, values: { organizationId: number; slug: string; fields: DocumentFields; searchKey: string }, now: string): Promise<number> {
  const r = await db
    .insertInto('documents')
    .values({ ...rowOf(values.fields), organization_id: values.organizationId, slug: values.slug, search_key: values.searchKey, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateDocument(db: Kysely<DB>, id: number, fields: DocumentFields, searchKey: string, now: string) {
  await db.updateTable('documents').set({ ...rowOf(fields), search_key: searchKey, updated_at: now }).where('id', '=', id).execute();
}

export async function setSearchKey(db: Kysely<DB>, id: number, searchKey: string, now: string) {
  await db.updateTable('documents').set({ search_key: searchKey, updated_at: now }).where('id', '=', id).execute();
}

export async function deleteDocument(db: Kysely<DB>, id: number) {
  await db.deleteFrom('documents').where('id', '=', id).execute();
}

export async function findDocument(db: Kysely<DB>, id: number): Promise<LegalDocument | null> {
  const r = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toDocument(r) : null;
}

export async function findPublishedBySlug(db: Kysely<DB>, organizationId: number, slug: string): Promise<LegalDocument | null> {
  const r = await db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('slug', '=', slug)
    .where('published', '=', 1)
    .executeTakeFirst();
  return r ? toDocument(r) : null;
}

export async function slugTaken(db: Kysely<DB>, slug: string) {
  return (await db.selectFrom('documents').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

/** Another document of the library with the same number and symbol, issuer and year (NĐ 30/2020, Điều 15). */
export async function findDuplicate(db: Kysely<DB>, q: { organizationId: number; fields: DocumentFields; exceptId?: number }): Promise<LegalDocument | null> {
  const row = rowOf(q.fields);
  const r = await db
    .selectFrom('documents')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('issue_year', '=', row.issue_year)
    .where('issuer_key', '=', row.issuer_key)
    .where('code_key', '=', row.code_key)
    .$if(q.exceptId !== undefined, (qb) => qb.where('id', '!=', q.exceptId!))
    .executeTakeFirst();
  return r ? toDocument(r) : null;
}

export type ListQuery = {
  organizationId: number;
  /** Folded query words; each must begin a word of the document's search key. */
  terms?: string[];
  type?: DocumentType;
  status?: DocumentStatus;
  year?: number;
  issuerName?: string;
  field?: string;
  published?: boolean;
  sort: 'newest' | 'oldest' | 'code';
  limit: number;
  offset: number;
};

/**
 * One page of documents and the total. The search key holds the folded words of the number,
 * symbol, type, summary, issuer, signer, field, full text and attachments' text, with a space on
 * each side, so " dien" matches the start of any word on both engines (LIKE, no FTS): "dien tu"
 * finds "điện tử", "nd cp" finds "NĐ-CP". Fine for a library of thousands; the site search
 * (FTS) indexes the same text for larger ones.
 */
export async function listDocuments(db: Kysely<DB>, dialect: Dialect, q: ListQuery): Promise<{ total: number; documents: LegalDocument[] }> {
  const base = db
    .selectFrom('documents')
    .where('organization_id', '=', q.organizationId)
    .$if(q.published !== undefined, (qb) => qb.where('published', '=', q.published ? 1 : 0))
    .$if(q.type !== undefined, (qb) => qb.where('type', '=', q.type!))
    .$if(q.status !== undefined, (qb) => qb.where('status', '=', q.status!))
    .$if(q.year !== undefined, (qb) => qb.where('issue_year', '=', q.year!))
    .$if(Boolean(q.issuerName), (qb) => qb.where('issuer_key', '=', issuerKeyOf(q.issuerName!)))
    .$if(Boolean(q.field), (qb) => qb.where('field', '=', q.field!))
    .$if(Boolean(q.terms?.length), (qb) => qb.where((eb) => eb.and(q.terms!.map((term) => dialect.contains('search_key', ` ${term}`)))));
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  let ordered = base.selectAll();
  if (q.sort === 'oldest') ordered = ordered.orderBy('issued_on', 'asc').orderBy('id', 'asc');
  else if (q.sort === 'code') ordered = ordered.orderBy('symbol', 'asc').orderBy('code_year', 'desc').orderBy('number_value', 'asc').orderBy('id', 'asc');
  else ordered = ordered.orderBy('issued_on', 'desc').orderBy('id', 'desc');
  const rows = await ordered.limit(q.limit).offset(q.offset).execute();
  return { total, documents: rows.map(toDocument) };
}

/** The values the public filters offer: only those some published document has. */
export async function facets(db: Kysely<DB>, organizationId: number) {
  const published = db.selectFrom('documents').where('organization_id', '=', organizationId).where('published', '=', 1);
  const types = await published.select('type').distinct().execute();
  const issuers = await published.select(['issuer_key', (eb) => eb.fn.min('issuer_name').as('name')]).groupBy('issuer_key').execute();
  const fields = await published.select('field').distinct().where('field', '!=', '').execute();
  const years = await published.select('issue_year').distinct().orderBy('issue_year', 'desc').execute();
  return {
    types: types.map((r) => r.type as DocumentType),
    issuers: issuers.map((r) => String(r.name)),
    fields: fields.map((r) => r.field),
    years: years.map((r) => Number(r.issue_year)),
  };
}

/** Every document of an organization, newest first, for choosing the other end of a relation. */
export async function listChoices(db: Kysely<DB>, organizationId: number): Promise<RelatedDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'slug', 'type', 'code', 'summary', 'issued_on', 'published'])
    .where('organization_id', '=', organizationId)
    .orderBy('issued_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRelated);
}

const toRelated = (r: { id: number; slug: string; type: string; code: string; summary: string; issued_on: string; published: number }): RelatedDocument => ({
  id: r.id,
  slug: r.slug,
  type: r.type as DocumentType,
  code: r.code,
  summary: r.summary,
  issuedOn: r.issued_on,
  published: r.published === 1,
});

export async function insertAttachment(db: Kysely<DB>, a: { documentId: number; storageKey: string; fileName: string; mime: string; size: number; text: string }, now: string): Promise<number> {
  const r = await db
    .insertInto('document_attachments')
    .values({ document_id: a.documentId, storage_key: a.storageKey, file_name: a.fileName, mime: a.mime, size: a.size, text: a.text, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

const attachmentColumns = ['id', 'document_id', 'storage_key', 'file_name', 'mime', 'size', 'text'] as const;

const toAttachment = (r: { id: number; document_id: number; storage_key: string; file_name: string; mime: string; size: number; text: string }): DocumentAttachment => ({
  id: r.id,
  documentId: r.document_id,
  storageKey: r.storage_key,
  fileName: r.file_name,
  mime: r.mime,
  size: Number(r.size),
  hasText: r.text.trim() !== '',
});

export async function listAttachments(db: Kysely<DB>, documentId: number): Promise<DocumentAttachment[]> {
  const rows = await db.selectFrom('document_attachments').select([...attachmentColumns]).where('document_id', '=', documentId).orderBy('id').execute();
  return rows.map(toAttachment);
}

/** The text extracted from a document's attachments, for its search key and the site search. */
export async function attachmentTexts(db: Kysely<DB>, documentId: number): Promise<string[]> {
  const rows = await db.selectFrom('document_attachments').select('text').where('document_id', '=', documentId).orderBy('id').execute();
  return rows.map((r) => r.text).filter((t) => t !== '');
}

export async function findAttachment(db: Kysely<DB>, id: number): Promise<DocumentAttachment | null> {
  const r = await db.selectFrom('document_attachments').select([...attachmentColumns]).where('id', '=', id).executeTakeFirst();
  return r ? toAttachment(r) : null;
}

export async function deleteAttachment(db: Kysely<DB>, id: number) {
  await db.deleteFrom('document_attachments').where('id', '=', id).execute();
}

export async function insertRelation(db: Kysely<DB>, r: { fromId: number; toId: number; kind: RelationKind }, now: string) {
  await db.insertInto('document_relations').values({ from_id: r.fromId, to_id: r.toId, kind: r.kind, created_at: now }).execute();
}

export async function deleteRelation(db: Kysely<DB>, r: { fromId: number; toId: number; kind: RelationKind }) {
  const result = await db.deleteFrom('document_relations').where('from_id', '=', r.fromId).where('to_id', '=', r.toId).where('kind', '=', r.kind).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Whether the two documents are already related by this kind, in either direction. */
export async function relationExists(db: Kysely<DB>, a: number, b: number, kind: RelationKind) {
  const r = await db
    .selectFrom('document_relations')
    .select('kind')
    .where('kind', '=', kind)
    .where((eb) => eb.or([eb.and([eb('from_id', '=', a), eb('to_id', '=', b)]), eb.and([eb('from_id', '=', b), eb('to_id', '=', a)])]))
    .executeTakeFirst();
  return r !== undefined;
}

/** Both directions of every relation of a document, the other end newest first. */
export async function listRelations(db: Kysely<DB>, documentId: number): Promise<Relation[]> {
  const columns = ['d.id', 'd.slug', 'd.type', 'd.code', 'd.summary', 'd.issued_on', 'd.published', 'r.kind'] as const;
  const forward = await db
    .selectFrom('document_relations as r')
    .innerJoin('documents as d', 'd.id', 'r.to_id')
    .select([...columns])
    .where('r.from_id', '=', documentId)
    .orderBy('d.issued_on', 'desc')
    .execute();
  const inverse = await db
    .selectFrom('document_relations as r')
    .innerJoin('documents as d', 'd.id', 'r.from_id')
    .select([...columns])
    .where('r.to_id', '=', documentId)
    .orderBy('d.issued_on', 'desc')
    .execute();
  return [
    ...forward.map((r) => ({ kind: r.kind as RelationKind, direction: 'forward' as const, other: toRelated(r) })),
    ...inverse.map((r) => ({ kind: r.kind as RelationKind, direction: 'inverse' as const, other: toRelated(r) })),
  ];
}

/** How many documents an organization's library holds (demo data loads only into an empty one). */
export async function countByOrganization(db: Kysely<DB>, organizationId: number) {
  const r = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', organizationId).executeTakeFirst();
  return Number(r?.n ?? 0);
}
