import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import type { AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ValidationError } from '../../platform/http/errors.js';
import { readSetting, writeSetting } from '../../platform/settings/settings.js';
import type { Link } from '../../platform/views/context.js';
import type { OrganizationsService } from '../organizations/organizations.service.js';
import type { ArticlesService } from './articles.service.js';
import type { CategoriesService } from './categories.service.js';
import { contentPolicy as policy } from './content.policy.js';

const NATIONAL_PORTAL_SETTING = 'portal.nationalServiceUrl';
export const DEFAULT_NATIONAL_PORTAL = 'https://dichvucong.gov.vn';

export type PortalService = ReturnType<typeof createPortalService>;

/** What the public pages are made of: the portal organization's visible categories and published articles. */
export function createPortalService(deps: {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditWriter;
  organizations: OrganizationsService;
  categories: CategoriesService;
  articles: ArticlesService;
}) {
  const { db, clock, audit, organizations, categories, articles } = deps;

  async function visibleCategories(organizationId: number) {
    const tree = await categories.tree(organizationId);
    const hidden = new Set<number>();
    // A hidden category hides its whole branch.
    for (const c of tree) if (!c.visible || (c.parentId !== null && hidden.has(c.parentId))) hidden.add(c.id);
    return tree.filter((c) => !hidden.has(c.id));
  }

  return {
    organizationId: () => organizations.portalOrganizationId(),
    visibleCategories,

    /** The first top-level visible categories, for the main navigation; the home page links all of them. */
    async navigation(): Promise<Link[]> {
      const organizationId = await organizations.portalOrganizationId();
      if (!organizationId) return [];
      return (await visibleCategories(organizationId)).filter((c) => c.depth === 0).slice(0, 3).map((c) => ({ href: `/danh-muc/${c.slug}`, label: c.name }));
    },

    async nationalPortalUrl(): Promise<string> {
      return (await readSetting<string>(db, NATIONAL_PORTAL_SETTING)) ?? DEFAULT_NATIONAL_PORTAL;
    },

    async setNationalPortalUrl(ctx: RequestContext, url: string) {
      policy.assert(ctx.actor, 'manageCategories', ctx.actor?.organizationId ?? 0);
      let parsed: URL;
      try {
        parsed = new URL(url.trim());
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error();
      } catch {
        throw new ValidationError({ nationalServiceUrl: 'Địa chỉ phải là một liên kết http(s) đầy đủ, ví dụ https://dichvucong.gov.vn.' });
      }
      await db.transaction().execute(async (trx) => {
        await writeSetting(trx, NATIONAL_PORTAL_SETTING, parsed.href, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'setting', subjectId: NATIONAL_PORTAL_SETTING, changes: { value: parsed.href } });
      });
    },

    async home() {
      const organizationId = await organizations.portalOrganizationId();
      if (!organizationId) return null;
      const featured = await articles.latest({ organizationId, featured: true, limit: 3 });
      const latest = await articles.latest({ organizationId, excludeIds: featured.map((a) => a.id), limit: 8 });
      const visible = await visibleCategories(organizationId);
      const blocks = [];
      for (const category of visible.filter((c) => c.depth === 0)) {
        blocks.push({ category, articles: await articles.latest({ organizationId, categoryIds: [category.id], limit: 3 }) });
      }
      return {
        featured,
        latest,
        blocks,
        figures: [
          { label: 'Tin, bài đã đăng', value: await articles.countLatest({ organizationId, limit: 0 }) },
          { label: 'Danh mục', value: visible.length },
        ],
      };
    },
  };
}
