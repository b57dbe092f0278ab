import type { RequestContext } from '../../platform/auth/actor.js';
import type { StoredFile } from './files.js';

/** Who added a row: the user (none for the installation itself, id 0) and their name as it was then. */
export type Author = { id: number; name: string };

/** The columns an attached file takes in a row (evidence, expense); all empty when there is none. */
export const fileColumns = (file: StoredFile | null) => ({
  storage_key: file?.storageKey ?? null,
  file_name: file?.fileName ?? '',
  mime: file?.mime ?? '',
  size: file?.size ?? 0,
});

export const authorOf = (ctx: RequestContext): Author => ({ id: ctx.actor?.id ?? 0, name: ctx.actor?.fullName ?? '' });

export const authorColumns = (by: Author) => ({ created_by: by.id > 0 ? by.id : null, created_by_name: by.name });

/** An attached file as pages show it (the storage key stays with the service). */
export const fileOf = (r: { storage_key: string | null; file_name: string; mime: string; size: number }) => (r.storage_key ? { fileName: r.file_name, mime: r.mime, size: r.size } : null);
