import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fileDisposition, readMultipartForm, type UploadedFile } from '../../platform/http/uploads.js';
import { ValidationError } from '../../platform/http/errors.js';
import type { Storage } from '../../platform/storage/storage.js';
import { assertUploadSize, MAX_UPLOAD_BYTES, megabytes, randomKey, renamed, sniffType } from '../../platform/storage/uploads.js';

/** What staff attach as evidence or receipts: photos, scans and office files, by the type read from the bytes. */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** An evidence file or a receipt once stored. */
export type StoredFile = { storageKey: string; fileName: string; mime: string; size: number };

/**
 * Reads an evidence or expense form: its fields and its one file (none when none was chosen). An
 * oversized file comes back marked, so the service says so beside the field with the rest kept.
 */
export async function readFileForm(request: FastifyRequest) {
  const { fields, files } = await readMultipartForm(request, { maxFiles: 1, maxBytes: MAX_UPLOAD_BYTES });
  return { fields, file: files[0] ?? null };
}

/**
 * Checks a file (size; type from its bytes: JPEG, PNG, WebP, PDF, DOCX, XLSX) and stores it under
 * `<folder>/<random>.<ext>`; a problem is a message beside `field`.
 */
export async function storeFile(storage: Storage, file: UploadedFile, field: string, folder: string): Promise<StoredFile> {
  if (file.tooLarge) throw new ValidationError({ [field]: `Tệp quá lớn; giới hạn là ${megabytes(MAX_UPLOAD_BYTES)} MB.` });
  assertUploadSize(field, file.data.length);
  const type = await sniffType(file.data, EVIDENCE_TYPES);
  if (!type) throw new ValidationError({ [field]: 'Tệp phải là ảnh JPEG, PNG, WebP hoặc tệp PDF, DOCX, XLSX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  const storageKey = randomKey(folder, type.ext);
  await storage.put(storageKey, file.data);
  return { storageKey, fileName: renamed(file.fileName, 'tep', type.ext), mime: type.mime, size: file.data.length };
}

/** Runs the change that records a stored file; if the change fails, the file is removed so none is left orphaned. */
export async function removingOnFailure<T>(storage: Storage, file: StoredFile | null, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (file) await storage.remove(file.storageKey);
    throw error;
  }
}

/**
 * Sends an evidence file or a receipt as a download (never inline: an uploaded file is not our
 * page). The plain-ASCII name is for old clients; filename* carries the Vietnamese one.
 */
export function sendStoredFile(reply: FastifyReply, file: { id: number; fileName: string; mime: string; stream: Readable }, prefix: string) {
  const ext = file.fileName.split('.').pop() ?? 'bin';
  return reply.type(file.mime).header('content-disposition', fileDisposition('attachment', `${prefix}-${file.id}.${ext}`, file.fileName)).header('cache-control', 'private, no-store').send(file.stream);
}
