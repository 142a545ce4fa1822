import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/launch.ts';
import { PanelOnPage } from '../browser/panel-page.ts';
import type { SampleCrm } from '../sample-crm/server.ts';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;
let crm: SampleCrm;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page } = env);
});

afterAll(() => env?.close());

const accounts = () => crm.records.salesforce.filter((r) => r.type === 'Account');

describe('the panel on the CRM page', () => {
  it('appears beside an account record with the account’s name', async () => {
    const [first] = accounts();
    await page.goto(crm.urls.salesforceRecord('Account', first!.id));
    const panel = new PanelOnPage(page);
    await expect.poll(() => panel.landmark.isVisible()).toBe(true);
    await expect.poll(() => panel.accountName.textContent()).toBe(first!.name);
    for (const name of ['Health', 'Renewal', 'Tickets', 'NPS', 'Notes']) {
      expect(await panel.section(name).isVisible()).toBe(true);
    }
  });

  it('does not cover the CRM’s own controls at the right edge', async () => {
    const setup = page.locator('#global-action');
    const box = (await setup.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.id, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe('global-action');
  });

  it('follows in-app navigation without a reload, without a second panel, and back/forward', async () => {
    const [first, second] = accounts();
    const panel = new PanelOnPage(page);
    await page.goto(crm.urls.salesforceRecord('Account', first!.id));
    await expect.poll(() => panel.accountName.textContent()).toBe(first!.name);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await page.locator('#app-nav').getByRole('link', { name: 'Accounts' }).click();
    await expect.poll(() => panel.frameCount()).toBe(0);
    await panel.clickCrmLink(second!.name);
    await expect.poll(() => panel.accountName.textContent()).toBe(second!.name);
    expect(await panel.frameCount()).toBe(1);

    // Back goes to the CRM's list (the panel's hash changes add no history entries), then forward.
    await page.evaluate(() => history.back());
    await expect.poll(() => page.url()).toBe(crm.urls.salesforceAccountList);
    await expect.poll(() => panel.frameCount()).toBe(0);
    await page.evaluate(() => history.forward());
    await expect.poll(() => panel.accountName.textContent()).toBe(second!.name);
    await page.evaluate(() => history.back());
    await page.evaluate(() => history.back());
    await expect.poll(() => panel.accountName.textContent()).toBe(first!.name);
    // Still the same document: the CRM was never reloaded.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('shows the account’s panel on a related case, contact and opportunity page', async () => {
    const account = accounts()[2]!;
    const related = crm.records.salesforce.filter((r) => r.accountId === account.id);
    const panel = new PanelOnPage(page);
    for (const type of ['Contact', 'Opportunity', 'Case'] as const) {
      const record = related.find((r) => r.type === type);
      if (!record) continue;
      await page.goto(crm.urls.salesforceRecord(type, record.id));
      await expect.poll(() => panel.accountName.textContent()).toBe(account.name);
    }
  });

  it('collapses to a slim tab, stays collapsed after a reload, and opens again', async () => {
    const [first] = accounts();
    const panel = new PanelOnPage(page);
    await page.goto(crm.urls.salesforceRecord('Account', first!.id));
    await panel.frame.getByRole('button', { name: 'Collapse panel' }).click();
    await expect.poll(async () => (await panel.frameElement.boundingBox())?.width).toBeLessThan(60);
    await page.reload();
    await expect.poll(() => panel.frame.getByRole('button', { name: 'Open Success Lens' }).isVisible()).toBe(true);
    expect((await panel.frameElement.boundingBox())!.width).toBeLessThan(60);
    await panel.frame.getByRole('button', { name: 'Open Success Lens' }).click();
    await expect.poll(async () => (await panel.frameElement.boundingBox())?.width).toBeGreaterThan(300);
  });

  it('opens on HubSpot company pages too, and leaves list pages alone', async () => {
    const company = crm.records.hubspot[0]!;
    const panel = new PanelOnPage(page);
    await page.goto(crm.urls.hubspotCompanyList);
    await page.waitForLoadState('load');
    expect(await panel.frameCount()).toBe(0);
    await panel.clickCrmLink(company.name);
    await expect.poll(() => panel.landmark.isVisible()).toBe(true);
  });
});

describe('the toolbar popup and the options page', () => {
  it('open as extension pages', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByRole('main', { name: 'Success Lens' }).isVisible()).toBe(true);
    await popup.goto(browser.extensionUrl('options.html'));
    await expect.poll(() => popup.getByRole('main', { name: 'Success Lens' }).isVisible()).toBe(true);
    await popup.close();
  });
});
