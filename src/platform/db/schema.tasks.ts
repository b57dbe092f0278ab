import type { Generated } from 'kysely';

/** Row types of a plan's execution (tasks, evidence, dissemination, budget); the tasks module's repositories map them to models. */
export interface TasksTable {
  id: Generated<number>;
  plan_id: number;
  /** 'topic' | 'channel' | 'other': what the task was derived from. */
  source: string;
  topic_id: number | null;
  channel_id: number | null;
  position: number;
  title: string;
  lead_unit_id: number | null;
  assignee_id: number | null;
  /** 'deadline' | 'monthly' | 'quarterly' | 'regular'. */
  schedule: string;
  /** Calendar day 'YYYY-MM-DD' for a deadline; null for a recurrence. */
  due_on: string | null;
  target_count: number | null;
  target_unit: string;
  status: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface TaskCooperatingUnitsTable {
  task_id: number;
  unit_id: number;
}

export interface TaskEvidenceTable {
  id: Generated<number>;
  task_id: number;
  kind: string;
  title: string;
  occurred_on: string;
  quantity: number;
  url: string;
  note: string;
  storage_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  unit_id: number | null;
  created_by: number | null;
  created_by_name: string;
  created_at: string;
}

export interface PlanDisseminationsTable {
  id: Generated<number>;
  plan_id: number;
  unit_id: number;
  held_on: string;
  form: string;
  attendance: number;
  note: string;
  recorded_by: number | null;
  recorded_by_name: string;
  created_at: string;
}

export interface BudgetLinesTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  name: string;
  /** Whole đồng. */
  amount: number;
  created_at: string;
  updated_at: string;
}

export interface ExpensesTable {
  id: Generated<number>;
  line_id: number;
  spent_on: string;
  /** Whole đồng. */
  amount: number;
  description: string;
  storage_key: string | null;
  file_name: string;
  mime: string;
  size: number;
  created_by: number | null;
  created_by_name: string;
  created_at: string;
}

export interface TasksTables {
  tasks: TasksTable;
  task_cooperating_units: TaskCooperatingUnitsTable;
  task_evidence: TaskEvidenceTable;
  plan_disseminations: PlanDisseminationsTable;
  budget_lines: BudgetLinesTable;
  expenses: ExpensesTable;
}
