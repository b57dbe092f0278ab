import { ValidationError } from '../../platform/http/errors.js';
import { assertUploadSize, randomKey, renamed, sniffType } from '../../platform/storage/uploads.js';
import { nfc } from '../../shared/text.js';

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

/** Checks size and type; the storage key is made here, never from the user's file name. */
export async function sniffAttachment(documentId: number, data: Buffer, fileName: string): Promise<SniffedFile> {
  assertUploadSize('attachment', data.length);
  const type = await sniffType(data, ACCEPTED);
  if (!type) {
    throw new ValidationError({ attachment: 'Tệp văn bản phải là PDF hoặc DOCX (hệ thống kiểm tra nội dung tệp, không dựa vào tên tệp).' });
  }
  return {
    kind: type.kind,
    mime: type.mime,
    fileName: renamed(fileName, 'van-ban', type.kind),
    storageKey: randomKey(`documents/${documentId}`, type.kind),
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
    return tidy(kind === 'pdf' ? await pdfText(data) : (await (await import('mammoth')).default.extractRawText({ buffer: data })).value);
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
