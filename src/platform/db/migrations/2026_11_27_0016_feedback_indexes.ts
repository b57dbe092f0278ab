import type { Kysely } from 'kysely';

/**
 * The back office inbox at a million cases (bench/README.md): it lists newest first, alone or by
 * one filter, 20 at a time. Each index below lets a filter's page be read in order and stop after
 * the rows shown, instead of sorting every matching case (0.3–3 s at 1,000,000 cases before), and
 * its total be counted from the index alone. `id` follows `received_at` because the inbox breaks
 * ties by id: without it a filter's index would not give the page's order, and SQLite would walk
 * every case newest first looking for a rare field or officer (0.5 s). The filter indexes end with
 * `status` so that a filter combined with a state (a card clicked, then a field chosen) is still
 * answered from the index.
 * The deadline index gains `received_at` so the overdue and due-this-week pages sort their few
 * thousand cases without reading them; it replaces the former (organization_id, due_on), its prefix.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('feedback_received_idx').on('feedback').columns(['organization_id', 'received_at', 'id']).execute();
  for (const column of ['field_id', 'unit_id', 'assignee_id'] as const) {
    await db.schema.createIndex(`feedback_${column.replace('_id', '')}_received_idx`).on('feedback').columns(['organization_id', column, 'received_at', 'id', 'status']).execute();
  }
  await db.schema.createIndex('feedback_due_received_idx').on('feedback').columns(['organization_id', 'due_on', 'received_at']).execute();
  await db.schema.dropIndex('feedback_due_idx').execute();
}
