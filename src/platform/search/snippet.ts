import { foldVi } from '../../shared/text.js';

/** A run of text, marked when it matched a query term; views escape it like any text. */
export type Snippet = { text: string; mark: boolean }[];

/** Folding one character at a time is most of a search's CPU: an alphabet's worth of answers is remembered. */
const foldedChars = new Map<string, string>();
function foldChar(c: string) {
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    folded = foldVi(c).charAt(0) || ' ';
    if (foldedChars.size < 5000) foldedChars.set(c, folded);
  }
  return folded;
}

/**
 * Folds character by character so each folded position points back at the same position in
 * the original (an NFC Vietnamese letter folds to exactly one letter), then cuts a window
 * around the first match and marks every term inside it.
 */
export function snippetOf(text: string, terms: string[], width = 200): Snippet {
  const chars = Array.from(text.normalize('NFC'));
  const folded = chars.map(foldChar).join('');
  const first = terms.map((t) => folded.search(new RegExp(`\\b${t}\\b`))).filter((i) => i >= 0);
  const at = first.length > 0 ? Math.min(...first) : 0;
  // Centre-left on the first match, but never leave the window short when the text could fill it.
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  const windowFolded = folded.slice(start, end);

  const marks = new Array<boolean>(end - start).fill(false);
  for (const term of terms) {
    for (const match of windowFolded.matchAll(new RegExp(`\\b${term}\\b`, 'g'))) {
      for (let i = match.index; i < match.index + term.length; i++) marks[i] = true;
    }
  }
  const snippet: Snippet = [];
  if (start > 0) snippet.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const mark = marks[i - start]!;
    const last = snippet[snippet.length - 1];
    if (last && last.mark === mark) last.text += chars[i];
    else snippet.push({ text: chars[i]!, mark });
  }
  if (end < chars.length) snippet.push({ text: ' …', mark: false });
  return snippet;
}
