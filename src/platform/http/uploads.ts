import type { FastifyRequest } from 'fastify';
import { megabytes, MAX_UPLOAD_BYTES } from '../storage/uploads.js';
import { ValidationError } from './errors.js';

/**
 * Reads the one uploaded file of a multipart form (the module registers @fastify/multipart with its
 * size limit); a missing or oversized file is a field error. The CSRF token of such forms rides in
 * the query (see web.ts).
 */
export async function readUpload(request: FastifyRequest, field: string, max = MAX_UPLOAD_BYTES) {
  const file = await request.file().catch(() => undefined);
  if (!file || file.fieldname !== field) throw new ValidationError({ [field]: 'Vui lòng chọn một tệp để tải lên.' });
  try {
    return { data: await file.toBuffer(), fileName: file.filename };
  } catch {
    throw new ValidationError({ [field]: `Tệp quá lớn; giới hạn là ${megabytes(max)} MB.` });
  }
}

export type UploadedFile = { fileName: string; data: Buffer; tooLarge: boolean };

/**
 * A whole multipart form: its text fields (a repeated name becomes a list, as with urlencoded
 * forms) and its files. Every part is read to the end, so the text fields after a bad file are still
 * there for the 422 page: a file over `maxBytes` comes back cut and marked `tooLarge`, and files past
 * `maxFiles` are drained unread and only counted. An empty file input (no file chosen) is skipped.
 */
export async function readMultipartForm(request: FastifyRequest, options: { maxFiles: number; maxBytes: number }) {
  const fields: Record<string, string | string[]> = {};
  const files: UploadedFile[] = [];
  let fileCount = 0;
  // @fastify/multipart reads throwFileSizeLimit per call, though its types for parts() leave it out.
  const limits = { throwFileSizeLimit: false, limits: { fileSize: options.maxBytes, files: options.maxFiles * 4, fields: 50, fieldSize: 64 * 1024 } };
  const parts = request.parts(limits);
  for await (const part of parts) {
    if (part.type === 'field') {
      const value = String(part.value);
      const previous = fields[part.fieldname];
      fields[part.fieldname] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
      continue;
    }
    if (part.filename === '') {
      part.file.resume();
      continue;
    }
    fileCount++;
    if (fileCount > options.maxFiles) {
      part.file.resume();
      continue;
    }
    const data = await part.toBuffer();
    files.push({ fileName: part.filename, data, tooLarge: part.file.truncated });
  }
  return { fields, files, fileCount };
}

/** Content-Disposition for a stored file: an ASCII fallback name, and the real (Vietnamese) one per RFC 6266. */
export const fileDisposition = (disposition: 'attachment' | 'inline', fallback: string, fileName: string) =>
  `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
