/**
 * Administrative documents laid out as Nghị định 30/2020/NĐ-CP, Phụ lục I prescribes
 * (REFERENCE §1.2–1.6): A4 with its margins, Times New Roman at the prescribed sizes, the header
 * as a borderless two-column table (agencies and "Số" left, Quốc hiệu, Tiêu ngữ and the place and
 * date line right), type and subject centred, a justified body, and the foot as a borderless
 * two-column table ("Nơi nhận:" left, the signing block right).
 */
export { docxParagraphTexts } from './docx-text.js';

export interface OfficialDocument {
  parentAgency: string | null;
  agency: string;
  /** '45/KH-STTTT'; printed 'Số: 45/KH-STTTT'. */
  numberSymbol: string;
  place: string;
  /** 'YYYY-MM-DD'; null leaves "ngày … tháng … năm" to fill by hand. */
  date: string | null;
  /** Tên loại: 'KẾ HOẠCH', 'BÁO CÁO'. */
  type: string;
  /** Trích yếu. */
  subject: string;
  body: OfficialBlock[];
  /** Lines under "Nơi nhận:" exactly as printed. */
  recipients: string[];
  /** authority: 'KT. GIÁM ĐỐC', or '' when the head signs in their own name. */
  signature: { authority: string; title: string; signer: string };
}

export type OfficialBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** The document as a .docx; the `docx` package is loaded on the first one, so starting the app does not pay for it. */
export async function renderOfficialDocument(doc: OfficialDocument): Promise<Buffer> {
  return (await import('./official-document.layout.js')).layOut(doc);
}
