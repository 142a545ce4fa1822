import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});
afterAll(() => env?.close());

describe('a page that frames the panel itself', () => {
  it('gets no data and spends none of the org’s API budget with a forged record', async () => {
    const { crm, page, browser } = env;
    // Another CRM host the extension runs on (here HubSpot's app) frames the panel with a hash
    // naming the user's Salesforce org and one of its accounts.
    await page.goto(crm.urls.hubspotCompanyList);
    crm.salesforce.resetCount();
    const forged = encodeURIComponent(
      JSON.stringify({ crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: crm.book.roles.healthy }),
    );
    await page.evaluate(
      (src) => {
        const frame = document.createElement('iframe');
        frame.id = 'forged';
        frame.src = src;
        document.body.append(frame);
      },
      browser.extensionUrl(`panel.html#${forged}`),
    );
    // Long enough for a panel to load, ask and paint several times over.
    await page.waitForTimeout(3_000);
    expect(crm.salesforce.requestCount).toBe(0);
    const frame = page.frameLocator('#forged');
    expect(await frame.getByTestId('account-name').count()).toBe(0);
  });
});
