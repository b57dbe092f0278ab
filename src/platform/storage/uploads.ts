import { randomBytes } from 'node:crypto';
import { ValidationError } from '../http/errors.js';
import { nfc } from '../../shared/text.js';

/** The size limit of an uploaded file unless a module says otherwise. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string, fallback: string) {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 150);
  return cleaned === '' ? fallback : cleaned;
}

/** The name the user gave, with the extension of the type actually found in the bytes. */
export const renamed = (name: string, fallback: string, ext: string) => `${cleanFileName(name, fallback).replace(/\.[^.]*$/, '')}.${ext}`;

/** An empty or oversized file is a message beside its field. */
export function assertUploadSize(field: string, size: number, max = MAX_UPLOAD_BYTES) {
  if (size > max) throw new ValidationError({ [field]: `Tệp quá lớn (${megabytes(size)} MB); giới hạn là ${megabytes(max)} MB.` });
  if (size === 0) throw new ValidationError({ [field]: 'Tệp rỗng; vui lòng chọn tệp khác.' });
}

/**
 * The type of a file read from its bytes (file-type), never from its name or the browser's claim:
 * a renamed executable has no accepted type. `accepted` maps MIME types to what the caller calls them.
 */
export async function sniffType<K>(data: Buffer, accepted: Readonly<Record<string, K>>): Promise<{ mime: string; ext: string; kind: K } | null> {
  const { fileTypeFromBuffer } = await import('file-type'); // loaded on first use: starting the app does not pay for it
  const type = await fileTypeFromBuffer(data);
  if (!type || !Object.hasOwn(accepted, type.mime)) return null;
  return { mime: type.mime, ext: type.ext, kind: accepted[type.mime]! };
}

/** A storage key made by the application, never from the user's file name. */
export const randomKey = (folder: string, ext: string) => `${folder}/${randomBytes(8).toString('hex')}.${ext}`;
