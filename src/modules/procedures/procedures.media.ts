import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { ValidationError } from '../../platform/http/errors.js';
import type { Storage } from '../../platform/storage/storage.js';
import { nfc } from '../../shared/text.js';

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

/** Form templates (mẫu đơn, tờ khai) as agencies publish them: Word, PDF or Excel. */
const TEMPLATE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
function cleanFileName(name: string) {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 150);
  return cleaned === '' ? 'mau-don' : cleaned;
}

/**
 * Stores a form template. The type is read from the bytes (file-type), never from the name or the
 * browser's claim, and the extension is set from what was found.
 */
export async function saveTemplate(storage: Storage, procedureId: number, data: Buffer, fileName: string) {
  if (data.length > MAX_TEMPLATE_BYTES) throw new ValidationError({ template: `Tệp quá lớn (${Math.ceil(data.length / 1024 / 1024)} MB); giới hạn là 10 MB.` });
  if (data.length === 0) throw new ValidationError({ template: 'Tệp rỗng; vui lòng chọn tệp khác.' });
  const type = await fileTypeFromBuffer(data);
  if (!type || !TEMPLATE_TYPES[type.mime]) {
    throw new ValidationError({ template: 'Mẫu đơn, tờ khai phải là tệp DOCX, PDF hoặc XLSX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  const name = cleanFileName(fileName).replace(/\.[^.]*$/, '') + `.${type.ext}`;
  const key = `procedures/${procedureId}/${randomBytes(8).toString('hex')}.${type.ext}`;
  await storage.put(key, data);
  return { key, fileName: name, mime: type.mime, size: data.length };
}

export const templateUrl = (componentId: number) => `/thu-tuc-hanh-chinh/mau-don/${componentId}`;
