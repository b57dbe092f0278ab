import type { Kysely, Selectable } from 'kysely';
import type { CategoriesTable, DB } from '../../platform/db/schema.js';

export type Category = {
  id: number;
  organizationId: number;
  parentId: number | null;
  name: string;
  slug: string;
  description: string;
  sortOrder: number;
  visible: boolean;
};

export type CategoryValues = Omit<Category, 'id' | 'organizationId'>;

const toCategory = (r: Selectable<CategoriesTable>): Category => ({
  id: r.id,
  organizationId: r.organization_id,
  parentId: r.parent_id,
  name: r.name,
  slug: r.slug,
  description: r.description,
  sortOrder: r.sort_order,
  visible: r.visible === 1,
});

const row = (v: CategoryValues) => ({
  parent_id: v.parentId,
  name: v.name,
  slug: v.slug,
  description: v.description,
  sort_order: v.sortOrder,
  visible: v.visible ? 1 : 0,
});

export async function listCategories(db: Kysely<DB>, organizationId: number): Promise<Category[]> {
  const rows = await db.selectFrom('categories').selectAll().where('organization_id', '=', organizationId).orderBy('sort_order').orderBy('id').execute();
  return rows.map(toCategory);
}

export async function findCategory(db: Kysely<DB>, id: number): Promise<Category | null> {
  const r = await db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toCategory(r) : null;
}

export async function findCategoryBySlug(db: Kysely<DB>, organizationId: number, slug: string): Promise<Category | null> {
  const r = await db.selectFrom('categories').selectAll().where('organization_id', '=', organizationId).where('slug', '=', slug).executeTakeFirst();
  return r ? toCategory(r) : null;
}

export async function insertCategory(db: Kysely<DB>, organizationId: number, v: CategoryValues, now: string): Promise<number> {
  const r = await db
    .insertInto('categories')
    .values({ ...row(v), organization_id: organizationId, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateCategory(db: Kysely<DB>, id: number, v: CategoryValues, now: string) {
  await db.updateTable('categories').set({ ...row(v), updated_at: now }).where('id', '=', id).execute();
}

export async function setSortOrder(db: Kysely<DB>, id: number, sortOrder: number, now: string) {
  await db.updateTable('categories').set({ sort_order: sortOrder, updated_at: now }).where('id', '=', id).execute();
}

export async function deleteCategory(db: Kysely<DB>, id: number) {
  await db.deleteFrom('categories').where('id', '=', id).execute();
}

export async function countArticlesIn(db: Kysely<DB>, categoryId: number) {
  const r = await db.selectFrom('article_categories').select((eb) => eb.fn.countAll<number>().as('n')).where('category_id', '=', categoryId).executeTakeFirst();
  return Number(r?.n ?? 0);
}
