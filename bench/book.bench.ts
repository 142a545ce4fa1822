import { startCrmBrowser } from '../test/browser/crm-browser.ts';
import { median, round2 } from './median.ts';

const LATENCY_MS = 100;
const RUNS = 5;
// Opening the page is quick and the machine noisy: more runs for its median.
const PAINT_RUNS = 9;

type Runtime = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/**
 * The book of business over the sample org (300 accounts owned by the user) with 100 ms added to
 * every API answer. Refresh: the background's whole refresh on demand (requests counted by the
 * org); the org's schema is cached by one record view first, as after any day's first visit.
 * First paint: the book page opened anew, from navigation to the frame the first row is in the
 * DOM (observed inside the page); the data comes from the store, so no request may precede it.
 */
export default async function book(): Promise<Record<string, number>> {
  const env = await startCrmBrowser();
  const { crm, page, panel, browser } = env;
  try {
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.healthy));
    await panel.byTestId('open-tickets').waitFor();
    crm.salesforce.setFaults({ latencyMs: LATENCY_MS });
    const bookPage = await browser.context.newPage();
    await bookPage.goto(browser.extensionUrl('book.html'));

    const refreshes: Array<{ ms: number; requests: number }> = [];
    for (let i = 0; i < RUNS; i++) {
      crm.salesforce.resetCount();
      const ms = await bookPage.evaluate(async () => {
        const started = performance.now();
        await (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ type: 'book-refresh' });
        return performance.now() - started;
      });
      refreshes.push({ ms, requests: crm.salesforce.requestCount });
    }
    await bookPage.close();

    const paints: number[] = [];
    let accounts = 0;
    let requestsBeforePaint = 0;
    for (let i = 0; i < PAINT_RUNS; i++) {
      const view = await browser.context.newPage();
      // Timed inside the page, in the frame the first row appears, and reported by a console line:
      // a Playwright locator would poll the page's DOM on its main thread while it loads.
      await view.addInitScript(() => {
        new MutationObserver((_m, observer) => {
          if (!document.querySelector('[data-testid="book-row"]')) return;
          observer.disconnect();
          console.debug(`first-row ${performance.now()}`);
        }).observe(document, { childList: true, subtree: true });
      });
      const firstRow = view.waitForEvent('console', (m) => m.text().startsWith('first-row '));
      crm.salesforce.resetCount();
      await view.goto(browser.extensionUrl('book.html'));
      paints.push(Number((await firstRow).text().split(' ')[1]));
      requestsBeforePaint += crm.salesforce.requestCount;
      // Every account listed, not only the first frame's rows: the rest follow once it has painted.
      const listed = Number(/^(\d+) of/.exec(await view.getByText(/^\d+ of \d+ accounts$/).innerText())![1]);
      await view.waitForFunction((n) => document.querySelectorAll('[data-testid="book-row"]').length === n, listed);
      accounts = await view.getByTestId('book-row').count();
      await view.close();
    }
    if (requestsBeforePaint) throw new Error(`the book page made ${requestsBeforePaint} CRM requests before its first paint`);
    return {
      accounts,
      refresh_requests: median(refreshes.map((r) => r.requests)),
      refresh_median_ms: round2(median(refreshes.map((r) => r.ms))),
      first_paint_median_ms: round2(median(paints)),
    };
  } finally {
    await env.close();
  }
}
