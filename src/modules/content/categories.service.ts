import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/auth/actor.js';
import { diff, type AuditWriter } from '../../platform/audit/audit.js';
import { isoNow, type Clock } from '../../platform/clock.js';
import type { DB } from '../../platform/db/schema.js';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/http/errors.js';
import { parseCommand } from '../../platform/http/validation.js';
import { slugify } from '../../shared/text.js';
import * as repo from './categories.repo.js';
import { contentPolicy as policy } from './content.policy.js';
import { DEFAULT_CATEGORIES, SaveCategory } from './content.schema.js';

export type { Category } from './categories.repo.js';

/** A category with its depth, for indented lists; children follow their parent in order. */
export type CategoryNode = repo.Category & { depth: number };

export function categoryTree(categories: repo.Category[]): CategoryNode[] {
  const out: CategoryNode[] = [];
  const known = new Set(categories.map((c) => c.id));
  const walk = (parentId: number | null, depth: number) => {
    for (const c of categories.filter((x) => (parentId === null ? x.parentId === null || !known.has(x.parentId) : x.parentId === parentId))) {
      out.push({ ...c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;

export function createCategoriesService(deps: { db: Kysely<DB>; clock: Clock; audit: AuditWriter; onChange: () => void }) {
  const { db, clock, audit, onChange } = deps;

  async function mustFind(ctx: RequestContext, id: number) {
    const category = await repo.findCategory(db, id);
    if (!category) throw new NotFoundError('Không tìm thấy danh mục.');
    policy.assert(ctx.actor, 'manageCategories', category.organizationId);
    return category;
  }

  async function values(organizationId: number, input: unknown, id: number | null): Promise<repo.CategoryValues> {
    const v = parseCommand(SaveCategory, input);
    const slug = v.slug ?? slugify(v.name);
    if (slug === '') throw new ValidationError({ slug: 'Không tạo được đường dẫn từ tên; hãy nhập đường dẫn.' });
    const sameSlug = await repo.findCategoryBySlug(db, organizationId, slug);
    if (sameSlug && sameSlug.id !== id) throw new ValidationError({ slug: 'Đường dẫn này đã được danh mục khác dùng.' });
    const all = await repo.listCategories(db, organizationId);
    if (v.parentId !== undefined) {
      // The new parent must exist here and must not sit under this category, or the tree loops.
      let cursor: number | null = v.parentId;
      while (cursor !== null) {
        if (cursor === id) throw new ValidationError({ parentId: 'Không thể đặt danh mục dưới chính nó hoặc danh mục con của nó.' });
        const parent: repo.Category | undefined = all.find((c) => c.id === cursor);
        if (!parent) throw new ValidationError({ parentId: 'Danh mục cha không tồn tại.' });
        cursor = parent.parentId;
      }
    }
    return { name: v.name, slug, description: v.description ?? '', parentId: v.parentId ?? null, sortOrder: v.sortOrder ?? all.length + 1, visible: v.visible === '1' };
  }

  return {
    /** Creates the starting categories for an organization that has none; idempotent. */
    async ensureDefaults(organizationId: number) {
      if ((await repo.listCategories(db, organizationId)).length > 0) return false;
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        for (const [index, name] of DEFAULT_CATEGORIES.entries()) {
          await repo.insertCategory(trx, organizationId, { name, slug: slugify(name), description: '', parentId: null, sortOrder: index + 1, visible: true }, now);
        }
      });
      onChange();
      return true;
    },

    /** Every category of the organization, as a tree (public pages filter the hidden ones). */
    async tree(organizationId: number): Promise<CategoryNode[]> {
      return categoryTree(await repo.listCategories(db, organizationId));
    },

    async bySlug(organizationId: number, slug: string) {
      return repo.findCategoryBySlug(db, organizationId, slug);
    },

    async get(ctx: RequestContext, id: number) {
      return mustFind(ctx, id);
    },

    async create(ctx: RequestContext, input: unknown): Promise<number> {
      const actor = policy.assert(ctx.actor, 'manageCategories', ctx.actor?.organizationId ?? 0);
      const v = await values(actor.organizationId, input, null);
      const id = await db.transaction().execute(async (trx) => {
        const id = await repo.insertCategory(trx, actor.organizationId, v, isoNow(clock));
        await audit(trx, ctx, { action: 'create', subjectType: 'category', subjectId: id, summary: v.name, changes: v });
        return id;
      });
      onChange();
      return id;
    },

    async update(ctx: RequestContext, id: number, input: unknown) {
      const before = await mustFind(ctx, id);
      const v = await values(before.organizationId, input, id);
      await db.transaction().execute(async (trx) => {
        await repo.updateCategory(trx, id, v, isoNow(clock));
        await audit(trx, ctx, { action: 'update', subjectType: 'category', subjectId: id, summary: v.name, changes: diff(before, v) });
      });
      onChange();
    },

    /** Swaps a category with its neighbour among its siblings. */
    async move(ctx: RequestContext, id: number, direction: 'up' | 'down') {
      const category = await mustFind(ctx, id);
      const siblings = (await repo.listCategories(db, category.organizationId)).filter((c) => c.parentId === category.parentId);
      const index = siblings.findIndex((c) => c.id === id);
      const other = siblings[direction === 'up' ? index - 1 : index + 1];
      if (!other) return;
      const now = isoNow(clock);
      await db.transaction().execute(async (trx) => {
        // Renumber the siblings so equal sort orders can never make a swap a no-op.
        const order = siblings.map((c) => c.id);
        order[index] = other.id;
        order[siblings.indexOf(other)] = id;
        for (const [position, siblingId] of order.entries()) await repo.setSortOrder(trx, siblingId, position + 1, now);
        await audit(trx, ctx, { action: 'update', subjectType: 'category', subjectId: id, summary: category.name, changes: { moved: direction } });
      });
      onChange();
    },

    async remove(ctx: RequestContext, id: number) {
      const category = await mustFind(ctx, id);
      const count = await repo.countArticlesIn(db, id);
      if (count > 0) throw new ConflictError(`Danh mục "${category.name}" còn ${count} bài viết; hãy chuyển bài sang danh mục khác hoặc ẩn danh mục thay vì xóa.`);
      await db.transaction().execute(async (trx) => {
        await repo.deleteCategory(trx, id);
        await audit(trx, ctx, { action: 'delete', subjectType: 'category', subjectId: id, summary: category.name, changes: category });
      });
      onChange();
    },
  };
}
