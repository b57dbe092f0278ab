import type { Migration } from 'kysely';
import * as foundation from './2026_11_27_0001_foundation.js';
import * as content from './2026_11_27_0002_content.js';
import * as documents from './2026_11_27_0004_documents.js';
import * as procedures from './2026_11_27_0005_procedures.js';
import * as statistics from './2026_11_27_0006_statistics.js';
import * as feedback from './2026_11_27_0007_feedback.js';
import * as searchPerf from './2026_11_27_0008_search_perf.js';
import * as apiKeys from './2026_11_27_0009_api_keys.js';
import * as feedbackLinks from './2026_11_27_0010_feedback_links.js';
import * as feedbackSettings from './2026_11_27_0011_feedback_settings.js';
import * as plans from './2026_11_27_0012_plans.js';
import * as tasks from './2026_11_27_0013_tasks.js';
import * as reports from './2026_11_27_0014_reports.js';
import * as rateLimits from './2026_11_27_0015_rate_limits.js';
import * as feedbackIndexes from './2026_11_27_0016_feedback_indexes.js';
import * as feedbackTitleSearch from './2026_11_27_0017_feedback_title_search.js';

/**
 * Every migration, by its sortable name. Listed explicitly (not read from disk) so the
 * bundle-free tsx runtime and the tests resolve the same set. Landed entries are frozen.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_27_0001_foundation': foundation,
  '2026_11_27_0002_content': content,
  '2026_11_27_0004_documents': documents,
  '2026_11_27_0005_procedures': procedures,
  '2026_11_27_0006_statistics': statistics,
  '2026_11_27_0007_feedback': feedback,
  '2026_11_27_0008_search_perf': searchPerf,
  '2026_11_27_0009_api_keys': apiKeys,
  '2026_11_27_0010_feedback_links': feedbackLinks,
  '2026_11_27_0011_feedback_settings': feedbackSettings,
  '2026_11_27_0012_plans': plans,
  '2026_11_27_0013_tasks': tasks,
  '2026_11_27_0014_reports': reports,
  '2026_11_27_0015_rate_limits': rateLimits,
  '2026_11_27_0016_feedback_indexes': feedbackIndexes,
  '2026_11_27_0017_feedback_title_search': feedbackTitleSearch,
};
