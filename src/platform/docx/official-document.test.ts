import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { docxParagraphTexts, renderOfficialDocument, type OfficialDocument } from './official-document.js';
import { docxPart } from './docx-text.js';

const plan: OfficialDocument = {
  parentAgency: 'UBND TỈNH LẠNG SƠN',
  agency: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG',
  numberSymbol: '45/KH-STTTT',
  place: 'Lạng Sơn',
  date: '2023-01-05',
  type: 'KẾ HOẠCH',
  subject: 'Tuyên truyền cải cách hành chính năm 2023',
  body: [
    { kind: 'heading', level: 1, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
    { kind: 'heading', level: 2, text: '1. Mục đích' },
    { kind: 'paragraph', text: '- Tiếp tục góp phần nâng cao nhận thức của cán bộ, công chức.' },
    { kind: 'table', header: ['Nội dung', 'Số bài'], rows: [['II.1', '12']] },
  ],
  recipients: ['Gửi bản giấy:', '- Lưu: VT.', 'Gửi bản điện tử:', '- Sở Nội vụ (để biết);'],
  signature: { authority: 'KT. GIÁM ĐỐC', title: 'Phó Giám đốc', signer: 'Nguyễn Văn An' },
};

const documentXml = async (doc: OfficialDocument) => docxPart(await renderOfficialDocument(doc), 'word/document.xml');

const attr = (xml: string, element: string, name: string): number => {
  const m = new RegExp(`<${element}\\b[^>]*\\b${name}="(\\d+)"`).exec(xml);
  assert.ok(m, `${element} ${name}`);
  return Number(m[1]);
};
const twipsToMm = (t: number) => (t * 25.4) / 1440;

/** The formatting of the run that prints exactly this text. */
function runStyle(xml: string, text: string): { size: number; bold: boolean; italic: boolean } {
  const run = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].find(([, inner]) => inner!.includes(`>${text}</w:t>`));
  assert.ok(run, `a run printing "${text}"`);
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run[1]!)?.[1] ?? '';
  return { size: attr(rPr, 'w:sz', 'w:val') / 2, bold: /<w:b\/>/.test(rPr), italic: /<w:i\/>/.test(rPr) };
}

/** Each table: borderless or not, its number of columns, and its cells' texts. */
function tables(xml: string) {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, t]) => ({
    borderless: /<w:tblBorders>/.test(t!) && !/<w:tblBorders>[\s\S]*w:val="single"[\s\S]*<\/w:tblBorders>/.test(t!),
    columns: [...t!.matchAll(/<w:gridCol /g)].length,
    cells: [...t!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, c]) => [...c!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, s]) => s).filter(Boolean)),
  }));
}

test('the page is A4 portrait with the margins of Nghị định 30', async () => {
  const xml = await documentXml(plan);
  assert.equal(Math.round(twipsToMm(attr(xml, 'w:pgSz', 'w:w'))), 210);
  assert.equal(Math.round(twipsToMm(attr(xml, 'w:pgSz', 'w:h'))), 297);
  const margin = (side: string) => twipsToMm(attr(xml, 'w:pgMar', `w:${side}`));
  for (const [side, min, max] of [['top', 20, 25], ['bottom', 20, 25], ['left', 30, 35], ['right', 15, 20]] as const) {
    assert.ok(margin(side) >= min && margin(side) <= max, `${side} margin ${margin(side)} mm`);
  }
});

test('every run is in Times New Roman', async () => {
  const buffer = await renderOfficialDocument(plan);
  assert.match(docxPart(buffer, 'word/styles.xml'), /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
  const fonts = [...docxPart(buffer, 'word/document.xml').matchAll(/<w:rFonts ([^>]*)\/>/g)].map(([, a]) => a);
  assert.ok(fonts.length > 10);
  for (const f of fonts) assert.match(f!, /w:ascii="Times New Roman".*w:hAnsi="Times New Roman"/);
});

test('the header is a borderless two-column table with the agencies left and the Quốc hiệu right', async () => {
  const xml = await documentXml(plan);
  const [head] = tables(xml);
  assert.equal(head!.borderless, true);
  assert.equal(head!.columns, 2);
  assert.deepEqual(head!.cells, [
    ['UBND TỈNH LẠNG SƠN', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 45/KH-STTTT'],
    ['Lạng Sơn, ngày 05 tháng 01 năm 2023'],
  ]);
  assert.deepEqual(runStyle(xml, 'UBND TỈNH LẠNG SƠN'), { size: 12, bold: false, italic: false });
  assert.deepEqual(runStyle(xml, 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'), { size: 12, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), { size: 12, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'Độc lập - Tự do - Hạnh phúc'), { size: 13, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'Số: 45/KH-STTTT'), { size: 13, bold: false, italic: false });
  assert.deepEqual(runStyle(xml, 'Lạng Sơn, ngày 05 tháng 01 năm 2023'), { size: 13, bold: false, italic: true });
  // The rules under the issuing agency and the Tiêu ngữ.
  assert.equal([...xml.split('</w:tbl>')[0]!.matchAll(/<w:pBdr><w:bottom w:val="single"/g)].length, 2);
});

test('the date line pads the day, and the month only for January and February; no date leaves it to fill by hand', async () => {
  const dateLine = async (date: string | null) => (await docxParagraphTexts(await renderOfficialDocument({ ...plan, date })))[7];
  assert.equal(await dateLine('2023-06-29'), 'Lạng Sơn, ngày 29 tháng 6 năm 2023');
  assert.equal(await dateLine('2023-02-09'), 'Lạng Sơn, ngày 09 tháng 02 năm 2023');
  assert.equal(await dateLine(null), 'Lạng Sơn, ngày … tháng … năm …');
});

test('without a parent agency the issuing agency heads the left column', async () => {
  const [head] = tables(await documentXml({ ...plan, parentAgency: null }));
  assert.deepEqual(head!.cells[0], ['SỞ THÔNG TIN VÀ TRUYỀN THÔNG']);
});

test('type and subject are bold and centred, the body justified with a first-line indent', async () => {
  const xml = await documentXml({ ...plan, type: 'Báo cáo' });
  const texts = await docxParagraphTexts(await renderOfficialDocument({ ...plan, type: 'Báo cáo' }));
  assert.deepEqual(texts.slice(8, 10), ['BÁO CÁO', 'Tuyên truyền cải cách hành chính năm 2023']);
  assert.deepEqual(runStyle(xml, 'BÁO CÁO'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'Tuyên truyền cải cách hành chính năm 2023'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'I. MỤC ĐÍCH, YÊU CẦU'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, '1. Mục đích'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, '- Tiếp tục góp phần nâng cao nhận thức của cán bộ, công chức.'), { size: 14, bold: false, italic: false });
  const body = /<w:p><w:pPr>(.*?)<\/w:pPr><w:r>(?:(?!<\/w:p>).)*Tiếp tục góp phần/.exec(xml)![1]!;
  assert.match(body, /<w:jc w:val="both"\/>/);
  assert.ok(twipsToMm(attr(body, 'w:ind', 'w:firstLine')) >= 10);
});

test('a body table keeps its header and cells, with borders', async () => {
  const xml = await documentXml(plan);
  const figures = tables(xml).find((t) => t.cells[0]?.[0] === 'Nội dung')!;
  assert.equal(figures.borderless, false);
  assert.deepEqual(figures.cells, [['Nội dung'], ['Số bài'], ['II.1'], ['12']]);
});

test('the foot puts "Nơi nhận:" beside the signing block in a borderless table', async () => {
  const xml = await documentXml(plan);
  const foot = tables(xml).at(-1)!;
  assert.equal(foot.borderless, true);
  assert.deepEqual(foot.cells, [
    ['Nơi nhận:', 'Gửi bản giấy:', '- Lưu: VT.', 'Gửi bản điện tử:', '- Sở Nội vụ (để biết);'],
    ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn An'],
  ]);
  assert.deepEqual(runStyle(xml, 'Nơi nhận:'), { size: 12, bold: true, italic: true });
  assert.deepEqual(runStyle(xml, '- Sở Nội vụ (để biết);'), { size: 11, bold: false, italic: false });
  assert.deepEqual(runStyle(xml, 'KT. GIÁM ĐỐC'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'PHÓ GIÁM ĐỐC'), { size: 14, bold: true, italic: false });
  assert.deepEqual(runStyle(xml, 'Nguyễn Văn An'), { size: 14, bold: true, italic: false });
});

test('a head signing in their own name has no authority line', async () => {
  const foot = tables(await documentXml({ ...plan, signature: { authority: '', title: 'GIÁM ĐỐC', signer: 'Trần Thị Bình' } })).at(-1)!;
  assert.deepEqual(foot.cells[1], ['GIÁM ĐỐC', 'Trần Thị Bình']);
});

// Characters XML cannot hold are dropped by the renderer: a .docx with them would not open.
const xmlText = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r\n]/g, ''));

test('any body text survives into the document, in order', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(xmlText, { minLength: 1, maxLength: 4 }), fc.array(fc.array(xmlText, { minLength: 2, maxLength: 2 }), { maxLength: 2 }), async (texts, rows) => {
      const body = texts.map((text, i) => (i === 0 ? { kind: 'heading' as const, level: 1 as const, text } : { kind: 'paragraph' as const, text }));
      const paragraphs = await docxParagraphTexts(await renderOfficialDocument({ ...plan, body: [...body, { kind: 'table', header: ['A', 'B'], rows }] }));
      const start = paragraphs.indexOf('Tuyên truyền cải cách hành chính năm 2023') + 2;
      assert.deepEqual(paragraphs.slice(start, start + texts.length + 2 + rows.length * 2), [...texts, 'A', 'B', ...rows.flat()]);
    }),
    { numRuns: 40 },
  );
});

test('a paragraph typed on several lines prints one paragraph per line', async () => {
  const paragraphs = await docxParagraphTexts(await renderOfficialDocument({ ...plan, body: [{ kind: 'paragraph', text: 'Dòng một\nDòng hai' }] }));
  const at = paragraphs.indexOf('Dòng một');
  assert.deepEqual(paragraphs.slice(at, at + 2), ['Dòng một', 'Dòng hai']);
});
