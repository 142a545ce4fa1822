import { startCrmBrowser } from '../test/browser/crm-browser.ts';
import { median, round2 } from './median.ts';

const RUNS = 24;

/**
 * Time from an in-app navigation on the sample CRM (history.pushState, as Lightning does) to the
 * new account's name in the panel, measured from outside the page as a user would see it.
 */
export default async function panelNavigation(): Promise<Record<string, number>> {
  const env = await startCrmBrowser();
  const { crm, page, panel } = env;
  try {
    const accounts = crm.records.salesforce.filter((r) => r.type === 'Account').slice(0, 8);
    await page.goto(crm.urls.salesforceRecord('Account', accounts[0]!.id));
    await panel.accountName.filter({ hasText: accounts[0]!.name }).waitFor();

    const samples: number[] = [];
    for (let i = 0; i < RUNS + 4; i++) {
      const target = accounts[(i + 1) % accounts.length]!;
      const started = performance.now();
      await panel.navigateInApp(crm.urls.salesforceRecord('Account', target.id));
      await panel.accountName.filter({ hasText: target.name }).waitFor();
      // The first rounds warm the caches of both the browser and the panel.
      if (i >= 4) samples.push(performance.now() - started);
    }
    return { median_ms: round2(median(samples)), runs: samples.length };
  } finally {
    await env.close();
  }
}
