/**
 * An amount of money as officials type it: "15.000.000", "15 000 000 đ", "15000000 đồng".
 * Dots and spaces group thousands (Vietnamese writing, REFERENCE §6.2); a comma would be a decimal
 * separator, and đồng has no fraction in use, so it is refused rather than guessed. Returns whole
 * đồng, or null when the text is not an amount.
 */
export function parseDong(text: string): number | null {
  const bare = text
    .normalize('NFC')
    .trim()
    .replace(/\s*(đồng|đ|vnđ|vnd)$/i, '')
    .trim();
  if (!/^\d{1,3}([.\s\u00A0]\d{3})*$|^\d+$/.test(bare)) return null;
  const value = Number(bare.replace(/[.\s\u00A0]/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** The largest amount a budget line or expense may hold: a thousand billion đồng, far above any communication budget. */
export const MAX_AMOUNT = 1_000_000_000_000;
