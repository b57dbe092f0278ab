import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import type { ProcedureComponentsTable, ProceduresTable } from '../../platform/db/schema.procedures.js';
import type { Fee } from './procedures.format.js';
import type { Level, OnlineLevel } from './procedures.schema.js';

export type Component = {
  id: number;
  procedureId: number;
  position: number;
  name: string;
  copies: number;
  template: { key: string; fileName: string; mime: string; size: number } | null;
};

export type Procedure = {
  id: number;
  organizationId: number;
  code: string;
  slug: string;
  name: string;
  field: string;
  fieldKey: string;
  levels: Level[];
  agency: string;
  onlineLevel: OnlineLevel;
  processingTime: string;
  processingDays: number | null;
  fees: Fee[];
  steps: string[];
  submission: string;
  conditions: string[];
  legalBasis: string[];
  result: string;
  onlineUrl: string;
  createdAt: string;
  updatedAt: string;
  components: Component[];
};

/** What a person edits; the rest is bookkeeping. Components carry no ids here: they are matched by name. */
export type ProcedureContent = Omit<Procedure, 'id' | 'organizationId' | 'slug' | 'fieldKey' | 'createdAt' | 'updatedAt' | 'components'> & {
  components: { name: string; copies: number }[];
};

/** A procedure in a list: enough for a line of the catalogue. */
export type ProcedureSummary = Pick<Procedure, 'id' | 'code' | 'slug' | 'name' | 'field' | 'levels' | 'agency' | 'onlineLevel' | 'processingTime' | 'processingDays' | 'fees' | 'updatedAt'>;

const splitLines = (text: string) => (text === '' ? [] : text.split('\n'));
const levelsOf = (text: string) => text.split(',').filter(Boolean) as Level[];

function toComponent(r: Selectable<ProcedureComponentsTable>): Component {
  return {
    id: r.id,
    procedureId: r.procedure_id,
    position: r.position,
    name: r.name,
    copies: r.copies,
    template: r.template_key ? { key: r.template_key, fileName: r.template_name, mime: r.template_mime, size: r.template_size } : null,
  };
}

function toProcedure(r: Selectable<ProceduresTable>, components: Component[]): Procedure {
  return {
    id: r.id,
    organizationId: r.organization_id,
    code: r.code,
    slug: r.slug,
    name: r.name,
    field: r.field,
    fieldKey: r.field_key,
    levels: levelsOf(r.levels),
    agency: r.agency,
    onlineLevel: r.online_level as OnlineLevel,
    processingTime: r.processing_time,
    processingDays: r.processing_days,
    fees: JSON.parse(r.fees) as Fee[],
    steps: splitLines(r.steps),
    submission: r.submission,
    conditions: splitLines(r.conditions),
    legalBasis: splitLines(r.legal_basis),
    result: r.result,
    onlineUrl: r.online_url,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    components,
  };
}

const SUMMARY_COLUMNS = ['id', 'code', 'slug', 'name', 'field', 'levels', 'agency', 'online_level', 'processing_time', 'processing_days', 'fees', 'updated_at'] as const;

function toSummary(r: Pick<Selectable<ProceduresTable>, (typeof SUMMARY_COLUMNS)[number]>): ProcedureSummary {
  return {
    id: r.id,
    code: r.code,
    slug: r.slug,
    name: r.name,
    field: r.field,
    levels: levelsOf(r.levels),
    agency: r.agency,
    onlineLevel: r.online_level as OnlineLevel,
    processingTime: r.processing_time,
    processingDays: r.processing_days,
    fees: JSON.parse(r.fees) as Fee[],
    updatedAt: r.updated_at,
  };
}

/** The row form of the content; `keys` are the folded and slugged columns the service derives. */
function contentRow(c: ProcedureContent, keys: { nameKey: string; fieldKey: string }) {
  return {
    code: c.code,
    name: c.name,
    name_key: keys.nameKey,
    field: c.field,
    field_key: keys.fieldKey,
    levels: `,${c.levels.join(',')},`,
    agency: c.agency,
    online_level: c.onlineLevel,
    processing_time: c.processingTime,
    processing_days: c.processingDays,
    fees: JSON.stringify(c.fees),
    steps: c.steps.join('\n'),
    submission: c.submission,
    conditions: c.conditions.join('\n'),
    legal_basis: c.legalBasis.join('\n'),
    result: c.result,
    online_url: c.onlineUrl,
  };
}

async function componentsOf(db: Kysely<DB>, procedureId: number): Promise<Component[]> {
  const rows = await db.selectFrom('procedure_components').selectAll().where('procedure_id', '=', procedureId).orderBy('position').orderBy('id').execute();
  return rows.map(toComponent);
}

export async function findProcedure(db: Kysely<DB>, id: number): Promise<Procedure | null> {
  const r = await db.selectFrom('procedures').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toProcedure(r, await componentsOf(db, r.id)) : null;
}

export async function findBySlug(db: Kysely<DB>, organizationId: number, slug: string): Promise<Procedure | null> {
  const r = await db.selectFrom('procedures').selectAll().where('organization_id', '=', organizationId).where('slug', '=', slug).executeTakeFirst();
  return r ? toProcedure(r, await componentsOf(db, r.id)) : null;
}

/** Existing procedures of an organization by code, for imports that update what is already there. */
export async function idsByCode(db: Kysely<DB>, organizationId: number, codes: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  // In slices: a sheet may hold thousands of codes, more than one statement may bind on SQLite.
  for (let i = 0; i < codes.length; i += 500) {
    const rows = await db.selectFrom('procedures').select(['id', 'code']).where('organization_id', '=', organizationId).where('code', 'in', codes.slice(i, i + 500)).execute();
    for (const r of rows) found.set(r.code, r.id);
  }
  return found;
}

export async function codeTaken(db: Kysely<DB>, organizationId: number, code: string, exceptId: number | null) {
  const r = await db
    .selectFrom('procedures')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('code', '=', code)
    .$if(exceptId !== null, (qb) => qb.where('id', '!=', exceptId!))
    .executeTakeFirst();
  return r !== undefined;
}

export async function slugTaken(db: Kysely<DB>, slug: string) {
  return (await db.selectFrom('procedures').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function insertProcedure(
  db: Kysely<DB>,
  values: { organizationId: number; slug: string; content: ProcedureContent; keys: { nameKey: string; fieldKey: string } },
  now: string,
): Promise<number> {
  const r = await db
    .insertInto('procedures')
    .values({ ...contentRow(values.content, values.keys), organization_id: values.organizationId, slug: values.slug, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateProcedure(db: Kysely<DB>, id: number, content: ProcedureContent, keys: { nameKey: string; fieldKey: string }, now: string) {
  await db.updateTable('procedures').set({ ...contentRow(content, keys), updated_at: now }).where('id', '=', id).execute();
}

export async function deleteProcedure(db: Kysely<DB>, id: number) {
  await db.deleteFrom('procedures').where('id', '=', id).execute();
}

/**
 * Replaces the component list. A component whose name is unchanged keeps its row and so its form
 * template; the templates of components no longer listed are returned for the caller to delete.
 */
export async function replaceComponents(db: Kysely<DB>, procedureId: number, wanted: { name: string; copies: number }[], sameName: (a: string, b: string) => boolean) {
  const existing = await componentsOf(db, procedureId);
  const kept = new Set<number>();
  for (const [position, component] of wanted.entries()) {
    const match = existing.find((e) => !kept.has(e.id) && sameName(e.name, component.name));
    if (match) {
      kept.add(match.id);
      await db.updateTable('procedure_components').set({ position, name: component.name, copies: component.copies }).where('id', '=', match.id).execute();
    } else {
      await db.insertInto('procedure_components').values({ procedure_id: procedureId, position, name: component.name, copies: component.copies, template_name: '', template_mime: '', template_size: 0 }).execute();
    }
  }
  const dropped = existing.filter((e) => !kept.has(e.id));
  if (dropped.length > 0) await db.deleteFrom('procedure_components').where('id', 'in', dropped.map((d) => d.id)).execute();
  return dropped.flatMap((d) => (d.template ? [d.template.key] : []));
}

export async function findComponent(db: Kysely<DB>, id: number): Promise<Component | null> {
  const r = await db.selectFrom('procedure_components').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toComponent(r) : null;
}

export async function setTemplate(db: Kysely<DB>, componentId: number, template: Component['template']) {
  await db
    .updateTable('procedure_components')
    .set({
      template_key: template?.key ?? null,
      template_name: template?.fileName ?? '',
      template_mime: template?.mime ?? '',
      template_size: template?.size ?? 0,
    })
    .where('id', '=', componentId)
    .execute();
}

export async function touch(db: Kysely<DB>, id: number, now: string) {
  await db.updateTable('procedures').set({ updated_at: now }).where('id', '=', id).execute();
}

export type ListQuery = {
  organizationId: number;
  /** Folded words, each of which the name must contain. */
  words?: string[];
  /** A code or the start of one ("1.0042"): digits and dots only, so nothing in it is a LIKE wildcard. */
  codePrefix?: string;
  fieldKey?: string;
  level?: Level;
  onlineLevel?: OnlineLevel;
  limit: number;
  offset: number;
};

export async function list(db: Kysely<DB>, dialect: Dialect, q: ListQuery): Promise<{ total: number; items: ProcedureSummary[] }> {
  const base = db
    .selectFrom('procedures')
    .where('organization_id', '=', q.organizationId)
    .$if(q.codePrefix !== undefined, (qb) => qb.where((eb) => eb.or([eb('code', '=', q.codePrefix!), eb('code', 'like', `${q.codePrefix!}%`)])))
    .$if(Boolean(q.words?.length), (qb) => q.words!.reduce((acc, word) => acc.where(dialect.contains('name_key', word)), qb))
    .$if(q.fieldKey !== undefined, (qb) => qb.where('field_key', '=', q.fieldKey!))
    .$if(q.level !== undefined, (qb) => qb.where('levels', 'like', `%,${q.level!},%`))
    .$if(q.onlineLevel !== undefined, (qb) => qb.where('online_level', '=', q.onlineLevel!));
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n ?? 0);
  // A search lists first the names that begin with the words as typed, then those holding them as a phrase.
  const phrase = q.words?.join(' ') ?? '';
  const rows = await base
    .select([...SUMMARY_COLUMNS])
    .$if(phrase !== '', (qb) => qb.orderBy(sql`(case when name_key like ${`${phrase}%`} then 0 when name_key like ${`%${phrase}%`} then 1 else 2 end)`))
    .orderBy('field_key')
    .orderBy('code')
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total, items: rows.map(toSummary) };
}

/** The fields of an organization's procedures with their counts, for the filter. */
export async function fields(db: Kysely<DB>, organizationId: number): Promise<{ key: string; name: string; count: number }[]> {
  const rows = await db
    .selectFrom('procedures')
    .select(['field_key', (eb) => eb.fn.min('field').as('field'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .groupBy('field_key')
    .execute();
  return rows.map((r) => ({ key: r.field_key, name: String(r.field), count: Number(r.n) }));
}

export async function countByOnlineLevel(db: Kysely<DB>, organizationId: number): Promise<Partial<Record<OnlineLevel, number>>> {
  const rows = await db
    .selectFrom('procedures')
    .select(['online_level', (eb) => eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .groupBy('online_level')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.online_level, Number(r.n)]));
}
