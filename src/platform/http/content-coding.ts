/** The content codings a stored page is kept in, best first: what a browser is sent depends on its Accept-Encoding. */
export const CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CODINGS)[number] | 'identity';

/**
 * The coding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the one of br and gzip the
 * client weighs highest with a q above 0, listed by name or through `*`, br on a tie; identity when
 * it accepts neither or sent no header. Names are case-insensitive; a malformed weight counts as 1.
 * Browsers send a handful of distinct headers, so answers are remembered per header value.
 */
export function preferredCoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  let coding = remembered.get(header);
  if (coding === undefined) {
    coding = negotiate(header);
    if (remembered.size >= 256) remembered.clear();
    remembered.set(header, coding);
  }
  return coding;
}

const remembered = new Map<string, ContentCoding>();

function negotiate(header: string): ContentCoding {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const token = name!.trim().toLowerCase();
    if (!token) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined || Number.isNaN(Number(q)) ? 1 : Math.min(1, Number(q));
    weights.set(token, Math.max(weights.get(token) ?? 0, weight));
  }
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}
