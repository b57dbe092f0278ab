import type { Generated } from 'kysely';

/** Row types of the feedback desk (phản ánh, kiến nghị); the module's repository maps them to models. */
export interface FeedbackTable {
  id: Generated<number>;
  organization_id: number;
  /** PA-2026-000123: the year of receipt and a sequence per year. */
  code: string;
  year: number;
  seq: number;
  /** sha256 of the secret handed to the submitter once; the secret itself is never stored. */
  secret_hash: string;
  /** 'web' (the public form) or 'open311' (a partner system, through the key `api_key_id`). */
  channel: string;
  api_key_id: number | null;
  // Personal data (Luật 91/2025): shown only to feedback.handle/approve holders, each view audited.
  submitter_kind: string;
  name: string;
  address: string;
  phone: string;
  email: string;
  consent_version: string;
  consent_at: string;
  consent_ip: string;
  /** Set when the personal data was erased on request; the content stays. */
  personal_erased_at: string | null;
  title: string;
  /** The title's folded words (searchKey), indexed for the inbox's search box; written with the title. */
  title_key: Generated<string>;
  content: string;
  field_id: number | null;
  publish_allowed: number;
  status: string;
  received_at: string;
  /** Calendar days 'YYYY-MM-DD'. */
  classify_due_on: string;
  accepted_at: string | null;
  answer_due_on: string | null;
  /** The deadline that counts now (classification, then answer); null once closed or paused. */
  due_on: string | null;
  paused_on: string | null;
  unit_id: number | null;
  assignee_id: number | null;
  reason: string;
  forwarded_to: string;
  answer: string;
  answered_at: string | null;
  public_title: string;
  public_content: string;
  public_slug: string | null;
  published_at: string | null;
  public_key: string;
  rating: number | null;
  rated_at: string | null;
  reopen_requested_at: string | null;
  /** The procedure or legal document the case concerns: a search type ('procedure' | 'document') and its id. */
  related_type: string | null;
  related_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface FeedbackEventsTable {
  id: Generated<number>;
  feedback_id: number;
  at: string;
  kind: string;
  /** 1: shown to the submitter on the lookup page; 0: internal. */
  public: number;
  text: string;
  actor_id: number | null;
  actor_name: string;
}

export interface FeedbackFieldsTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  slug: string;
  sort_order: number;
  active: number;
}

export interface FeedbackCountersTable {
  organization_id: number;
  year: number;
  last: number;
}

export interface FeedbackLookupFailuresTable {
  id: Generated<number>;
  ip: string;
  at: string;
}

/** Files the submitter attached: personal data, erased with the submitter's data. */
export interface FeedbackAttachmentsTable {
  id: Generated<number>;
  feedback_id: number;
  /** The name as sent, with the extension of the type found in the bytes. */
  file_name: string;
  mime: string;
  size: number;
  storage_key: string;
  created_at: string;
}

/** A case marked as the duplicate of an earlier one (at most one original per case). */
export interface FeedbackDuplicatesTable {
  feedback_id: number;
  original_id: number;
  reason: string;
  linked_at: string;
  actor_id: number | null;
  actor_name: string;
}

/** Officers who asked for the daily digest of their open cases. */
export interface FeedbackDigestSubscriptionsTable {
  user_id: number;
  created_at: string;
}

export interface FeedbackTables {
  feedback: FeedbackTable;
  feedback_events: FeedbackEventsTable;
  feedback_fields: FeedbackFieldsTable;
  feedback_counters: FeedbackCountersTable;
  feedback_lookup_failures: FeedbackLookupFailuresTable;
  feedback_attachments: FeedbackAttachmentsTable;
  feedback_duplicates: FeedbackDuplicatesTable;
  feedback_digest_subscriptions: FeedbackDigestSubscriptionsTable;
}
