import { startCrmBrowser } from '../test/browser/crm-browser.ts';
import { median, round2 } from './median.ts';
import { watchPaint } from './panel-paint.ts';

const LATENCY_MS = 100;
const VIEWS = 24;

/**
 * Account views over the sample org with 100 ms added to every API answer. First view of the org:
 * a fresh profile, so the org is described before the view. Cold: an account the profile has never
 * shown, in an org described today. Warm: the same accounts in a fresh panel (the CRM page reloaded), so
 * the snapshot comes from IndexedDB. Time is from the in-app navigation to the frame in which the
 * panel paints the account (observed inside the panel); requests are counted by the org.
 */
export default async function salesforceView(): Promise<Record<string, number>> {
  const env = await startCrmBrowser();
  const { crm, page, panel } = env;
  try {
    const accounts = crm.records.salesforce.filter((r) => r.type === 'Account');
    const home = accounts[accounts.length - 1]!;
    // The first view of an org in a fresh profile: the org is described first (then cached for the day).
    crm.salesforce.resetCount();
    await page.goto(crm.urls.salesforceRecord('Account', home.id));
    await panel.accountName.filter({ hasText: home.name }).waitFor();
    const firstViewOfOrg = crm.salesforce.requestCount;
    crm.salesforce.setFaults({ latencyMs: LATENCY_MS });

    const view = async (account: { id: string; name: string }) => {
      const paintedAt = await watchPaint(page, account.name);
      crm.salesforce.resetCount();
      const started = performance.now();
      const startedWall = Date.now();
      await panel.navigateInApp(crm.urls.salesforceRecord('Account', account.id));
      await panel.accountName.filter({ hasText: account.name }).waitFor();
      // The Health section computed (an account with too little data has a breakdown but no score).
      await panel.byTestId('breakdown').waitFor();
      const ms = performance.now() - started;
      const painted = await paintedAt();
      const beforePaint = crm.salesforce.arrivals.filter((t) => painted === null || t < painted).length;
      // The panel's own paint time; Playwright's polling across frames adds tens of ms of its own.
      return { ms: painted === null ? ms : painted - startedWall, requests: crm.salesforce.requestCount, beforePaint };
    };

    const cold = [];
    for (const account of accounts.slice(0, VIEWS)) {
      cold.push(await view(account));
      // Let the revalidation land in the cache before moving on.
      await page.waitForTimeout(LATENCY_MS + 50);
    }
    // A full page load: a new panel whose memory is empty, so revisits come from IndexedDB.
    await page.goto(crm.urls.salesforceRecord('Account', home.id));
    await panel.accountName.filter({ hasText: home.name }).waitFor();
    await page.waitForTimeout(LATENCY_MS * 3);
    const warm = [];
    for (const account of accounts.slice(0, VIEWS)) {
      warm.push(await view(account));
      await page.waitForTimeout(LATENCY_MS + 50);
    }
    return {
      first_view_of_org_round_trips: firstViewOfOrg,
      cold_requests: median(cold.map((c) => c.requests)),
      warm_requests_before_paint: median(warm.map((w) => w.beforePaint)),
      cold_median_ms: round2(median(cold.map((c) => c.ms))),
      warm_median_ms: round2(median(warm.map((w) => w.ms))),
      latency_ms: LATENCY_MS,
      views: VIEWS,
    };
  } finally {
    await env.close();
  }
}
