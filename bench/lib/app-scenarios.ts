import type { Request } from 'autocannon';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import { signIn } from './session.js';

export type Scenario = { scenario: string; paths: (string | Request)[] };

const LEADER = { email: 'giamdoc@demo.cchc.vn', password: DEMO_PASSWORD };

/**
 * The demo server's other pages, found as a visitor finds them: the first procedure the catalogue
 * links to, procedure search by free text (not cached: every request queries and renders), the
 * Open311 GET endpoints, and the plan dashboard of the demo plan as its director sees it (signed in
 * through the login form; the session cookie goes with every request). A page that does not answer
 * 200 before the load is reported as unavailable instead of failing the run (the dashboard's module
 * may not be in the build yet).
 */
export async function appScenarios(base: string): Promise<{ scenarios: Scenario[]; unavailable: { scenario: string; reason: string }[] }> {
  const catalogue = await (await fetch(`${base}/thu-tuc-hanh-chinh`)).text();
  const procedure = /href="(\/thu-tuc-hanh-chinh\/[a-z0-9-]+)"/.exec(catalogue)?.[1];
  if (!procedure) throw new Error('the procedure catalogue links no procedure: is the demo content loaded?');
  const scenarios: Scenario[] = [
    { scenario: 'procedure /thu-tuc-hanh-chinh/:slug', paths: [procedure] },
    { scenario: 'procedure search ?q=', paths: ['/thu-tuc-hanh-chinh?q=gi%E1%BA%A5y+ph%C3%A9p', '/thu-tuc-hanh-chinh?q=buu+chinh', '/thu-tuc-hanh-chinh?q=cap+lai&online=full'] },
    { scenario: 'Open311 GET requests.json', paths: ['/open311/v2/requests.json'] },
    { scenario: 'Open311 GET services.json', paths: ['/open311/v2/services.json'] },
  ];

  const unavailable: { scenario: string; reason: string }[] = [];
  const dashboard = 'plan dashboard /admin/plans/:id/tong-quan';
  const headers = { cookie: await signIn(base, LEADER.email, LEADER.password) };
  const plans = await (await fetch(`${base}/admin/plans`, { headers })).text();
  const planId = /href="\/admin\/plans\/(\d+)"/.exec(plans)?.[1];
  const path = `/admin/plans/${planId}/tong-quan`;
  const status = planId ? (await fetch(base + path, { headers, redirect: 'manual' }).then(async (r) => (await r.arrayBuffer(), r.status))) : null;
  if (status === 200) scenarios.push({ scenario: dashboard, paths: [{ method: 'GET', path, headers }] });
  else unavailable.push({ scenario: dashboard, reason: planId ? `${path} answers ${status}` : 'the plan list links no plan' });
  return { scenarios, unavailable };
}
