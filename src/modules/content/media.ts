import { randomBytes } from 'node:crypto';
import { ValidationError } from '../../platform/http/errors.js';
import type { Storage } from '../../platform/storage/storage.js';
import { assertUploadSize, randomKey, renamed, sniffType } from '../../platform/storage/uploads.js';

/** Web sizes every cover is resized to; browsers pick one through srcset. */
export const COVER_WIDTHS = [480, 960, 1600] as const;
export type CoverWidth = (typeof COVER_WIDTHS)[number];

const IMAGE_TYPES = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

export const coverUrl = (key: string, width: CoverWidth) => `/tep/${key}-${width}.webp`;

/** Keys the public file route will serve: covers only, in our own naming; anything else is not found. */
export const PUBLIC_COVER_KEY = /^(covers\/\d+\/[a-z0-9]{16})-(480|960|1600)\.(webp|jpg)$/;

/**
 * Stores a cover image in web sizes. The type is read from the bytes, never from the name or the
 * browser's claim: a renamed executable is refused. Re-encoding also drops EXIF (GPS) metadata.
 */
export async function saveCover(storage: Storage, articleId: number, data: Buffer): Promise<string> {
  assertUploadSize('cover', data.length);
  if (!(await sniffType(data, IMAGE_TYPES))) {
    throw new ValidationError({ cover: 'Ảnh phải là tệp JPEG, PNG hoặc WebP thật (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const key = `covers/${articleId}/${randomBytes(8).toString('hex')}`;
  try {
    const { default: sharp } = await import('sharp'); // loaded on first use: starting the app does not pay for it
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

export async function saveAttachment(storage: Storage, articleId: number, data: Buffer, fileName: string) {
  assertUploadSize('attachment', data.length);
  const type = await sniffType(data, ATTACHMENT_TYPES);
  if (!type) {
    throw new ValidationError({ attachment: 'Tệp đính kèm phải là PDF, DOCX hoặc XLSX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const name = renamed(fileName, 'tep-dinh-kem', type.ext);
  const storageKey = randomKey(`attachments/${articleId}`, type.ext);
  await storage.put(storageKey, data);
  return { storageKey, fileName: name, mime: type.mime, size: data.length };
}
