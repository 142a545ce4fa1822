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
let options: Page;

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page } = env);
  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html'));
});

afterAll(() => env?.close());

describe('the options page', () => {
  it('checks the Salesforce connection of an org with the user’s own login', async () => {
    await options.getByLabel('Salesforce page address').fill('https://acme.lightning.force.com/lightning/page/home');
    await options.getByRole('button', { name: 'Check' }).click();
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toContain(`Connected to org ${crm.book.orgId.slice(0, 15)} through acme.my.salesforce.com`);
  });

  it('changes which Opportunity Types mean renewal, and the panel follows', async () => {
    const panel = new PanelOnPage(page);
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    await expect.poll(() => panel.byTestId('days-to-renewal').textContent(), { timeout: 10_000 }).toBe('20 days left');
    const form = options.getByRole('form', { name: 'Salesforce field mappings' });
    await form.getByLabel('Opportunity Types that mean renewal').fill('Existing Customer - Renewal');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved.');
    await page.reload();
    // Without a renewal opportunity the active contract's end date (the day before) is used.
    await expect.poll(() => panel.frame.getByText('from the contract end date').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.byTestId('days-to-renewal').textContent()).toBe('19 days left');
  });

  it('refuses an invalid scorecard and keeps the saved one', async () => {
    const form = options.getByRole('form', { name: 'Health scorecard' });
    await form.getByLabel('SLA days: high').fill('-1');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Nothing saved: fix the marked fields.');
  });

  it('switches the whole UI to Korean', async () => {
    await options.getByRole('radio', { name: '한국어' }).check();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Success Lens 설정');
    const panel = new PanelOnPage(page);
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    await expect.poll(() => panel.section('헬스').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await panel.byTestId('nps-segment').textContent()).toBe('비추천 고객');
    expect(await panel.byTestId('arr').getAttribute('title')).toBe('US$250,000.00');
  });
});
