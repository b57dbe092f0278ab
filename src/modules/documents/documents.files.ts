import { randomBytes } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import mammoth from 'mammoth';
import { ValidationError } from '../../platform/http/errors.js';
import { nfc } from '../../shared/text.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** What the library accepts, by the type read from the bytes (never the name or the browser's claim). */
const ACCEPTED: Record<string, 'pdf' | 'docx'> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/**
 * Text kept per attachment. A decree of a hundred pages is ~300,000 characters; PostgreSQL's
 * tsvector stops at 1 MB, and a search hit needs the words, not every repetition of them.
 */
export const MAX_TEXT_CHARS = 200_000;

export type SniffedFile = { kind: 'pdf' | 'docx'; mime: string; fileName: string; storageKey: string };

/** A file name safe to show and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string) {
  const base = nfc(name).split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim().slice(0, 150);
  return cleaned === '' ? 'van-ban' : cleaned;
}

/** Checks size and type; the storage key is made here, never from the user's file name. */
export async function sniffAttachment(documentId: number, data: Buffer, fileName: string): Promise<SniffedFile> {
  if (data.length === 0) throw new ValidationError({ attachment: 'Tệp rỗng; vui lòng chọn tệp khác.' });
  if (data.length > MAX_ATTACHMENT_BYTES) throw new ValidationError({ attachment: `Tệp quá lớn (${Math.ceil(data.length / 1024 / 1024)} MB); giới hạn là 10 MB.` });
  const type = await fileTypeFromBuffer(data);
  const kind = type ? ACCEPTED[type.mime] : undefined;
  if (!type || !kind) {
    throw new ValidationError({ attachment: 'Tệp văn bản phải là PDF hoặc DOCX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  return {
    kind,
    mime: type.mime,
    fileName: `${cleanFileName(fileName).replace(/\.[^.]*$/, '')}.${kind}`,
    storageKey: `documents/${documentId}/${randomBytes(8).toString('hex')}.${kind}`,
  };
}

const tidy = (text: string) =>
  nfc(text)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT_CHARS);

/**
 * The words of a PDF (pdfjs-dist's legacy build, the one that runs on Node) or a DOCX (mammoth).
 * A scanned PDF has no text layer and gives "": the file is still kept and downloadable, and the
 * editor is told it cannot be searched. A damaged file gives "" too, never an error page.
 */
export async function extractText(kind: 'pdf' | 'docx', data: Buffer): Promise<string> {
  try {
    return tidy(kind === 'pdf' ? await pdfText(data) : (await mammoth.extractRawText({ buffer: data })).value);
  } catch {
    return '';
  }
}

async function pdfText(data: Buffer): Promise<string> {
  // Loaded on first use: pdf.js is large and most requests never need it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages && length < MAX_TEXT_CHARS; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('');
      pages.push(text);
      length += text.length;
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await pdf.destroy();
  }
}
