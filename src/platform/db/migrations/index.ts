import type { Migration } from 'kysely';
import * as foundation from './2026_11_27_0001_foundation.js';
import * as content from './2026_11_27_0002_content.js';

/**
 * Every migration, by its sortable name. Listed explicitly (not read from disk) so the
 * bundle-free tsx runtime and the tests resolve the same set. Landed entries are frozen.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_27_0001_foundation': foundation,
  '2026_11_27_0002_content': content,
};
