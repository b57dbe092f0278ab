import type { Generated } from 'kysely';

/**
 * Row types of the procedures tables (see the module's repository for the models services use).
 * Lists that have no identity of their own (steps, conditions, legal basis) are text, one item a
 * line; fees are a JSON array of `{ label, amount }` (amount in đồng or null).
 */
export interface ProceduresTable {
  id: Generated<number>;
  organization_id: number;
  /** The national procedure code (mã TTHC), e.g. "1.004227"; unique within an organization. */
  code: string;
  slug: string;
  name: string;
  /** searchKey(name): folded words, for the catalogue's name search. */
  name_key: string;
  field: string;
  /** slugify(field): the value of the catalogue's field filter. */
  field_key: string;
  /** Implementing levels as ",province,commune," so one LIKE finds a level on both engines. */
  levels: string;
  agency: string;
  online_level: string;
  processing_time: string;
  processing_days: number | null;
  fees: string;
  steps: string;
  submission: string;
  conditions: string;
  legal_basis: string;
  result: string;
  online_url: string;
  created_at: string;
  updated_at: string;
}

/** One dossier component (thành phần hồ sơ) and its optional form template. */
export interface ProcedureComponentsTable {
  id: Generated<number>;
  procedure_id: number;
  position: number;
  name: string;
  copies: number;
  template_key: string | null;
  template_name: string;
  template_mime: string;
  template_size: number;
}

export interface ProceduresTables {
  procedures: ProceduresTable;
  procedure_components: ProcedureComponentsTable;
}
