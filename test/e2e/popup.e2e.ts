import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

describe('the toolbar popup', () => {
  it('checks off the renewal steps of the account viewed last, with hints from its data, and lists renewals ahead', async () => {
    const { crm, page, panel, browser } = env;
    for (const id of [crm.book.roles.healthy, crm.book.roles.atRisk]) {
      await page.goto(crm.urls.salesforceRecord('Account', id));
      await panel.byTestId('open-tickets').waitFor();
    }
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).first().textContent()).toBe('Renewal checklist: Globex Manufacturing');
    expect(await popup.getByTestId('check-qbr-sla').innerText()).toContain('6 tickets breached SLA');
    expect(await popup.getByTestId('check-qbr').innerText()).toContain('overdue');
    await popup.getByRole('checkbox', { name: 'QBR (T-90)' }).check();
    await expect.poll(() => popup.getByTestId('check-qbr').innerText()).toContain('done');
    await popup.reload();
    await expect.poll(() => popup.getByRole('checkbox', { name: 'QBR (T-90)' }).isChecked()).toBe(true);
    const upcoming = popup.getByRole('list', { name: 'Renewals in the next 120 days' });
    await expect
      .poll(() => upcoming.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Globex Manufacturing .* in 20 d .*At risk$/),
        expect.stringMatching(/^Northwind Analytics .* in 45 d .*Healthy$/),
      ]);
    // Whose renewals these are, their size, and the way on to VOC and Settings.
    expect(await popup.getByTestId('upcoming-scope').textContent()).toBe(
      'Among the 2 accounts you have opened in this browser; other accounts in the CRM are not listed.',
    );
    expect(await upcoming.getByRole('listitem').first().innerText()).toContain('ARR $250K');
    const more = popup.getByRole('navigation', { name: 'More' });
    expect(await more.getByRole('link', { name: 'Voice of the customer' }).getAttribute('href')).toBe(browser.extensionUrl('voc.html'));
    expect(await more.getByRole('button', { name: 'Settings' }).isVisible()).toBe(true);
    await popup.close();
    // The step ticked in the popup is done in the panel's timeline too.
    await page.reload();
    await expect.poll(() => panel.byTestId('milestone-qbr').getAttribute('data-state')).toBe('done');
  });
});
