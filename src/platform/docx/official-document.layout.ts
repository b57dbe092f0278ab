/** The layout itself (see official-document.ts), in a module of its own so that `docx` loads on the first document, not at start. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { ngayThangNam } from '../../shared/dates.js';
import type { OfficialBlock, OfficialDocument } from './official-document.js';

const FONT = 'Times New Roman';
/** Twips, rounded up so that a margin never falls below its legal minimum. */
const mm = (n: number) => Math.ceil((n * 1440) / 25.4);
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** The header's left column (agencies, "Số") and the foot's left column ("Nơi nhận:"). */
const HEADER_LEFT = mm(62);
const FOOT_LEFT = mm(80);
const FIRST_LINE_INDENT = mm(12.7);
/** Sizes in points (docx counts half-points); the official example's values (REFERENCE §1.3). */
const PT = { agency: 12, number: 13, motto: 13, nationalTitle: 12, dateLine: 13, type: 14, body: 14, table: 13, recipientsTitle: 12, recipients: 11 };
const BLANK_DATE = 'ngày … tháng … năm …';

type RunStyle = { size: number; bold?: boolean; italics?: boolean };

/** Characters XML 1.0 cannot hold: a .docx with them does not open, so they are dropped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text: text.replace(NOT_XML, ''), font: FONT, size: style.size * 2, bold: style.bold, italics: style.italics });
}

function line(text: string, style: RunStyle, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [run(text, style)] });
}

/**
 * Rough printed width of a line in twips (Times New Roman averages about half an em per
 * character, capitals about two thirds): enough to size the rules ND30 ties to the text's length.
 */
function textWidth(text: string, size: number): number {
  const letters = [...text];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  return Math.round((upper * 0.68 + (letters.length - upper) * 0.47) * size * 20);
}

/** A centred solid rule of that width, drawn as the bottom border of an empty, indented paragraph. */
function rule(width: number, within: number): Paragraph {
  const indent = Math.max(0, Math.round((within - Math.min(width, within)) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120, lineRule: 'exact' },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children });
}

function borderlessTable(widths: [number, number], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map((cells) => new TableRow({ children: cells.map((c, i) => cell(widths[i]!, c)) })),
  });
}

function header(doc: OfficialDocument): Table {
  const right = TEXT_WIDTH - HEADER_LEFT;
  const agencies = [
    ...(doc.parentAgency ? [line(doc.parentAgency, { size: PT.agency })] : []),
    line(doc.agency, { size: PT.agency, bold: true }),
    // ND30: a rule a third to a half as long as the agency's name.
    rule(textWidth(doc.agency, PT.agency) * 0.4, HEADER_LEFT),
  ];
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const national = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: PT.nationalTitle, bold: true }),
    line(motto, { size: PT.motto, bold: true }),
    // ND30: the rule under the Tiêu ngữ is as long as the Tiêu ngữ.
    rule(textWidth(motto, PT.motto), right),
  ];
  const dateLine = `${doc.place}, ${doc.date === null ? BLANK_DATE : ngayThangNam(doc.date)}`;
  const spaced = { spacing: { before: 120 } };
  return borderlessTable(
    [HEADER_LEFT, right],
    [
      [agencies, national],
      [[line(`Số: ${doc.numberSymbol}`, { size: PT.number }, spaced)], [line(dateLine, { size: PT.dateLine, italics: true }, spaced)]],
    ],
  );
}

function bodyParagraph(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 120, after: 0, line: 288, lineRule: 'auto' },
    children: [run(text, style)],
  });
}

/** A typed text keeps its line breaks as paragraphs, as the writer laid them out. */
function bodyParagraphs(text: string, style: RunStyle): Paragraph[] {
  return text.split(/\r\n|\r|\n/).map((l) => bodyParagraph(l, style));
}

function dataTable(header: string[], rows: string[][]): Table {
  const columns = Math.max(header.length, ...rows.map((r) => r.length), 1);
  const width = Math.floor(TEXT_WIDTH / columns);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const tableRow = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: Array.from({ length: columns }, (_, i) =>
        cell(width, [
          new Paragraph({
            alignment: bold || i > 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(cells[i] ?? '', { size: PT.table, bold })],
          }),
        ]),
      ),
    });
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array(columns).fill(width),
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [tableRow(header, true), ...rows.map((r) => tableRow(r, false))],
  });
}

function body(blocks: OfficialBlock[]): Array<Paragraph | Table> {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return bodyParagraphs(block.text, { size: PT.body, bold: true });
      case 'paragraph':
        return bodyParagraphs(block.text, { size: PT.body });
      case 'table':
        return [dataTable(block.header, block.rows), new Paragraph({ children: [] })];
    }
  });
}

function foot(doc: OfficialDocument): Table {
  const right = TEXT_WIDTH - FOOT_LEFT;
  const left = [
    new Paragraph({ spacing: { before: 240 }, children: [run('Nơi nhận:', { size: PT.recipientsTitle, bold: true, italics: true })] }),
    ...doc.recipients.map((r) => new Paragraph({ children: [run(r, { size: PT.recipients })] })),
  ];
  const signing = { size: PT.body, bold: true };
  const { authority, title, signer } = doc.signature;
  const block = [
    ...(authority ? [line(authority.toLocaleUpperCase('vi'), signing, { spacing: { before: 240 } })] : []),
    line(title.toLocaleUpperCase('vi'), signing, authority ? {} : { spacing: { before: 240 } }),
    // Room for the hand signature and the seal.
    ...Array.from({ length: 4 }, () => line('', signing)),
    line(signer, signing),
  ];
  return borderlessTable([FOOT_LEFT, right], [[left, block]]);
}

/** Page numbers centred in the top margin, none on the first page (ND30, Phụ lục I). */
function pageNumbers() {
  return {
    first: new Header({ children: [] }),
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: PT.body * 2 })] })],
    }),
  };
}

export async function layOut(doc: OfficialDocument): Promise<Buffer> {
  const document = new Document({
    creator: doc.agency,
    title: `${doc.type} ${doc.subject}`,
    styles: { default: { document: { run: { font: FONT, size: PT.body * 2 } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: PAGE, margin: { ...MARGIN, header: mm(10), footer: mm(10) } } },
        headers: pageNumbers(),
        children: [
          header(doc),
          line(doc.type.toLocaleUpperCase('vi'), { size: PT.type, bold: true }, { spacing: { before: 360 } }),
          line(doc.subject, { size: PT.type, bold: true }),
          rule(textWidth(doc.subject, PT.type) * 0.4, TEXT_WIDTH),
          ...body(doc.body),
          foot(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
