import { queryTerms, TOTAL_CAP } from '../../platform/search/search.js';

/** The tracking code of a case: PA-2026-000123, the year of receipt and a sequence per year. */
export const formatCode = (year: number, seq: number) => `PA-${year}-${String(seq).padStart(6, '0')}`;

/** A tracking code as people type it: any case, with or without the dashes, or with spaces. */
const CODE_SHAPE = /^pa[\s-]*(\d{4})[\s-]*(\d{1,6})$/i;

/**
 * What the inbox's search box asks for: one case by its tracking code (the unique index), or the
 * cases whose title holds every word, folded like site search (searchKey: "giay phep" finds "giấy
 * phép", đ is d), the last word as a prefix (so a word being typed already matches).
 */
export type InboxSearch = { code: string } | { words: string[] };

export function inboxSearchOf(q: string | undefined): InboxSearch | undefined {
  const text = (q ?? '').trim();
  const code = CODE_SHAPE.exec(text);
  if (code) return { code: formatCode(Number(code[1]), Number(code[2])) };
  const words = queryTerms(text);
  return words.length > 0 ? { words } : undefined;
}

/**
 * A word search's total is counted up to this many, as site search's (TOTAL_CAP) and large inboxes
 * do: a common word matches 250,000 of a million cases, and counting them costs far more than the
 * page (walking 10,000 matches of two words and a state takes 20 ms, 1,000 takes 1.4 ms:
 * bench/README.md). Beyond it the page says "Hơn 1.000" and offers pages up to the cap (50).
 */
export const INBOX_TOTAL_CAP = TOTAL_CAP;
