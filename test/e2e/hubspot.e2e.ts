import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/launch.ts';
import { PanelOnPage } from '../browser/panel-page.ts';
import { HUBSPOT_EU_PORTAL, HUBSPOT_TOKENS, HUBSPOT_US_PORTAL } from '../sample-crm/hubspot-api.ts';
import type { SampleCrm } from '../sample-crm/server.ts';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;
let crm: SampleCrm;
let browser: ExtensionBrowser;
let page: Page;
let panel: PanelOnPage;
let options: Page;

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page, panel } = env);
  options = await browser.context.newPage();
  await options.goto(browser.extensionUrl('options.html#hubspot'));
});

afterAll(() => env?.close());

const us = () => crm.hubspot.portals.find((p) => p.portalId === HUBSPOT_US_PORTAL)!;
const globex = () => us().objects.companies.find((c) => c.properties.name === 'Globex Manufacturing')!.id;
const text = (id: string) => panel.byTestId(id).textContent({ timeout: 10_000 });
const open = async (portalId: string, typeId: string, id: string) => {
  await page.bringToFront();
  await page.goto(crm.urls.hubspotRecord(portalId, typeId, id));
  await panel.landmark.waitFor();
};

describe('connecting HubSpot in the options page', () => {
  it('checks a pasted token at once and names the scope it lacks, with what it unlocks', async () => {
    const section = options.getByRole('region', { name: 'HubSpot' });
    const token = section.getByLabel('HubSpot access token');
    expect(await token.getAttribute('type')).toBe('password');
    await token.fill(HUBSPOT_TOKENS.usNoFeedback);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain(`Connected to portal ${HUBSPOT_US_PORTAL}.`);
    const portal = section.getByTestId('hubspot-portal');
    expect(await portal.textContent()).toContain('Time zone: US/Eastern · Currency: USD');
    expect(await portal.getByTestId('missing-scope').textContent()).toBe(
      'crm.objects.feedback_submissions.read — unlocks feedback submissions: NPS',
    );
    // The token never stays in the page.
    expect(await token.inputValue()).toBe('');
  });

  it('replaces the token of the portal with a complete one', async () => {
    const section = options.getByRole('region', { name: 'HubSpot' });
    await section.getByLabel('HubSpot access token').fill(HUBSPOT_TOKENS.us);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => section.getByTestId('hubspot-portal').textContent()).toContain('Every scope Success Lens reads is granted.');
    expect(await section.getByTestId('hubspot-portal').count()).toBe(1);
  });
});

describe('the panel on HubSpot records', () => {
  it('shows a company’s tickets, NPS, renewal and money from the portal', async () => {
    await open(HUBSPOT_US_PORTAL, '0-2', globex());
    await expect.poll(() => panel.accountName.textContent()).toBe('Globex Manufacturing');
    expect(await text('open-tickets')).toBe('5');
    // Latest NPS answer per contact: 3, 6, 7 → two detractors of three → −67.
    expect(await text('account-nps')).toBe('−67');
    expect(await text('days-to-renewal')).toBe('20 days left');
    expect(await panel.byTestId('arr').getAttribute('title')).toBe('$250,000.00');
    expect(await text('health-band')).toContain('At risk');
  });

  it('shows the company’s panel on its contact, deal and ticket pages', async () => {
    for (const typeId of ['0-1', '0-3', '0-5']) {
      const record = us().pages.find((p) => p.typeId === typeId && p.companyId === globex())!;
      await open(HUBSPOT_US_PORTAL, typeId, record.id);
      await expect.poll(() => panel.accountName.textContent(), { message: typeId }).toBe('Globex Manufacturing');
      expect(await text('open-tickets')).toBe('5');
    }
  });

  it('saves a note to HubSpot once, on the company', async () => {
    await open(HUBSPOT_US_PORTAL, '0-2', globex());
    const notes = panel.section('Notes');
    await notes.getByRole('button', { name: 'New note' }).click();
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill('Sponsor wants SSO before renewal');
    await notes.getByRole('button', { name: 'Save note' }).click();
    const item = notes.getByRole('list', { name: 'Notes on this account' }).getByRole('listitem').first();
    const share = item.getByRole('button', { name: 'Save to CRM' });
    // Nothing is posted until the CSM confirms; Escape backs out with the focus on the button.
    await share.dblclick();
    expect(crm.hubspot.notes(HUBSPOT_US_PORTAL)).toHaveLength(0);
    await item.getByRole('button', { name: 'Yes, save to CRM' }).press('Escape');
    expect(await item.getByRole('group').count()).toBe(0);
    expect(await panel.frame.locator(':focus').textContent()).toBe('Save to CRM');
    await share.click();
    await item.getByRole('button', { name: 'Yes, save to CRM' }).dblclick();
    await expect.poll(() => item.getByText('Shared in the CRM').count()).toBe(1);
    const made = crm.hubspot.notes(HUBSPOT_US_PORTAL);
    expect(made).toHaveLength(1);
    expect(made[0]!.properties.hs_note_body).toContain('Sponsor wants SSO before renewal');
    expect(us().links.get('notes:companies')).toEqual([expect.objectContaining({ from: made[0]!.id, to: globex() })]);
  });

  it('says how to connect a portal without a token, and opens the HubSpot settings', async () => {
    const eu = crm.hubspot.portals.find((p) => p.portalId === HUBSPOT_EU_PORTAL)!;
    await open(HUBSPOT_EU_PORTAL, '0-2', eu.objects.companies[0]!.id);
    const alert = panel.frame.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('This HubSpot portal is not connected.');
    expect(await alert.textContent()).toContain('paste an access token of this portal');
    const opened = browser.context.waitForEvent('page');
    await alert.getByRole('button', { name: 'Settings' }).click();
    const settings = await opened;
    expect(settings.url()).toContain('options.html#hubspot');
    await expect.poll(() => settings.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('password');
    await settings.close();
  });

  it('reads a second portal on the EU host in its own currency once its token is connected', async () => {
    const section = options.getByRole('region', { name: 'HubSpot' });
    await options.bringToFront();
    await section.getByLabel('HubSpot access token').fill(HUBSPOT_TOKENS.eu);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => section.getByTestId('hubspot-portal').count()).toBe(2);
    const eu = crm.hubspot.portals.find((p) => p.portalId === HUBSPOT_EU_PORTAL)!;
    const company = eu.objects.companies[0]!;
    await open(HUBSPOT_EU_PORTAL, '0-2', company.id);
    await expect.poll(() => panel.accountName.textContent()).toBe(company.properties.name);
    expect(await text('arr')).toContain('€');
  });
});

describe('when HubSpot limits requests', () => {
  afterAll(() => crm.hubspot.setFaults({}));

  it('rides out the ten-second limit quietly', async () => {
    const fresh = us().objects.companies.find((c) => c.properties.name === 'Northwind Analytics')!;
    crm.hubspot.setFaults({ mode: 'ten-secondly', times: 2 });
    await open(HUBSPOT_US_PORTAL, '0-2', fresh.id);
    await expect.poll(() => panel.accountName.textContent(), { timeout: 15_000 }).toBe('Northwind Analytics');
    expect(await panel.frame.getByRole('alert').count()).toBe(0);
  });

  it('says the daily limit is used up and keeps the last good data with its time', async () => {
    await open(HUBSPOT_US_PORTAL, '0-2', globex());
    await expect.poll(() => text('open-tickets')).toBe('5');
    crm.hubspot.setFaults({ mode: 'daily' });
    await page.reload();
    await panel.landmark.waitFor();
    const alert = panel.frame.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('HubSpot’s daily API limit for this portal is used up.');
    expect(await alert.textContent()).toContain('It resets at midnight in the portal’s time zone');
    expect(await alert.textContent()).toContain('Showing data as of');
    expect(await text('open-tickets')).toBe('5');
  });
});
