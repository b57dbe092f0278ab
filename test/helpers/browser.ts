// What the browser journeys of test/e2e share: the Chromium they drive through playwright-core, the
// application listening on a free port, form submission, logging in, watching a page for script errors
// and CSP reports, and the axe-core checks of WCAG 2.1 A/AA.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/demo/demo.js';
import type { TestApp } from './app.js';

export const CHROMIUM = '/usr/bin/chromium';
/** The `skip` option of the browser tests: false when Chromium is installed, else why they are skipped. */
export const chromiumSkip: string | false = existsSync(CHROMIUM) ? false : `Không có Chromium tại ${CHROMIUM}: bỏ qua kiểm thử trình duyệt (CI cài sẵn).`;

/** The axe-core rule tags the pages are held to: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** A headless Chromium, quiet on the network (no background updates, sync or QUIC). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Starts the test app on a free port of 127.0.0.1 and returns its base URL. */
export async function startServer(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

/** Closes what a journey opened, in order: its browser contexts, the browser, the app (each only if it was opened). */
export async function closeAll(contexts: BrowserContext[], browser: Browser | undefined, t: TestApp | undefined) {
  for (const context of contexts) await context.close().catch(() => {});
  await browser?.close();
  await t?.close();
}

/** A fresh browser profile (no cookies) on `base`, in Vietnamese, whose waits and navigations time out after `timeout` ms. */
export async function newContext(browser: Browser, base: string, timeout: number): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: base, locale: 'vi-VN' });
  context.setDefaultTimeout(timeout);
  context.setDefaultNavigationTimeout(timeout);
  return context;
}

/** The path of the page's address. */
export const path = (page: Page) => new URL(page.url()).pathname;

/** Logs in through /admin (which sends an anonymous visitor to the login form) and waits for the dashboard. */
export async function logIn(page: Page, email: string) {
  await page.goto('/admin');
  await page.waitForURL((url) => url.pathname === '/admin/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL((url) => url.pathname === '/admin'), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  await page.getByRole('heading', { level: 1, name: /Xin chào/ }).waitFor();
}

/**
 * Clicks a submit button and waits for the document that answers the form (a redirect's target, or a
 * re-render such as a 422). A string names the button exactly; a RegExp matches its name.
 */
export async function submit(page: Page, button: string | RegExp) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', typeof button === 'string' ? { name: button, exact: true } : { name: button }).click(),
  ]);
  return response;
}

/** What a page did wrong: script errors and failed subresources, and, apart, its Content-Security-Policy violations. */
export type Problems = { errors: string[]; csp: Set<string> };

/**
 * Keeps the page's script errors and failed subresources in `problems.errors`, and its CSP violations
 * according to `csp`: 'apart' in `problems.csp` (one line per distinct report), 'apart+hash' the same with
 * the hash the browser suggests, 'errors' as console errors among the others.
 */
export function watchProblems(page: Page, problems: Problems, { csp = 'apart' }: { csp?: 'apart' | 'apart+hash' | 'errors' } = {}) {
  page.on('pageerror', (error) => problems.errors.push(`pageerror on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (csp !== 'errors' && text.includes('Content Security Policy')) {
      const hash = csp === 'apart+hash' ? (text.match(/'(sha256-[A-Za-z0-9+/=]+)'/)?.[1] ?? '') : '';
      problems.csp.add(`${path(page)}: ${text.split('. ')[0]}${hash ? ` (${hash})` : ''}`);
    }
    // A form re-rendered with 422 logs "Failed to load resource"; the failed subresources are reported below with their address.
    else if (!text.startsWith('Failed to load resource')) problems.errors.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.errors.push(`${response.status()} for ${response.request().resourceType()} ${response.url()} (page ${page.url()})`);
    }
  });
}

/**
 * A page in a fresh browser profile (no cookies) on `base`, closed with the others by `closeAll`,
 * whose problems are kept in `problems` (a list of its own unless a journey shares one across pages).
 */
export async function watchedPage(
  browser: Browser,
  base: string,
  contexts: BrowserContext[],
  { timeout, problems = { errors: [], csp: new Set() }, csp }: { timeout: number; problems?: Problems; csp?: 'apart' | 'apart+hash' | 'errors' },
) {
  const context = await newContext(browser, base, timeout);
  contexts.push(context);
  const page = await context.newPage();
  watchProblems(page, problems, { csp });
  return { context, page, problems };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeNode = { target: unknown[]; html: string; failureSummary?: string };
export type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

/** Runs axe-core on the current document (injected over the DevTools protocol, so the page's CSP stays on). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (tags: string[]) => {
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await g.axe.run(g.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

/**
 * Fails with a readable report if axe-core finds WCAG_TAGS violations on the page: per violation its rule,
 * impact and help, then the target, markup and failure summary of its first `nodes` elements.
 */
export async function assertAccessible(page: Page, label: string, { nodes = 5 }: { nodes?: number } = {}) {
  const violations = await axeViolations(page);
  const report = violations
    .map((v) =>
      [
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} [${v.nodes.length} phần tử] ${v.helpUrl}`,
        ...v.nodes.slice(0, nodes).map((n) => `    target: ${JSON.stringify(n.target)}\n    html: ${n.html}${n.failureSummary ? `\n    ${n.failureSummary.replace(/\n/g, '\n    ')}` : ''}`),
      ].join('\n'),
    )
    .join('\n');
  assert.equal(violations.length, 0, `axe-core (${WCAG_TAGS.join(', ')}) tìm thấy ${violations.length} vi phạm trên ${label} (${page.url()}):\n${report}`);
}
