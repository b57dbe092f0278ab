import type { SearchEntry } from '../../src/platform/search/search.js';
import type { GeneratedArticle } from './corpus-text.js';

export type CorpusRow = { entry: SearchEntry; titleKey: string; bodyKey: string };

/** The portal's default categories (content.schema.ts), as slugs. */
export const CATEGORIES = [
  'tin-tuc-cchc', 'van-ban-ve-cchc', 'thu-tuc-hanh-chinh', 'huong-dan-dich-vu-cong-truc-tuyen-va-thanh-toan-truc-tuyen',
  'chuyen-doi-so-chinh-quyen-dien-tu', 'ky-luat-ky-cuong-dao-duc-cong-vu', 'hoi-dap-phan-anh-kien-nghi', 'ket-qua-cchc',
  'sang-kien-cchc', 'guong-dien-hinh',
];

const START = Date.UTC(2016, 0, 1);
const SPAN = 10 * 365 * 86_400_000;

/**
 * Entry number i of n: published in order over ten years (2016–2025) with a few hours of jitter,
 * except 2% back-dated anywhere earlier (documents registered long after they were issued), so
 * insertion order is not publication order. 85% articles, 10% documents, 5% procedures.
 */
export function entryAt(i: number, n: number, random: () => number, text: GeneratedArticle): SearchEntry {
  const step = SPAN / n;
  const at = random() < 0.02 ? START + random() * i * step : START + i * step + (random() - 0.5) * 6 * 3_600_000;
  const u = random();
  const type = u < 0.85 ? 'article' : u < 0.95 ? 'document' : 'procedure';
  const category = CATEGORIES[Math.min(CATEGORIES.length - 1, Math.floor(Math.pow(random(), 1.6) * CATEGORIES.length))]!;
  const refId = i + 1;
  const url = type === 'article' ? `/tin-tuc/bai-viet-${refId}` : type === 'document' ? `/van-ban/${refId}` : `/thu-tuc/${refId}`;
  return { type, refId, organizationId: null, title: text.title, body: text.body, url, category, publishedAt: new Date(Math.round(at)).toISOString() };
}
