import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from './server';

interface Fixtures {
  /** A browser-mode server on a fresh data folder, for this test only. */
  server: RunningServer;
  /** The app, opened at its printed URL; any request leaving the app's origin fails the test. */
  app: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  app: async ({ page, server }, use) => {
    // Every test but the first-run ones starts past the welcome dialog, in English.
    await chooseLanguage(server, 'en');
    const foreign = await guardNetwork(page, () => server.origin);
    await page.goto(server.url);
    await use(page);
    expect(foreign, 'requests that left the app’s own 127.0.0.1 origin').toEqual([]);
  },
});

/** Saves a language choice through the bridge, as the welcome dialog would. */
export async function chooseLanguage(server: RunningServer, language: 'en' | 'cy'): Promise<void> {
  const token = new URL(server.url).searchParams.get('token') ?? '';
  const response = await fetch(`${server.origin}/api/settings.update`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Briffio-Token': token },
    body: JSON.stringify({ language, languageChosen: true }),
  });
  const result = (await response.json()) as { ok: boolean };
  if (!result.ok) throw new Error(`Could not choose ${language} for the test`);
}

/**
 * Records (and blocks) every request that does not go to the app's own origin. The list is
 * checked when the test ends, so a single stray request — a web font, an analytics beacon, a
 * remote image — fails the suite. `origin` is read per request because a test may restart the
 * server on a new port.
 */
export async function guardNetwork(page: Page, origin: () => string): Promise<string[]> {
  const foreign: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin()}/`) || url === origin()) return route.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('websocket', (socket) => foreign.push(socket.url()));
  // A remote request the CSP stops never reaches the router, but it is still the app trying to
  // leave the machine: Chromium reports it on the console, so count it too.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) foreign.push(`CSP: ${message.text()}`);
  });
  return foreign;
}

/** axe with the WCAG 2.0/2.1/2.2 A and AA rules; returns the violations (expected to be none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export { expect };
