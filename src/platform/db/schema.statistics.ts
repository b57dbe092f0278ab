import type { Generated } from 'kysely';

/**
 * Monthly resolution figures of administrative procedures, one row per organization, month and
 * field (lĩnh vực). `field_key` is the slug of the field's name: the unique key and the URL filter
 * value, so "Bưu chính" and "bưu chính" are one field.
 */
export interface ResolutionStatisticsTable {
  id: Generated<number>;
  organization_id: number;
  year: number;
  month: number;
  field: string;
  field_key: string;
  received_online: number;
  received_in_person: number;
  resolved_on_time: number;
  resolved_late: number;
  in_progress: number;
  overdue: number;
  created_at: string;
  updated_at: string;
}

/** An uploaded statistics file that passed every check, waiting for the person to confirm it (rows as JSON). */
export interface StatisticsImportsTable {
  token: string;
  organization_id: number;
  user_id: number | null;
  file_name: string;
  rows: string;
  created_at: string;
}

/** Row types of the statistics tables (see the module's repository for the models services use). */
export interface StatisticsTables {
  resolution_statistics: ResolutionStatisticsTable;
  statistics_imports: StatisticsImportsTable;
}
