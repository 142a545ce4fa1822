import { startCrmBrowser } from '../test/browser/crm-browser.ts';
import { HUBSPOT_TOKENS, HUBSPOT_US_PORTAL, roundTrips } from '../test/sample-crm/hubspot-api.ts';
import { median, round2 } from './median.ts';
import { watchPaint } from './panel-paint.ts';

const LATENCY_MS = 100;
const VIEWS = Number(process.env.BENCH_VIEWS ?? 24);

/**
 * Company views over the sample US portal with 100 ms added to every API answer. Cold: a company
 * the profile has never shown (the portal's pipelines already cached, as after any first view).
 * Warm: the same companies in a fresh panel (the page reloaded), so the snapshot comes from
 * IndexedDB. Time is from the in-app navigation to the frame in which the panel paints the
 * company (observed inside the panel); requests and their waves are counted by the portal.
 */
export default async function hubspotView(): Promise<Record<string, number>> {
  const env = await startCrmBrowser();
  const { crm, browser, page, panel } = env;
  try {
    // Connect the portal the way a user does: the options page.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#hubspot'));
    await options.getByLabel('HubSpot access token').fill(HUBSPOT_TOKENS.us);
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await options.getByText(`Connected to portal ${HUBSPOT_US_PORTAL}.`).waitFor();
    await options.close();

    const portal = crm.hubspot.portals.find((p) => p.portalId === HUBSPOT_US_PORTAL)!;
    const ticketsOf = (id: string) => (portal.links.get('companies:tickets') ?? []).filter((l) => l.from === id).length;
    // Companies with up to 100 tickets (the goal's case): every sample company but the big one.
    const companies = portal.objects.companies.filter((c) => ticketsOf(c.id) <= 100).map((c) => ({ id: c.id, name: c.properties.name! }));
    const url = (id: string) => crm.urls.hubspotRecord(HUBSPOT_US_PORTAL, '0-2', id);
    // The reload page: the last company the sample app has a page for (a big book's tail has none).
    const paged = new Set(portal.pages.filter((p) => p.typeId === '0-2').map((p) => p.id));
    const home = companies.filter((c) => paged.has(c.id)).at(-1)!;
    await page.goto(url(home.id));
    await panel.accountName.filter({ hasText: home.name }).waitFor();
    crm.hubspot.setFaults({ latencyMs: LATENCY_MS });

    // Quiet: every request answered and none new for two latencies (a slow machine still finishing
    // the previous view must not count in the next).
    const settle = async () => {
      for (let i = 0; i < 100; i++) {
        const last = Math.max(0, ...crm.hubspot.requests.map((r) => r.arrivedAt));
        if (crm.hubspot.requests.every((r) => r.answeredAt > 0) && Date.now() - last > 2 * LATENCY_MS) return;
        await page.waitForTimeout(LATENCY_MS / 2);
      }
    };
    const view = async (company: { id: string; name: string }) => {
      const paintedAt = await watchPaint(page, company.name);
      await settle();
      crm.hubspot.resetCount();
      const started = performance.now();
      const startedWall = Date.now();
      await panel.navigateInApp(url(company.id));
      await panel.accountName.filter({ hasText: company.name }).waitFor();
      // The Health section computed (its breakdown is there whether or not the account has a score).
      await panel.section('Health').getByTestId('breakdown').waitFor();
      const ms = performance.now() - started;
      const painted = await paintedAt();
      // Count the view's requests once all of them are answered (the revalidation of a warm view too).
      await settle();
      const requests = crm.hubspot.requests;
      const beforePaint = requests.filter((r) => painted === null || r.arrivedAt < painted).length;
      return {
        ms: painted === null ? ms : painted - startedWall,
        requests: requests.length,
        roundTrips: roundTrips(requests),
        beforePaint,
      };
    };

    const cold = [];
    for (const company of companies.slice(0, VIEWS)) cold.push(await view(company));
    // A full page load: a new panel whose memory is empty, so revisits come from IndexedDB.
    await page.goto(url(home.id));
    await panel.accountName.filter({ hasText: home.name }).waitFor();
    await page.waitForTimeout(LATENCY_MS * 3);
    const warm = [];
    for (const company of companies.slice(0, VIEWS)) warm.push(await view(company));
    return {
      cold_requests: median(cold.map((c) => c.requests)),
      cold_round_trips: Math.max(...cold.map((c) => c.roundTrips)),
      cold_median_ms: round2(median(cold.map((c) => c.ms))),
      warm_median_ms: round2(median(warm.map((w) => w.ms))),
      warm_requests_before_paint: median(warm.map((w) => w.beforePaint)),
      latency_ms: LATENCY_MS,
      views: VIEWS,
    };
  } finally {
    await env.close();
  }
}
