import { ValidationError } from '../../platform/http/errors.js';
import type { Storage } from '../../platform/storage/storage.js';
import { assertUploadSize, randomKey, renamed, sniffType } from '../../platform/storage/uploads.js';

/** Form templates (mẫu đơn, tờ khai) as agencies publish them: Word, PDF or Excel. */
const TEMPLATE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/**
 * Stores a form template. The type is read from the bytes (file-type), never from the name or the
 * browser's claim, and the extension is set from what was found.
 */
export async function saveTemplate(storage: Storage, procedureId: number, data: Buffer, fileName: string) {
  assertUploadSize('template', data.length);
  const type = await sniffType(data, TEMPLATE_TYPES);
  if (!type) {
    throw new ValidationError({ template: 'Mẫu đơn, tờ khai phải là tệp DOCX, PDF hoặc XLSX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const name = renamed(fileName, 'mau-don', type.ext);
  const key = randomKey(`procedures/${procedureId}`, type.ext);
  await storage.put(key, data);
  return { key, fileName: name, mime: type.mime, size: data.length };
}

export const templateUrl = (componentId: number) => `/thu-tuc-hanh-chinh/mau-don/${componentId}`;
