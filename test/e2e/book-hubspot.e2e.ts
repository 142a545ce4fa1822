import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';
import { HUBSPOT_TOKENS, HUBSPOT_US_PORTAL } from '../sample-crm/hubspot-api.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

const us = () => env.crm.hubspot.portals.find((p) => p.portalId === HUBSPOT_US_PORTAL)!;

describe('the book of business of a HubSpot portal', () => {
  it('lists exactly the companies the token’s user owns, with their figures, after connecting the portal', async () => {
    const { crm, browser } = env;
    // The CSM connects the portal in Settings; no HubSpot record was ever opened in this browser.
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html#hubspot'));
    const section = options.getByRole('region', { name: 'HubSpot' });
    await section.getByLabel('HubSpot access token').fill(HUBSPOT_TOKENS.us);
    await section.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain(`Connected to portal ${HUBSPOT_US_PORTAL}.`);
    await options.close();

    const book = await browser.context.newPage();
    await book.goto(browser.extensionUrl('book.html'));
    await book.getByRole('button', { name: 'Refresh now' }).click();
    const rows = book.getByTestId('book-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(300);
    crm.hubspot.resetCount();

    const me = us().owners[0]!;
    const owned = us()
      .objects.companies.filter((c) => c.properties.hubspot_owner_id === me.id)
      .map((c) => c.id)
      .sort();
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')))).sort()).toEqual(owned);

    // Northwind as a CSM checks it by hand: $120K ARR, latest NPS answer of each of three contacts
    // a promoter (+100), three open tickets, owned by the token's user; its name opens the company.
    const northwind = rows.filter({ hasText: 'Northwind Analytics' });
    // Cells by their column's header, so that a new column moves nothing here.
    const headers = await book.locator('.sl-book-table thead th').allInnerTexts();
    const cells = await northwind.locator('th, td').allInnerTexts();
    const cell = (header: string) => cells[headers.findIndex((h) => h.trim().startsWith(header))];
    expect(cell('ARR')).toMatch(/^\$120(K|,000)/);
    expect(cell('NPS')).toBe('100');
    expect(cell('Open tickets')).toBe('3');
    expect(cell('Owner')).toBe(`${me.firstName} ${me.lastName}`);
    const id = us().objects.companies.find((c) => c.properties.name === 'Northwind Analytics')!.id;
    expect(await northwind.getByRole('link').getAttribute('href')).toBe(crm.urls.hubspotRecord(HUBSPOT_US_PORTAL, '0-2', id));

    // The hand-built at-risk companies lead the week's list, most ARR at risk first.
    const attention = book.getByRole('region', { name: 'Needs attention this week' });
    const names = await attention.getByTestId('attention-item').evaluateAll((items) => items.slice(0, 3).map((li) => li.textContent));
    expect(names.map((n) => /Vertex Freight|Quill Publishing|Ridgeline Insurance/.exec(n ?? '')?.[0])).toEqual([
      'Vertex Freight',
      'Quill Publishing',
      'Ridgeline Insurance',
    ]);

    // The page painted from the store: no request to the portal; the day's spend is the portal's.
    expect(crm.hubspot.requests).toHaveLength(0);
    expect(await book.getByTestId('book-budget').innerText()).toMatch(
      new RegExp(`^API calls used by the book today: \\d+ of 5,000 \\(HubSpot portal ${HUBSPOT_US_PORTAL}\\)$`),
    );
    await book.close();
  });
});
