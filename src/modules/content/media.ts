import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { ValidationError } from '../../platform/http/errors.js';
import type { Storage } from '../../platform/storage/storage.js';
import { nfc } from '../../shared/text.js';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Web sizes every cover is resized to; browsers pick one through srcset. */
export const COVER_WIDTHS = [480, 960, 1600] as const;
export type CoverWidth = (typeof COVER_WIDTHS)[number];

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

export const coverUrl = (key: string, width: CoverWidth) => `/tep/${key}-${width}.webp`;

/** Keys the public file route will serve: covers only, in our own naming; anything else is not found. */
export const PUBLIC_COVER_KEY = /^(covers\/\d+\/[a-z0-9]{16})-(480|960|1600)\.(webp|jpg)$/;

function tooLarge(field: string, size: number) {
  if (size > MAX_UPLOAD_BYTES) throw new ValidationError({ [field]: `Tệp quá lớn (${Math.ceil(size / 1024 / 1024)} MB); giới hạn là 10 MB.` });
  if (size === 0) throw new ValidationError({ [field]: 'Tệp rỗng; vui lòng chọn tệp khác.' });
}

/**
 * Stores a cover image in web sizes. The type is read from the bytes, never from the name or the
 * browser's claim: a renamed executable is refused. Re-encoding also drops EXIF (GPS) metadata.
 */
export async function saveCover(storage: Storage, articleId: number, data: Buffer): Promise<string> {
  tooLarge('cover', data.length);
  const type = await fileTypeFromBuffer(data);
  if (!type || !IMAGE_TYPES.has(type.mime)) {
    throw new ValidationError({ cover: 'Ảnh phải là tệp JPEG, PNG hoặc WebP thật (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const key = `covers/${articleId}/${randomBytes(8).toString('hex')}`;
  try {
    const image = sharp(data, { failOn: 'error' }).rotate();
    for (const width of COVER_WIDTHS) {
      const resized = image.clone().resize({ width, height: Math.round((width * 9) / 16), fit: 'cover', withoutEnlargement: false });
      await storage.put(`${key}-${width}.webp`, await resized.clone().webp({ quality: 80 }).toBuffer());
      if (width === 1600) await storage.put(`${key}-${width}.jpg`, await resized.jpeg({ quality: 82, mozjpeg: true }).toBuffer());
    }
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError({ cover: 'Không đọc được ảnh (tệp hỏng hoặc không đầy đủ). Vui lòng chọn ảnh khác.' });
  }
  return key;
}

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string) {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 150);
  return cleaned === '' ? 'tep-dinh-kem' : cleaned;
}

export async function saveAttachment(storage: Storage, articleId: number, data: Buffer, fileName: string) {
  tooLarge('attachment', data.length);
  const type = await fileTypeFromBuffer(data);
  if (!type || !ATTACHMENT_TYPES[type.mime]) {
    throw new ValidationError({ attachment: 'Tệp đính kèm phải là PDF, DOCX hoặc XLSX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const name = cleanFileName(fileName).replace(/\.[^.]*$/, '') + `.${type.ext}`;
  const storageKey = `attachments/${articleId}/${randomBytes(8).toString('hex')}.${type.ext}`;
  await storage.put(storageKey, data);
  return { storageKey, fileName: name, mime: type.mime, size: data.length };
}
