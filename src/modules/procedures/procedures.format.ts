/**
 * Text forms of a procedure's lists, shared by the back-office form and the spreadsheet import:
 * one item a line, "Tên giấy tờ | số bản", "Khoản thu | số tiền". Pure functions, no I/O.
 */
import { foldVi } from '../../shared/text.js';
import { LEVELS, ONLINE_LEVELS, type Level, type OnlineLevel } from './procedures.schema.js';

/** Non-empty trimmed lines; a spreadsheet cell may also separate items with ";" (see README). */
export function lines(text: string | undefined, semicolons = false): string[] {
  return (text ?? '')
    .split(semicolons ? /\r?\n|;/ : /\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-–•*+]|\d{1,2}[.)])\s+/, '').trim())
    .filter((l) => l !== '');
}

export type Fee = { label: string; amount: number | null };
export type ComponentLine = { name: string; copies: number };

/** A problem with one line of a list field, told with the line number the person sees. */
export class LineError extends Error {}

const MONEY = /^(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*(?:đồng|đ|vnđ|vnd)?\.?$/i;

/** "500.000", "500 000", "500000 đồng" → 500000; anything else → null. */
export function parseDong(text: string): number | null {
  const match = MONEY.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]!.replace(/[.\s]/g, ''));
  return Number.isSafeInteger(amount) ? amount : null;
}

/**
 * One fee a line. "Lệ phí cấp giấy phép | 500.000" names the amount explicitly; "Lệ phí: 500.000
 * đồng" (the national database's wording) is read the same way; a line with no amount at the end
 * ("Không thu phí", "Theo quy định của Bộ Tài chính") is kept as text.
 */
export function parseFees(text: string | undefined): Fee[] {
  const items = lines(text);
  // "Không", "Không thu phí, lệ phí", "Miễn phí": exports write the absence of fees in words.
  if (items.length === 1 && /^(khong|khong co|khong thu|khong thu phi,? le phi|mien phi|mien phi, le phi)\.?$/.test(foldVi(items[0]!))) return [];
  return items.map((line, i) => {
    const bar = line.indexOf('|');
    if (bar >= 0) {
      const label = line.slice(0, bar).trim();
      const amount = parseDong(line.slice(bar + 1));
      if (label === '' || amount === null) throw new LineError(`Dòng ${i + 1}: viết “Tên khoản thu | số tiền”, ví dụ “Lệ phí cấp giấy phép | 500.000”.`);
      return { label, amount };
    }
    const tail = /^(.*?)\s*[:：]\s*([\d.\s]+\s*(?:đồng|đ|vnđ|vnd)?\.?)$/i.exec(line);
    const amount = tail ? parseDong(tail[2]!) : null;
    return amount !== null && tail![1]!.trim() !== '' ? { label: tail![1]!.trim(), amount } : { label: line, amount: null };
  });
}

export const feesText = (fees: Fee[]) => fees.map((f) => (f.amount === null ? f.label : `${f.label} | ${f.amount.toLocaleString('vi-VN')}`)).join('\n');

/** One component a line: "Đơn đề nghị cấp giấy phép | 1"; without "| số bản" one copy is meant. */
export function parseComponents(text: string | undefined): ComponentLine[] {
  return lines(text).map((line, i) => {
    const bar = line.lastIndexOf('|');
    if (bar < 0) return { name: line.slice(0, 500), copies: 1 };
    const name = line.slice(0, bar).trim();
    const copies = line.slice(bar + 1).trim().replace(/\s*(?:bản|ban)\s*$/i, '');
    if (name === '' || !/^\d{1,2}$/.test(copies) || Number(copies) < 1) {
      throw new LineError(`Dòng ${i + 1}: viết “Tên giấy tờ | số bản”, số bản từ 1 đến 99, ví dụ “Đơn đề nghị | 1”.`);
    }
    return { name: name.slice(0, 500), copies: Number(copies) };
  });
}

export const componentsText = (components: ComponentLine[]) => components.map((c) => `${c.name} | ${c.copies}`).join('\n');

/** Reads "Cấp Tỉnh", "cap xa", "Cấp tỉnh, Cấp xã" as level keys; null when a part is not a level. */
export function parseLevels(text: string): Level[] | null {
  const parts = text.split(/[,;\n/]+/).map((p) => foldVi(p).replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
  const found = new Set<Level>();
  for (const part of parts) {
    const word = part.replace(/^cap /, '');
    const level = (Object.keys(LEVELS) as Level[]).find((key) => foldVi(LEVELS[key]).replace(/^cap /, '') === word);
    if (!level) return null;
    found.add(level);
  }
  return found.size > 0 ? (Object.keys(LEVELS) as Level[]).filter((l) => found.has(l)) : null;
}

/**
 * The online level as exports write it: the NĐ 42/2022 names, with or without "dịch vụ công trực
 * tuyến", or the former "mức độ 3/4" that many systems still use. An empty cell means not online.
 */
export function parseOnlineLevel(text: string): OnlineLevel | null {
  const t = foldVi(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === '' || /\bchua\b/.test(t) || /^(muc do )?[12]$/.test(t) || /cung cap thong tin/.test(t)) return 'none';
  if (/toan trinh/.test(t) || /^(muc do )?4$/.test(t)) return 'full';
  if (/mot phan/.test(t) || /^(muc do )?3$/.test(t)) return 'partial';
  const key = (Object.keys(ONLINE_LEVELS) as OnlineLevel[]).find((k) => k === t);
  return key ?? null;
}

/** "Trong 05 ngày làm việc kể từ…" → 5; several different figures (or none) → null. */
export function workingDaysIn(text: string): number | null {
  const figures = [...foldVi(text).matchAll(/(\d{1,3})\s*(?:\([^)]*\)\s*)?ngay lam viec/g)].map((m) => Number(m[1]));
  return figures.length > 0 && figures.every((d) => d === figures[0]) && figures[0]! <= 365 ? figures[0]! : null;
}

/**
 * Số, ký hiệu of legal documents inside free text: "103/2016/QH13", "60/2014/NĐ-CP", "45/KH-STTTT".
 * A date ("05/4/2016") never matches because a symbol starts with a capital letter.
 */
const DOCUMENT_SYMBOL = /(?<![\p{L}\d/])\d{1,4}\/(?:\d{4}\/)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d&]+)*/gu;

export type TextPart = { text: string; symbol?: string };

/** A line of legal basis cut into plain text and document symbols, each symbol to be linked. */
export function documentSymbols(line: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of line.matchAll(DOCUMENT_SYMBOL)) {
    if (match.index! > last) parts.push({ text: line.slice(last, match.index) });
    parts.push({ text: match[0], symbol: match[0] });
    last = match.index! + match[0].length;
  }
  if (last < line.length) parts.push({ text: line.slice(last) });
  return parts;
}

/** The short national code from what a sheet or a person wrote: "1.004227.000.00.00.H12" → "1.004227". */
export function shortCode(text: string): string {
  const match = /^\s*(\d{1,2}\.\d{6})(?:\.[0-9A-Za-z.]+)?\s*$/.exec(text);
  return match ? match[1]! : text.trim();
}

/** A https address, or null. */
export function httpsUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : null;
  } catch {
    return null;
  }
}
