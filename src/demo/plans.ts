import { readFile } from 'node:fs/promises';
import { systemContext } from '../platform/auth/actor.js';
import type { Services } from '../services.js';
import { foldVi } from '../shared/text.js';

/** The seed plan as we were given it (wrapped lines, stray spaces and all): imported as `cchc plan import` reads it. */
export const SEED_PLAN_FILE = new URL('./seed/ke-hoach-tuyen-truyen-cchc-2023.txt', import.meta.url);

/**
 * The seed plan, issued and in progress for the demo agency. The copy we were given shows neither
 * its number nor its date: "45" and 06/02/2023 are the stand-ins the demo library uses too
 * (src/demo/documents.ts). Its electronic recipients point at the demo's accounts so that
 * distribution works: "Sở Nội vụ" at that organization, "Giám đốc, các PGĐ Sở" at the director
 * (one line has one target; the deputy signed the plan), "Các phòng chuyên môn thuộc Sở" at the
 * agency itself, so any of its staff (a unit's focal point) acknowledges for the units.
 */
export async function loadDemoPlan(services: Services, agencyId: number) {
  const ctx = systemContext('demo');
  const { plans } = services;
  const id = await plans.importText(ctx, await readFile(SEED_PLAN_FILE, 'utf8'), { organizationId: agencyId, number: '45', issuedOn: '06/02/2023' });
  const organizations = await services.organizations.options();
  const director = (await services.users.listAll()).find((u) => u.email === 'giamdoc@demo.cchc.vn');
  const homeAffairs = organizations.find((o) => foldVi(o.name) === 'so noi vu');
  const targets: Record<string, string | undefined> = {
    'so noi vu': homeAffairs && `organization:${homeAffairs.id}`,
    'giam doc, cac pgd so': director && `user:${director.id}`,
    'cac phong chuyen mon thuoc so': `organization:${agencyId}`,
  };
  const { recipients } = await plans.get(ctx, id);
  for (const r of recipients) {
    const target = targets[foldVi(r.name)];
    if (target) await plans.saveRecipient(ctx, id, r.id, { name: r.name, delivery: r.delivery, purpose: r.purpose, target });
  }
  await plans.advance(ctx, id);
  await plans.advance(ctx, id);
  return id;
}
