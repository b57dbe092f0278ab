/**
 * Reading a .docx back: a part's XML, and the text of its paragraphs. Tests and checks use it to
 * see what a reader of the document sees, without a word processor.
 */
import { strFromU8, unzipSync } from 'fflate';

/** The XML of one part of the package, e.g. 'word/document.xml' or 'word/styles.xml'. */
export function docxPart(buffer: Buffer, part: string): string {
  const files = unzipSync(new Uint8Array(buffer), { filter: (f) => f.name === part });
  const data = files[part];
  if (!data) throw new Error(`No ${part} in this .docx`);
  return strFromU8(data);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

// A paragraph (never nested in another in the main story), and inside it the pieces of text a
// reader sees: text runs, tabs and line breaks. `<w:pPr>` and `<w:tab>` in the paragraph
// properties must not match, hence the exact element names.
const PARAGRAPH = /<w:p(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/w:p>)/g;
const PIECE = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?:\s[^>]*)?\/>|<w:pPr>[\s\S]*?<\/w:pPr>/g;

/** Every paragraph's text in document order, table cells' paragraphs included. */
export async function docxParagraphTexts(buffer: Buffer): Promise<string[]> {
  const xml = docxPart(buffer, 'word/document.xml');
  return [...xml.matchAll(PARAGRAPH)].map(([, inner = '']) =>
    [...inner.matchAll(PIECE)]
      .map(([piece, text]) =>
        text !== undefined ? unescapeXml(text) : piece.startsWith('<w:tab') ? '\t' : piece.startsWith('<w:br') ? '\n' : '',
      )
      .join(''),
  );
}
