import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { queryTerms, searchKey, type Search } from '../../platform/search/search.js';

/**
 * The procedure or legal document a case concerns (NĐ 20/2008 Điều 7: a feedback names the
 * regulation concerned). Found through the site search index, so only what is public can be picked;
 * stored on the case as the index's type and id.
 */
export const RELATED_TYPES = { procedure: 'Thủ tục hành chính', document: 'Văn bản' } as const;
export type RelatedType = keyof typeof RELATED_TYPES;
const TYPES = Object.keys(RELATED_TYPES) as RelatedType[];

export type RelatedRef = { type: RelatedType; id: number; title: string; url: string };

const SUGGESTIONS = 8;
/** Pages of procedures and documents, as their modules publish them: a pasted address is an exact pick. */
const PAGE_PATH = /\/(thu-tuc-hanh-chinh|van-ban)\/[a-z0-9-]+/;

const isRelatedType = (type: string): type is RelatedType => (TYPES as string[]).includes(type);

/** What the index says about a reference today: its title and page, or null once it is no longer public. */
export async function relatedLink(db: Kysely<DB>, type: string | null, id: number | null): Promise<RelatedRef | null> {
  if (!type || id === null || !isRelatedType(type)) return null;
  const row = await db.selectFrom('search_entries').select(['title', 'url']).where('type', '=', type).where('ref_id', '=', String(id)).executeTakeFirst();
  return row ? { type, id, title: row.title, url: row.url } : null;
}

/** Procedures and documents matching what the citizen typed (folded: "dang ky kinh doanh" finds "Đăng ký kinh doanh"). */
export async function suggestRelated(db: Kysely<DB>, search: Search, q: string): Promise<RelatedRef[]> {
  if (queryTerms(q).length === 0) return [];
  const result = await search.query(db, { q, types: TYPES, pageSize: SUGGESTIONS });
  return result.hits.filter((h) => isRelatedType(h.type)).map((h) => ({ type: h.type as RelatedType, id: Number(h.refId), title: h.title, url: h.url }));
}

export type Resolved = { ref: RelatedRef | null; error?: string };

/**
 * Turns the text of the field into one reference, without any JavaScript on the page: empty is no
 * reference; a pasted page address, a title picked from the suggestions, or a text only one entry
 * matches is that entry. Anything else is a message; the page shown again lists the candidates.
 */
export async function resolveRelated(db: Kysely<DB>, search: Search, text: string): Promise<Resolved> {
  const typed = text.trim();
  if (typed === '') return { ref: null };
  const path = typed.match(PAGE_PATH)?.[0];
  if (path) {
    const row = await db.selectFrom('search_entries').select(['type', 'ref_id', 'title', 'url']).where('url', '=', path).where('type', 'in', TYPES).executeTakeFirst();
    if (row) return { ref: { type: row.type as RelatedType, id: Number(row.ref_id), title: row.title, url: row.url } };
  }
  const candidates = await suggestRelated(db, search, typed);
  const key = searchKey(typed);
  const exact = candidates.filter((c) => searchKey(c.title) === key);
  if (exact.length === 1) return { ref: exact[0]! };
  if (exact.length === 0 && candidates.length === 1) return { ref: candidates[0]! };
  if (candidates.length === 0) {
    return { ref: null, error: `Không tìm thấy thủ tục hành chính hoặc văn bản nào khớp với “${typed}”. Vui lòng kiểm tra lại tên, số hiệu, hoặc để trống ô này.` };
  }
  return { ref: null, error: `Có nhiều thủ tục, văn bản khớp với “${typed}”. Vui lòng chọn một trong danh sách gợi ý của ô này (hoặc gõ đầy đủ tên).` };
}
