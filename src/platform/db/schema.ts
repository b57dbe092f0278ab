import type { Generated } from 'kysely';
import type { ApiKeysTables } from './schema.api-keys.js';
import type { DocumentsTables } from './schema.documents.js';
import type { FeedbackTables } from './schema.feedback.js';
import type { PlansTables } from './schema.plans.js';
import type { ProceduresTables } from './schema.procedures.js';
import type { ReportsTables } from './schema.reports.js';
import type { StatisticsTables } from './schema.statistics.js';
import type { TasksTables } from './schema.tasks.js';

/**
 * Row types as the database holds them. They never leave repositories:
 * services speak the camelCase models each module defines.
 * Instants are ISO-8601 UTC strings on both engines (see database.ts); booleans are 0/1.
 */
export interface OrganizationsTable {
  id: Generated<number>;
  kind: string;
  name: string;
  short_name: string;
  code: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  place_name: string;
  parent_id: number | null;
  supervisor_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
  created_at: string;
  updated_at: string;
}

export interface UnitsTable {
  id: Generated<number>;
  organization_id: number;
  name: string;
  code: string;
  is_coordinating: number;
  sort_order: number;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  password_hash: string | null;
  full_name: string;
  phone: string;
  title: string;
  organization_id: number;
  unit_id: number | null;
  status: string;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  ip: string;
  user_agent: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface UserTokensTable {
  token_hash: string;
  user_id: number;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_name: string;
  organization_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  summary: string;
  changes: string;
  ip: string;
  request_id: string;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  status: string;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: number;
  last_error: string | null;
  locked_by: string | null;
  locked_at: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface RateLimitCountersTable {
  bucket: string;
  window_start: number;
  count: number;
}

export interface CalendarDaysTable {
  date: string;
  kind: string;
  name: string;
  source: string;
  updated_at: string;
}

export interface CalendarYearsTable {
  year: number;
  prefilled_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface SearchEntriesTable {
  id: Generated<number>;
  type: string;
  ref_id: string;
  organization_id: number | null;
  title: string;
  body: string;
  url: string;
  category: string;
  published_at: string;
  title_key: string;
  body_key: string;
}

export interface CategoriesTable {
  id: Generated<number>;
  organization_id: number;
  parent_id: number | null;
  name: string;
  slug: string;
  description: string;
  sort_order: number;
  visible: number;
  created_at: string;
  updated_at: string;
}

export interface ArticlesTable {
  id: Generated<number>;
  organization_id: number;
  slug: string;
  title: string;
  sapo: string;
  body_html: string;
  body_text: string;
  cover_key: string | null;
  cover_caption: string;
  topic: string;
  featured: number;
  status: string;
  return_reason: string;
  author_id: number | null;
  author_name: string;
  revision: number;
  scheduled_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArticleCategoriesTable {
  article_id: number;
  category_id: number;
}

export interface ArticleTagsTable {
  article_id: number;
  tag: string;
  tag_slug: string;
}

export interface ArticleRevisionsTable {
  id: Generated<number>;
  article_id: number;
  revision: number;
  title: string;
  sapo: string;
  body_html: string;
  cover_caption: string;
  editor_id: number | null;
  editor_name: string;
  note: string;
  created_at: string;
}

export interface ArticleAttachmentsTable {
  id: Generated<number>;
  article_id: number;
  storage_key: string;
  file_name: string;
  mime: string;
  size: number;
  created_at: string;
}

/** Every table; each feature's row types live in their own schema.<feature>.ts. */
export interface DB extends DocumentsTables, ProceduresTables, StatisticsTables, FeedbackTables, ApiKeysTables, PlansTables, TasksTables, ReportsTables {
  organizations: OrganizationsTable;
  units: UnitsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  user_tokens: UserTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  calendar_days: CalendarDaysTable;
  calendar_years: CalendarYearsTable;
  settings: SettingsTable;
  search_entries: SearchEntriesTable;
  categories: CategoriesTable;
  articles: ArticlesTable;
  article_categories: ArticleCategoriesTable;
  article_tags: ArticleTagsTable;
  article_revisions: ArticleRevisionsTable;
  article_attachments: ArticleAttachmentsTable;
  rate_limit_counters: RateLimitCountersTable;
}
