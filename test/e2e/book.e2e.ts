import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

type ChromeAction = { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
const badgeText = () => env.browser.serviceWorker.evaluate(() => (globalThis as unknown as ChromeAction).chrome.action.getBadgeText({}));

describe('the book of business', () => {
  it('lists exactly the accounts the user owns, the hand-built at-risk ones first with their reasons, and badges them', async () => {
    const { crm, page, panel, browser } = env;
    // The CSM works in the Acme org: opening one record tells the background where.
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.healthy));
    await panel.byTestId('open-tickets').waitFor();

    const book = await browser.context.newPage();
    await book.goto(browser.extensionUrl('book.html'));
    await book.getByText('Not refreshed yet', { exact: false }).waitFor();
    // Signals that live outside the CRM are one click away from the book.
    expect(await book.getByRole('link', { name: 'Import usage, NPS and invoices from files' }).getAttribute('href')).toMatch(
      /\/import\.html$/,
    );
    await book.getByRole('button', { name: 'Refresh now' }).click();
    const rows = book.getByTestId('book-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(300);
    const owned = crm.book.accounts
      .filter((a) => a.OwnerId === crm.book.sampleUser)
      .map((a) => a.Id)
      .sort();
    expect((await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')))).sort()).toEqual(owned);

    const attention = book.getByRole('region', { name: 'Needs attention this week' });
    const firstThree = await attention
      .getByTestId('attention-item')
      .evaluateAll((items) => items.slice(0, 3).map((li) => li.getAttribute('data-account')));
    expect(firstThree).toEqual(crm.book.bookAtRisk);
    const vertex = attention.getByTestId('attention-item').first();
    expect(await vertex.innerText()).toMatch(/Vertex Freight/);
    expect(await vertex.getByTestId('attention-reasons').innerText()).toMatch(/At risk \(score \d+\)[\s\S]*detractors[\s\S]*SLA breaches/);
    expect(await vertex.innerText()).toMatch(/Next step: /);

    // The badge counts every account needing attention; the list shows the top ten until asked for all.
    const all = await attention.getByRole('button', { name: /^Show all \d+$/ }).innerText();
    expect(await badgeText()).toBe(/\d+/.exec(all)![0]);
    await attention.getByRole('button', { name: all }).click();
    expect(String(await attention.getByTestId('attention-item').count())).toBe(await badgeText());

    // Filtered to at-risk accounts renewing within 30 days, sorted by health: a name opens the CRM record.
    await book.getByLabel('Band').selectOption({ label: '▼ At risk' });
    await book.getByRole('combobox', { name: /^Renewal/ }).selectOption({ label: 'Within 30 days' });
    await book.getByRole('button', { name: 'Health' }).click();
    await expect.poll(() => rows.count()).toBeLessThan(300);
    const vertexRow = rows.filter({ hasText: 'Vertex Freight' });
    expect(await vertexRow.getByRole('link').getAttribute('href')).toContain(`/lightning/r/Account/${crm.book.bookAtRisk[0]}/view`);
    for (const text of await rows.allInnerTexts()) expect(text).toContain('At risk');
    await book.close();
  });

  it('raises the badge when an account drops a band', async () => {
    const { crm, browser } = env;
    const before = Number(await badgeText());
    const book = await browser.context.newPage();
    await book.goto(browser.extensionUrl('book.html'));
    // A healthy account that needs nothing this week…
    await book.getByRole('button', { name: /^Show all/ }).click();
    await book.getByLabel('Band').selectOption({ label: '▲ Healthy' });
    const flagged = await book.getByTestId('attention-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-account')));
    const healthy = (await book.getByTestId('book-row').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')))).find(
      (id) => !flagged.includes(id),
    );
    const account = crm.book.accounts.find((a) => a.Id === healthy)!;
    // …stops being used, loses touch and leaves an invoice unpaid for months.
    Object.assign(account, {
      Active_Users__c: 1,
      Active_Users_Prev_Period__c: 300,
      Oldest_Overdue_Invoice_Date__c: '2000-01-01',
      LastActivityDate: null,
      Champion__c: null,
    });
    await book.getByRole('button', { name: 'Refresh now' }).click();
    await book.getByRole('button', { name: 'Refresh now' }).waitFor();
    const dropped = book.getByTestId('attention-item').filter({ hasText: account.Name });
    await expect.poll(() => dropped.count(), { timeout: 30_000 }).toBe(1);
    expect(await dropped.getByTestId('attention-reasons').innerText()).toMatch(/Dropped from Healthy to/);
    expect(Number(await badgeText())).toBe(before + 1);
    await book.close();
  });

  it("gives the popup the book's renewals of the next 120 days, and a way to the book", async () => {
    const { browser } = env;
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const upcoming = popup.getByRole('list', { name: 'Renewals in the next 120 days' });
    // Vertex Freight renews in 30 days; no record of it was ever opened in this browser.
    await expect.poll(() => upcoming.getByRole('listitem').filter({ hasText: 'Vertex Freight' }).count()).toBe(1);
    expect(await popup.getByRole('navigation', { name: 'More' }).getByRole('link', { name: 'Book of business' }).getAttribute('href')).toBe(
      browser.extensionUrl('book.html'),
    );
    await popup.close();
  });

  it('filters by segment and industry, and follows each renewal’s checklist as it is ticked in the popup', async () => {
    const { crm, page, panel, browser } = env;
    const book = await browser.context.newPage();
    await book.goto(browser.extensionUrl('book.html'));
    const rows = book.getByTestId('book-row');
    await expect.poll(() => rows.count()).toBe(300);
    const shown = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-account')).sort());
    const owned = crm.book.accounts.filter((a) => a.OwnerId === crm.book.sampleUser);

    // Enterprise: an ARR of 100,000 a year or more (the default tier), in the account's own currency.
    await book.getByLabel('Segment').selectOption({ label: 'Enterprise' });
    expect(await shown()).toEqual(
      owned
        .filter((a) => typeof a.ARR__c === 'number' && a.ARR__c >= 100_000)
        .map((a) => a.Id)
        .sort(),
    );
    await book.getByLabel('Segment').selectOption({ label: 'All' });
    await book.getByLabel('Industry').selectOption({ label: 'Healthcare' });
    expect(await shown()).toEqual(
      owned
        .filter((a) => a.Industry === 'Healthcare')
        .map((a) => a.Id)
        .sort(),
    );
    await book.getByLabel('Industry').selectOption({ label: 'All' });

    // Vertex Freight renews in 30 days: its checklist is in the window, nothing ticked yet.
    const vertex = rows.filter({ hasText: 'Vertex Freight' }).getByTestId('book-checklist');
    await expect.poll(() => vertex.innerText()).toBe('0/12');
    await book.getByRole('button', { name: 'Renewal checklist' }).click();
    expect(await rows.last().getByTestId('book-checklist').innerText()).toBe('—');

    // Ticked in the popup (its account is the one viewed last), counted in the open book at once.
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.bookAtRisk[0]!));
    await panel.byTestId('open-tickets').waitFor();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.getByRole('checkbox', { name: 'QBR (T-90)' }).check();
    await expect.poll(() => vertex.innerText()).toBe('1/12');
    await popup.close();
    await book.close();
  });
});
