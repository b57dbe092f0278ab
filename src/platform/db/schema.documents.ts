import type { Generated } from 'kysely';

/** Row types of the documents tables (see the module's repository for the models services use). */
export interface DocumentsTable {
  id: Generated<number>;
  organization_id: number;
  slug: string;
  type: string;
  /** As written, zero-padded below 10: "05". */
  number: string;
  number_value: number;
  /** The year inside the number of a legal normative document ("61/2018/NĐ-CP"); null for administrative ones. */
  code_year: number | null;
  symbol: string;
  code: string;
  code_key: string;
  issuer_name: string;
  issuer_key: string;
  issuer_organization_id: number | null;
  signer_name: string;
  signer_title: string;
  /** Calendar days, 'YYYY-MM-DD'. */
  issued_on: string;
  issue_year: number;
  effective_on: string | null;
  expires_on: string | null;
  status: string;
  field: string;
  summary: string;
  body_text: string;
  published: number;
  search_key: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentAttachmentsTable {
  id: Generated<number>;
  document_id: number;
  storage_key: string;
  file_name: string;
  mime: string;
  size: number;
  text: string;
  created_at: string;
}

export interface DocumentRelationsTable {
  from_id: number;
  to_id: number;
  kind: string;
  created_at: string;
}

export interface DocumentsTables {
  documents: DocumentsTable;
  document_attachments: DocumentAttachmentsTable;
  document_relations: DocumentRelationsTable;
}
