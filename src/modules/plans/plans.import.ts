import { ValidationError } from '../../platform/http/errors.js';
import { parseVnDate } from '../../shared/dates.js';
import { foldVi } from '../../shared/text.js';
import { CHANNEL_KINDS, DEFAULT_HEADINGS, SIGNING_AUTHORITIES, type ChannelKind, type Delivery, type PlanHeadings, type Purpose, type SigningAuthority } from './plans.schema.js';

/** A plan as its plain text gives it: what `cchc plan import` saves, before the importing organization fills the header. */
export type PlanText = {
  typeName: string;
  title: string;
  /** "năm 2023" in the title; null when the title names no year. */
  year: number | null;
  /** Header parts, when the text carries them ("Số: 45/KH-STTTT", "Lạng Sơn, ngày 10 tháng 02 năm 2023"). */
  number: string;
  symbol: string;
  place: string;
  issuedOn: string | null;
  headings: PlanHeadings;
  purposes: string[];
  requirements: string[];
  topics: string[];
  channels: { kind: ChannelKind; text: string }[];
  fundingText: string;
  responsibilities: string[];
  recipients: { delivery: Delivery; name: string; purpose: Purpose }[];
  signature: { authority: SigningAuthority; authorityTitle: string; signerTitle: string; signerName: string };
};

/** Written after a recipient who only needs to know (NĐ 30: "để biết"); anything else is to carry out. */
export const INFORM_MARK = '(để biết)';

/**
 * Words that name a channel's kind, folded (foldVi), in no particular order: a sentence that
 * mentions several ("hội nghị … chào cờ") takes the kind of the one it mentions first.
 */
const CHANNEL_WORDS: [ChannelKind, string][] = [
  ['portal', 'cong thong tin'],
  ['portal', 'website'],
  ['portal', 'trang thong tin dien tu'],
  ['conference', 'hoi nghi'],
  ['flagCeremony', 'chao co'],
  ['initiative', 'sang kien'],
  ['emulation', 'thi dua'],
  ['documents', 'ban hanh van ban'],
  ['screens', 'man hinh led'],
  ['screens', 'bang tin dien tu'],
];

export function guessChannelKind(text: string): ChannelKind {
  const folded = foldVi(text);
  let best: { kind: ChannelKind; at: number } = { kind: 'other', at: Infinity };
  for (const [kind, words] of CHANNEL_WORDS) {
    const at = folded.indexOf(words);
    if (at >= 0 && at < best.at) best = { kind, at };
  }
  return best.kind;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'] as const;

/** One paragraph of the body once its wrapped lines are joined. */
type Block = { kind: 'roman' | 'numbered' | 'bullet' | 'text'; marker: string; text: string; line: number };

type Line = { text: string; line: number };

const fail = (line: number, message: string): never => {
  throw new ValidationError({ file: `Dòng ${line}: ${message}` });
};

/** NFC, every run of white space (tabs, no-break spaces, zero-width spaces) as one space, blank lines dropped. */
function linesOf(text: string): Line[] {
  return text
    .normalize('NFC')
    .split(/\r\n?|\n/)
    .map((raw, index) => ({ text: raw.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim(), line: index + 1 }))
    .filter((l) => l.text !== '');
}

/** A paragraph that ends so ("." ";" ":" "…" ")") may be followed by a new item; otherwise a marker-like line is a wrapped one. */
const endsSentence = (text: string) => /[.;:!?…)]$/.test(text);

const isUpper = (text: string) => text === text.toLocaleUpperCase('vi') && /\p{L}/u.test(text);

/**
 * Joins wrapped lines into paragraphs. A line opens a new paragraph when it starts with the marker
 * the structure expects next: the next Roman numeral before an upper-case heading; the next number
 * of the section, or a dash, after a finished paragraph (a heading, or text ending a sentence). Anything else
 * continues the paragraph before it: "2023." at the start of a wrapped line is not item 2023, and
 * "- khen thưởng" after "thi đua" is not a new dash item.
 */
function blocksOf(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let roman = 0;
  let number = 0;
  for (const { text, line } of lines) {
    const last = blocks.at(-1);
    const open = !last || last.kind === 'roman' || (last.kind === 'numbered' && roman === 1) || endsSentence(last.text);
    const romanMatch = /^([IVX]+)\.\s*(.+)$/.exec(text);
    const numberMatch = /^(\d{1,3})\.\s*(.+)$/.exec(text);
    const bulletMatch = /^[-–+•]\s*(.+)$/.exec(text);
    if (romanMatch && romanMatch[1] === ROMAN[roman] && isUpper(romanMatch[2]!)) {
      roman += 1;
      number = 0;
      blocks.push({ kind: 'roman', marker: `${romanMatch[1]}.`, text: romanMatch[2]!, line });
    } else if (numberMatch && Number(numberMatch[1]) === number + 1 && open) {
      number += 1;
      blocks.push({ kind: 'numbered', marker: `${number}.`, text: numberMatch[2]!, line });
    } else if (bulletMatch && open) {
      blocks.push({ kind: 'bullet', marker: '-', text: bulletMatch[1]!, line });
    } else if (last && !(last.kind === 'roman' && !isUpper(text))) {
      last.text = `${last.text} ${text}`;
    } else {
      blocks.push({ kind: 'text', marker: '', text, line });
    }
  }
  return blocks;
}

const SECTION_NAMES = ['I (mục đích, yêu cầu)', 'II (nội dung)', 'III (hình thức)', 'IV (kinh phí)', 'V (tổ chức thực hiện)'];

/** Reads sections I–V from the body's paragraphs. */
function sectionsOf(blocks: Block[]) {
  const headings = { ...DEFAULT_HEADINGS };
  const lists = { purposes: [] as string[], requirements: [] as string[], topics: [] as string[], channels: [] as string[], funding: [] as string[], responsibilities: [] as string[] };
  let section = -1;
  let subsection = 0;
  const headingKeys = ['headingAims', 'headingTopics', 'headingChannels', 'headingFunding', 'headingResponsibilities'] as const;
  for (const block of blocks) {
    if (block.kind === 'roman') {
      section += 1;
      headings[headingKeys[section]!] = block.text;
      continue;
    }
    if (section < 0) fail(block.line, 'trước mục “I. MỤC ĐÍCH, YÊU CẦU” chỉ được có tên loại và trích yếu.');
    const where = `mục ${SECTION_NAMES[section]}`;
    switch (section) {
      case 0:
        if (block.kind === 'numbered') {
          subsection = Number(block.marker.slice(0, -1));
          if (subsection > 2) fail(block.line, `${where} chỉ có “1. Mục đích” và “2. Yêu cầu”.`);
          headings[subsection === 1 ? 'headingPurposes' : 'headingRequirements'] = block.text;
        } else if (block.kind === 'bullet' && subsection > 0) {
          (subsection === 1 ? lists.purposes : lists.requirements).push(block.text);
        } else fail(block.line, `${where}: mỗi ý viết sau dấu “-”, dưới “1. Mục đích” hoặc “2. Yêu cầu”.`);
        break;
      case 1:
      case 2:
      case 4:
        if (block.kind !== 'numbered') fail(block.line, `${where}: mỗi ý phải được đánh số 1., 2., 3.…`);
        (section === 1 ? lists.topics : section === 2 ? lists.channels : lists.responsibilities).push(block.text);
        break;
      default:
        lists.funding.push(block.marker ? `${block.marker} ${block.text}` : block.text);
    }
  }
  if (section < 4) fail(blocks.at(-1)?.line ?? 1, `thiếu mục ${SECTION_NAMES[section + 1]}; kế hoạch phải có đủ các mục I đến V.`);
  return { headings, ...lists };
}

/** "Nơi nhận:" to the end: the recipients by delivery group, then the signing block. */
function closingOf(lines: Line[]) {
  const recipients: PlanText['recipients'] = [];
  let delivery: Delivery = 'paper';
  let index = 0;
  for (; index < lines.length; index++) {
    const { text } = lines[index]!;
    const folded = foldVi(text);
    const last = recipients.at(-1);
    if (/^gui ban giay:?$/.test(folded)) delivery = 'paper';
    else if (/^gui ban dien tu:?$/.test(folded)) delivery = 'electronic';
    else if (/^[-–+•]\s*/.test(text) && (!last || /[;.]$/.test(last.name))) recipients.push({ delivery, name: text.replace(/^[-–+•]\s*/, ''), purpose: 'execute' });
    else if (last && !/[;.]$/.test(last.name)) last.name = `${last.name} ${text}`;
    else break;
  }
  const signing = lines.slice(index);
  if (signing.length < 2) fail(lines.at(-1)?.line ?? 1, 'thiếu phần ký: chức vụ người ký (ví dụ “KT. GIÁM ĐỐC”, “PHÓ GIÁM ĐỐC”) và họ tên người ký.');
  for (const r of recipients) {
    r.name = r.name.replace(/[;.]$/, '').trim();
    if (r.name.endsWith(INFORM_MARK)) {
      r.name = r.name.slice(0, -INFORM_MARK.length).trim();
      r.purpose = 'inform';
    }
  }
  return { recipients, signature: signatureOf(signing.map((l) => l.text)) };
}

function signatureOf(lines: string[]): PlanText['signature'] {
  const signerName = lines.at(-1)!;
  const titles = lines.slice(0, -1);
  const prefix = /^(KT|TL|TM|Q)\.\s*(.+)$/.exec(titles[0]!);
  if (prefix && titles.length > 1) {
    return { authority: `${prefix[1]}.` as keyof typeof SIGNING_AUTHORITIES, authorityTitle: prefix[2]!, signerTitle: titles.slice(1).join(' '), signerName };
  }
  return { authority: '', authorityTitle: '', signerTitle: titles.join(' '), signerName };
}

/** Header lines before the type: "Số: 45/KH-STTTT" and "Lạng Sơn, ngày 10 tháng 02 năm 2023", when present. */
function headerOf(lines: Line[]) {
  const found = { number: '', symbol: '', place: '', issuedOn: null as string | null };
  for (const { text } of lines) {
    const numbered = /^Số:\s*(\d*)\s*\/\s*(\S+)$/.exec(text);
    if (numbered) Object.assign(found, { number: numbered[1], symbol: numbered[2] });
    const dated = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/.exec(text);
    if (dated) Object.assign(found, { place: dated[1], issuedOn: parseVnDate(`${dated[2]}/${dated[3]}/${dated[4]}`) });
  }
  return found;
}

const TYPE_NAME = 'KẾ HOẠCH';

/**
 * Reads the plain text of a plan written as the seed is: the type ("KẾ HOẠCH"), the title,
 * sections I–V, "Nơi nhận:" and the signing block. Lines may be wrapped anywhere inside a
 * paragraph; blank lines, stray spaces and page-break gaps are ignored. Each heading sits on its own
 * line. Throws ValidationError (field `file`) naming the line it could not read.
 */
export function parsePlanText(text: string): PlanText {
  const lines = linesOf(text);
  const typeAt = lines.findIndex((l) => l.text.toLocaleUpperCase('vi') === TYPE_NAME);
  if (typeAt < 0) fail(1, `không thấy tên loại văn bản “${TYPE_NAME}” trên một dòng riêng.`);
  const firstSection = lines.findIndex((l, i) => i > typeAt && /^I\.\s/.test(l.text));
  if (firstSection < 0) fail(lines[typeAt]!.line, 'không thấy mục “I.” (mục đích, yêu cầu).');
  const title = lines
    .slice(typeAt + 1, firstSection)
    .map((l) => l.text)
    .join(' ');
  if (title === '') fail(lines[typeAt]!.line, 'thiếu trích yếu (tên kế hoạch) dưới tên loại văn bản.');
  const closingAt = lines.findIndex((l, i) => i > firstSection && /^nơi nhận\s*:?$/i.test(l.text));
  if (closingAt < 0) fail(lines.at(-1)!.line, 'không thấy dòng “Nơi nhận:”.');

  const sections = sectionsOf(blocksOf(lines.slice(firstSection, closingAt)));
  const years = [...title.matchAll(/năm (\d{4})/g)];
  return {
    typeName: TYPE_NAME,
    title,
    year: years.length > 0 ? Number(years.at(-1)![1]) : null,
    ...headerOf(lines.slice(0, typeAt)),
    headings: sections.headings,
    purposes: sections.purposes,
    requirements: sections.requirements,
    topics: sections.topics,
    channels: sections.channels.map((t) => ({ kind: guessChannelKind(t), text: t })),
    fundingText: sections.funding.join('\n'),
    responsibilities: sections.responsibilities,
    ...closingOf(lines.slice(closingAt + 1)),
  };
}
