import type { Generated } from 'kysely';

/** Row types of periodic reports (báo cáo định kỳ); the reports module's repository maps them to models. */
export interface ReportsTable {
  id: Generated<number>;
  organization_id: number;
  plan_id: number;
  /** '2023-Q1' | '2023-Q4' | '2023-H1' | '2023-9M' | '2023'. */
  period: string;
  /** The number part of "Số: 12/BC-STTTT"; '' until the report is numbered. */
  number: string;
  /** Calendar day 'YYYY-MM-DD' of the place and date line; null leaves it to fill by hand. */
  issued_on: string | null;
  results: string;
  shortcomings: string;
  causes: string;
  directions: string;
  proposals: string;
  /** 'draft' | 'sent'. */
  status: string;
  /** The figures as sent (JSON of ReportFigures); null while a draft, whose figures are live. */
  figures: string | null;
  sent_to_organization_id: number | null;
  sent_by: number | null;
  sent_at: string | null;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ReportsTables {
  reports: ReportsTable;
}
