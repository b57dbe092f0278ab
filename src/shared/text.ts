/**
 * Vietnamese text: normalisation on the way in, folded keys for search and
 * URLs, and collation for display order (REFERENCE §6.1).
 */

/** Canonical composition; macOS, iOS and some input methods send NFD. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  // Fastify's body parser (fast-querystring) builds bodies on a prototype that itself has a null
  // prototype: still a dictionary of fields, unlike a class instance whose chain reaches Object.
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Applied to every request body: the same word typed on a Mac (NFD) and on
 * Windows (NFC) must be stored, compared and indexed as the same string.
 * Only strings inside plain objects and arrays are touched; Dates, Buffers and
 * other class instances pass through unchanged. Keys are left as sent, because
 * they are field names chosen by our own forms.
 */
export function normalizeInput<T>(value: T): T;
export function normalizeInput(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value).trim();
  if (Array.isArray(value)) return value.map((item) => normalizeInput(item));
  if (isPlainObject(value)) {
    // Object.fromEntries defines own properties, so a "__proto__" key in a
    // body stays data instead of replacing the prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeInput(v)]));
  }
  return value;
}

/**
 * Search key: lower case, without diacritics, đ → d. Unicode gives đ no
 * decomposition, so it survives mark stripping and must be mapped by hand
 * (FTS5 and most "remove accents" helpers keep it; REFERENCE §6.1).
 * Lower-casing first means Đ only needs one mapping, and decomposing after it
 * removes any mark that lower-casing introduced. \p{M} covers every combining
 * mark, not only the U+0300–U+036F block, so "d\u0335" (d + stroke overlay,
 * a look-alike of đ) also folds to d.
 */
export function foldVi(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/**
 * URL segment from any title. When truncating, whole words are kept so that
 * a slug never ends in half a word, unless the first word alone is too long.
 */
export function slugify(s: string, maxLength = 80): string {
  const words = foldVi(s).split(/[^a-z0-9]+/).filter((w) => w !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) return slug === '' ? word.slice(0, maxLength) : slug;
    slug = next;
  }
  return slug;
}

// One instance: building a collator is far slower than comparing with it.
const viCollator = new Intl.Collator('vi');

/**
 * Vietnamese order (a ă â b c d đ e ê …, tones ngang huyền hỏi ngã sắc nặng).
 * A plain sort would put Ă, Â, Đ, Ê, Ô, Ơ, Ư after z.
 */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}

/** Returns a sorted copy; the input is left untouched. */
export function sortVi(items: readonly string[]): string[];
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[];
export function sortVi<T>(items: readonly T[], key?: (item: T) => string): T[] {
  const keyOf = key ?? ((item: T) => String(item));
  return [...items].sort((a, b) => compareVi(keyOf(a), keyOf(b)));
}

function nameParts(fullName: string): { given: string; middle: string; family: string } {
  const words = fullName.trim().split(/\s+/);
  return {
    given: words.at(-1) ?? '',
    middle: words.slice(1, -1).join(' '),
    family: words.length > 1 ? (words[0] ?? '') : '',
  };
}

/**
 * Lists of people are conventionally ordered by given name (the last word),
 * then middle name, then family name: "Trần Văn An" comes before
 * "Lê Thị Bình". The whole string breaks remaining ties so the order is total.
 */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = nameParts(a);
  const pb = nameParts(b);
  return (
    compareVi(pa.given, pb.given) ||
    compareVi(pa.middle, pb.middle) ||
    compareVi(pa.family, pb.family) ||
    compareVi(a, b)
  );
}
