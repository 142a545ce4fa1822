import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../browser/axe.ts';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

interface ChromeStorage {
  chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };
}
/** The visits the panel kept, by storage key. */
const visits = () =>
  env.browser.serviceWorker.evaluate(async () => {
    const all = await (globalThis as unknown as ChromeStorage).chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('visit.last/')));
  });

describe('what changed since the last visit, in the real panel', () => {
  it('says "first visit", keeps the visit once the data was on screen, and next time names what moved', async () => {
    const { crm, panel, page } = env;
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    await panel.landmark.waitFor({ timeout: 15_000 });
    await panel.byTestId('since-first-visit').waitFor({ timeout: 15_000 });
    // The visit counts after a few seconds on screen, in the panel's own storage.
    await expect.poll(async () => Object.keys(await visits()).length, { timeout: 15_000 }).toBe(1);
    const [key, visit] = Object.entries(await visits())[0] as [string, { score: number | null }];
    expect(visit.score).not.toBeNull();

    // As if the last visit had been a week ago, when the account was healthy and no ticket was known.
    const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
    await env.browser.serviceWorker.evaluate(
      ([k, at]) =>
        (globalThis as unknown as ChromeStorage).chrome.storage.local.set({
          [k]: { at, score: 90, band: 'healthy', tickets: null, nps: null },
        }),
      [key, weekAgo] as const,
    );
    await page.reload();
    await panel.landmark.waitFor({ timeout: 15_000 });
    const since = panel.frame.getByRole('region', { name: 'Since your last visit' });
    await since.waitFor({ timeout: 15_000 });
    expect(await since.getByTestId('since-when').innerText()).toBe('Last visit 7 days ago');
    expect(await since.getByTestId('since-health').innerText()).toMatch(/^Health 90 → \d+ ▲ Healthy → ▼ At risk$/);
    const frame = await (await panel.frameElement.elementHandle())!.contentFrame();
    expect(await seriousViolations(frame!)).toEqual([]);
  });
});
