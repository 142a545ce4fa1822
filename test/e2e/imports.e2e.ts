import { readFileSync } from 'node:fs';
import path from 'node:path';
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
let panel: PanelOnPage;
const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/imports', name);
const stark = () => crm.book.accounts.find((a) => a.Name === 'Stark Logistics')!.Id;

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page, panel } = env);
});
afterAll(() => env?.close());

const open = async (accountId: string) => {
  await page.goto(crm.urls.salesforceRecord('Account', accountId));
  await panel.landmark.waitFor();
  // The live load (which the background caches) has answered once the panel names the account.
  const name = crm.book.accounts.find((a) => a.Id === accountId)!.Name;
  await expect.poll(() => panel.accountName.textContent(), { timeout: 10_000 }).toBe(name);
};
// The measures sit behind the "Why …?" disclosure: open it first, as a CSM would.
const measure = async (id: string) => {
  const breakdown = panel.byTestId('breakdown');
  if (!(await breakdown.evaluate((e) => (e as HTMLDetailsElement).open, undefined, { timeout: 10_000 })))
    await breakdown.locator('summary').click();
  return panel.byTestId(`measure-${id}`).innerText({ timeout: 10_000 });
};

async function importFile(importPage: Page, name: string, kind: string): Promise<void> {
  await importPage.getByLabel('File (CSV or TSV; UTF-8 or CP949)').setInputFiles(fixture(name));
  await importPage.getByLabel('What the file holds').selectOption(kind);
  await importPage.getByRole('button', { name: 'Check rows' }).click();
  await importPage.getByRole('region', { name: 'Check report' }).waitFor();
}

describe('signals imported from files', () => {
  it('checks a file row by row, saves the good rows once, and feeds Usage, Adoption, NPS and Finance with the file as source', async () => {
    // Rows match only accounts the CSM has opened.
    await open(crm.book.roles.healthy);
    await open(stark());
    expect(await measure('usage')).toContain('No data');
    expect(await measure('adoption')).toContain('No data');

    const imports = await browser.context.newPage();
    await imports.goto(browser.extensionUrl('import.html'));
    await expect.poll(() => imports.getByText(/accounts you have opened in the panel/).innerText()).toContain('the 2 accounts');

    await importFile(imports, 'product-analytics-usage.csv', 'usage');
    expect(await imports.getByTestId('import-file').innerText()).toBe('7 rows, UTF-8, separated by comma (,).');
    expect(await imports.getByTestId('import-summary').innerText()).toBe(
      '3 rows are ready for 2 accounts; 4 rows have problems and will not be saved.',
    );
    const problems = imports.getByRole('list', { name: 'Rows with problems' });
    expect(await problems.getByRole('listitem').allInnerTexts()).toEqual([
      'Line 5: “Acme Robotics” matches no account you have opened; Period End “2026-11-31” is not a date (use 2026-11-27, 27/11/2026 or 2026. 11. 27.)',
      'Line 6: “Nobody Incorporated” matches no account you have opened',
      'Line 7: repeats line 3',
      'Line 8: “Initech Systems” matches no account you have opened; Active Users is empty',
    ]);
    const [download] = await Promise.all([
      imports.waitForEvent('download'),
      imports.getByRole('button', { name: 'Download the rows with problems (CSV)' }).click(),
    ]);
    const bad = readFileSync((await download.path())!, 'utf8');
    expect(bad.split('\r\n')[0]).toBe('\uFEFFAccount Name,Period Start,Period End,Active Users,Licensed Seats,line,problems');
    expect(bad).toContain('Nobody Incorporated,2026-11-16,2026-11-22,5,10,6,unknown-account: Account Name');
    await imports.getByRole('button', { name: 'Save 3 good rows' }).click();
    await expect.poll(() => imports.getByRole('status').innerText()).toBe('Saved: 3 new, 0 replaced by newer values, 0 already here.');

    // The same file again changes nothing.
    await importFile(imports, 'product-analytics-usage.csv', 'usage');
    await imports.getByRole('button', { name: 'Save 3 good rows' }).click();
    await expect.poll(() => imports.getByRole('status').innerText()).toBe('Saved: 0 new, 0 replaced by newer values, 3 already here.');

    for (const [file, kind] of [
      ['feature-adoption.tsv', 'features'],
      ['nps-survey-export.csv', 'nps'],
      ['billing-invoices.csv', 'invoices'],
    ] as const) {
      await importFile(imports, file, kind);
      await imports.getByRole('button', { name: /^Save \d+ good rows$/ }).click();
      await expect.poll(() => imports.getByRole('status').innerText()).toMatch(/^Saved: \d+ new/);
    }

    await open(stark());
    // 30 of 40 seats active (the week of 16–22 Nov), 6 of 10 key features, NPS 9/10/6 → +33, one unpaid invoice past due.
    await expect.poll(() => measure('usage')).toContain('from product-analytics-usage.csv, imported');
    expect(await measure('usage')).toMatch(/^Usage\n75\n/);
    expect(await measure('adoption')).toContain('from feature-adoption.tsv, imported');
    expect(await measure('nps')).toContain('from nps-survey-export.csv, imported');
    expect(await measure('finance')).toContain('from billing-invoices.csv, imported');
    for (const m of ['usage', 'adoption', 'nps', 'finance']) expect(await measure(m)).not.toMatch(/^\S+\s+No data/);
    await imports.close();
  });
});
