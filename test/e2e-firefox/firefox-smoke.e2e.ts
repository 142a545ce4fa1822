import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, panelFrame, textOf, type FirefoxWithExtension } from '../browser/firefox.ts';
import { startSampleCrm, type SampleCrm } from '../sample-crm/server.ts';

let crm: SampleCrm;
let firefox: FirefoxWithExtension;
let page: Page;

beforeAll(async () => {
  crm = await startSampleCrm();
  firefox = await launchFirefox({ crmPort: crm.port });
  page = await firefox.browser.newPage();
  // Log in the way a user does: the form sets the sid cookie on the My Domain.
  await page.goto(crm.urls.salesforceLogin);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
});

afterAll(async () => {
  await firefox?.close();
  await crm?.close();
});

describe('Firefox (MV3, temporary add-on) on the sample Salesforce org', () => {
  it('docks the panel beside an account record, with the figures from the org', async () => {
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    const frame = await panelFrame(page);
    const poll = (id: string) => expect.poll(() => textOf(frame, id), { timeout: 15_000 });
    await poll('account-name').toBe('Globex Manufacturing');
    // The same figures as in Chromium (test/e2e/salesforce-data.e2e.ts): 5 open cases, NPS −67.
    await poll('open-tickets').toBe('5');
    await poll('account-nps').toBe('−67');
    // Acme's ARR field is not mapped in this fresh profile: the renewal comes from its opportunity.
    await poll('days-to-renewal').toBe('20 days left');
  });

  it('keeps a note across a reload of the CRM page', async () => {
    const body = `Renewal call booked ${Date.now()}`;
    let frame = await panelFrame(page);
    await frame.locator('button::-p-text(New note)').click();
    await frame.locator('form.sl-note-editor textarea').fill(body);
    await frame.locator('form.sl-note-editor button[type="submit"]').click();
    await frame.waitForFunction(
      (text) => document.querySelector('ul.sl-note-list')?.textContent?.includes(text),
      { timeout: 15_000 },
      body,
    );

    await page.reload();
    frame = await panelFrame(page);
    const listed = await frame.waitForFunction(
      (text) => document.querySelector('ul.sl-note-list')?.textContent?.includes(text),
      { timeout: 15_000 },
      body,
    );
    expect(await listed.jsonValue()).toBe(true);
  });
});

describe('Firefox honours the web-accessible matches (MV3)', () => {
  it('lets a page on a host outside them load no panel, even with the panel’s URL', async () => {
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    const panelUrl = await page.$eval('iframe#success-lens-panel', (e) => (e as HTMLIFrameElement).src);
    const other = await firefox.browser.newPage();
    await other.goto('https://help.salesforce.com/');
    await other.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.id = 'forged';
      frame.src = src;
      document.body.append(frame);
    }, panelUrl);
    const element = await other.waitForSelector('iframe#forged');
    const frame = await element!.contentFrame();
    // Given time to load, the forged frame holds no panel: Firefox refused the resource.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const rendered = await frame!.evaluate(() => document.querySelector('[data-testid="account-name"]') !== null).catch(() => false);
    expect(rendered).toBe(false);
    await other.close();
  });
});
