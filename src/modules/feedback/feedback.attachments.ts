import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import type { UploadedFile } from '../../platform/http/uploads.js';
import type { Storage } from '../../platform/storage/storage.js';
import { cleanFileName, megabytes, MAX_UPLOAD_BYTES, randomKey, renamed, sniffType } from '../../platform/storage/uploads.js';

/** Issue 5: up to 5 files of 10 MB each, PDF, JPEG, PNG or DOCX, the type read from the bytes. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = MAX_UPLOAD_BYTES;
const ACCEPTED = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
} as const;
/** For the file input's `accept`: a hint to the browser's picker; the server still reads the bytes. */
export const ACCEPT_ATTRIBUTE = ['.pdf', '.jpg', '.jpeg', '.png', '.docx', ...Object.keys(ACCEPTED)].join(',');
export const ACCEPTED_LABEL = 'PDF, JPEG, PNG hoặc DOCX';

/** Browsers empty every file input of a page sent back with errors; the message says so. */
export const CHOOSE_AGAIN = 'Trình duyệt không giữ lại tệp đã chọn khi biểu mẫu được gửi lại: vui lòng chọn lại các tệp cần đính kèm (các nội dung khác bạn đã nhập vẫn được giữ).';

export type CheckedFile = { fileName: string; mime: string; ext: string; data: Buffer };
export type StoredFile = { fileName: string; mime: string; size: number; storageKey: string };
export type Attachment = { id: number; feedbackId: number; fileName: string; mime: string; size: number; storageKey: string };

/**
 * Checks the files of a submission: how many, each one's size, and its type from its bytes. A
 * refused file is named in the message; the accepted ones keep the name given, with the extension
 * of the type found (a PNG sent as "anh.pdf" is kept as "anh.png").
 */
export async function checkAttachments(files: readonly UploadedFile[], fileCount = files.length): Promise<{ accepted: CheckedFile[]; error: string | null }> {
  if (fileCount > MAX_ATTACHMENTS) return { accepted: [], error: `Bạn đã chọn ${fileCount} tệp; chỉ được đính kèm tối đa ${MAX_ATTACHMENTS} tệp.` };
  const accepted: CheckedFile[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const shown = `“${cleanFileName(file.fileName, 'không tên')}”`;
    if (file.tooLarge || file.data.length > MAX_ATTACHMENT_BYTES) {
      refused.push(`Tệp ${shown} lớn hơn ${megabytes(MAX_ATTACHMENT_BYTES)} MB.`);
      continue;
    }
    if (file.data.length === 0) {
      refused.push(`Tệp ${shown} rỗng.`);
      continue;
    }
    const type = await sniffType(file.data, ACCEPTED);
    if (!type) {
      refused.push(`Tệp ${shown} không phải ${ACCEPTED_LABEL} (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).`);
      continue;
    }
    accepted.push({ fileName: renamed(file.fileName, 'tep-dinh-kem', type.ext), mime: type.mime, ext: type.ext, data: file.data });
  }
  return { accepted, error: refused.length > 0 ? refused.join(' ') : null };
}

const removeAll = (storage: Storage, keys: readonly string[]) => Promise.allSettled(keys.map((key) => storage.remove(key)));

/**
 * Stores the files before the case's transaction, under keys of our making; `commit` then writes
 * the case and the attachment rows. If it fails, the stored files are removed, so no row ever points
 * to a missing file and no case loses its files. A crash between the two leaves only files no row
 * names, never a case without its files.
 */
export async function withStoredFiles<T>(storage: Storage, files: readonly CheckedFile[], folder: string, commit: (stored: StoredFile[]) => Promise<T>): Promise<T> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      const storageKey = randomKey(folder, file.ext);
      await storage.put(storageKey, file.data);
      stored.push({ fileName: file.fileName, mime: file.mime, size: file.data.length, storageKey });
    }
    return await commit(stored);
  } catch (error) {
    await removeAll(storage, stored.map((f) => f.storageKey));
    throw error;
  }
}

export async function insertAttachments(trx: Kysely<DB>, feedbackId: number, files: readonly StoredFile[], at: string) {
  if (files.length === 0) return;
  await trx
    .insertInto('feedback_attachments')
    .values(files.map((f) => ({ feedback_id: feedbackId, file_name: f.fileName, mime: f.mime, size: f.size, storage_key: f.storageKey, created_at: at })))
    .execute();
}

const columns = ['id', 'feedback_id as feedbackId', 'file_name as fileName', 'mime', 'size', 'storage_key as storageKey'] as const;

export async function attachmentsOf(db: Kysely<DB>, feedbackId: number): Promise<Attachment[]> {
  return db.selectFrom('feedback_attachments').select(columns).where('feedback_id', '=', feedbackId).orderBy('id').execute();
}

export async function findAttachment(db: Kysely<DB>, id: number): Promise<Attachment | null> {
  return (await db.selectFrom('feedback_attachments').select(columns).where('id', '=', id).executeTakeFirst()) ?? null;
}

/**
 * Erases a case's files with the submitter's personal data. The files go first, then the rows (in
 * the erasure's transaction): if that transaction fails, the rows left point to removed files and
 * erasing again finishes the work; the other order could leave personal files that no row names.
 */
export async function removeAttachmentFiles(db: Kysely<DB>, storage: Storage, feedbackId: number) {
  const files = await attachmentsOf(db, feedbackId);
  const failed = (await removeAll(storage, files.map((f) => f.storageKey))).find((r) => r.status === 'rejected');
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return files.length;
}

export async function deleteAttachmentRows(trx: Kysely<DB>, feedbackId: number) {
  await trx.deleteFrom('feedback_attachments').where('feedback_id', '=', feedbackId).execute();
}
