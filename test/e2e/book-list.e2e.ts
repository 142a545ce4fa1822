import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

describe('a list view as the book of business', () => {
  it('lists exactly the accounts of the list view the CS lead chose in Settings', async () => {
    const { crm, page, panel, browser } = env;
    // The lead works in the Acme org: opening one record tells the background where.
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.healthy));
    await panel.byTestId('open-tickets').waitFor();

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const settings = options.getByRole('region', { name: 'Book of business' });
    await settings
      .getByLabel('Whose accounts')
      .selectOption({ label: 'A list I choose for each org or portal (Salesforce list view, HubSpot company list)' });
    // The org's list views are read now, from our own page; "Recently Viewed" cannot be a book and is not offered.
    const picker = settings.getByLabel(/^The list view to read for /);
    await picker.waitFor();
    expect(await picker.locator('option').allInnerTexts()).toEqual([
      'Choose a list view…',
      'All Accounts',
      'My Accounts',
      'My technology customers',
    ]);
    await picker.focus();
    await picker.selectOption({ label: 'My technology customers' });
    await expect.poll(() => picker.inputValue()).toBe(crm.salesforce.listViews[2]!.id);
    await options.close();

    const book = await browser.context.newPage();
    await book.goto(browser.extensionUrl('book.html'));
    await book.getByRole('button', { name: 'Refresh now' }).click();
    // The view: the lead's own technology customers, its quoted "ORDER BY" value left whole.
    const expected = crm.book.accounts
      .filter((a) => a.OwnerId === crm.book.sampleUser && a.Industry === 'Technology' && a.Type === 'Customer - Direct')
      .map((a) => a.Id)
      .sort();
    const rows = book.getByTestId('book-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(expected.length);
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')))).sort()).toEqual(expected);
    await book.close();
  });
});
