import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../browser/launch.ts';
import { PanelOnPage } from '../browser/panel-page.ts';
import type { SampleCrm } from '../sample-crm/server.ts';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;
let crm: SampleCrm;
let browser: ExtensionBrowser;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), 'success-lens-voc-'));

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page } = env);
});

afterAll(() => env?.close());

async function writeVoc(accountId: string, body: string, category: string, tags: string) {
  await page.goto(crm.urls.salesforceRecord('Account', accountId));
  const notes = new PanelOnPage(page).section('Notes');
  await notes.getByRole('button', { name: 'New note' }).click();
  await notes.getByRole('textbox', { name: 'Note', exact: true }).fill(body);
  await notes.getByLabel('VOC category').selectOption(category);
  await notes.getByLabel('Tags (comma-separated)').fill(tags);
  await notes.getByRole('button', { name: 'Save note' }).click();
  await notes.getByRole('list', { name: 'Notes on this account' }).getByText(body).waitFor();
}

async function download(voc: Page, button: string): Promise<string> {
  const [file] = await Promise.all([voc.waitForEvent('download'), voc.getByRole('button', { name: button }).click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

describe('voice of the customer across accounts', () => {
  it('captures a selection from another page as VOC for the account viewed last', async () => {
    await writeVoc(crm.book.roles.atRisk, 'SSO with Okta is a must', 'feature-request', 'sso');
    // The CSM selects a sentence in a ticket on another page and picks "Capture as VOC".
    await page.goto(crm.urls.salesforceRecord('Case', crm.book.cases.find((c) => c.AccountId === crm.book.roles.atRisk)!.Id));
    const opened = browser.context.waitForEvent('page');
    await browser.serviceWorker.evaluate(
      ([text, url]) =>
        (
          globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch: (info: object, tab: object) => void } } } }
        ).chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'success-lens-capture-voc', selectionText: text, pageUrl: url, editable: false },
          { id: 1 },
        ),
      ['가격이 너무 비싸서 재계약이 어렵습니다', page.url()],
    );
    const voc = await opened;
    const form = voc.getByRole('form', { name: 'Captured quote' });
    await form.waitFor();
    expect(await form.getByText('가격이 너무 비싸서 재계약이 어렵습니다').count()).toBe(1);
    expect(await form.getByLabel('Account').inputValue()).toBe(`salesforce:${crm.book.orgId.slice(0, 15)}:${crm.book.roles.atRisk}`);
    // A small window of its own beside the page (Playwright sizes it to its viewport), and no category guessed for the CSM.
    const shape = await voc.evaluate(async () => {
      const { windows } = (globalThis as unknown as { chrome: { windows: { getCurrent(): Promise<{ type?: string }> } } }).chrome;
      const current = await windows.getCurrent();
      return { type: current.type };
    });
    expect(shape.type).toBe('popup');
    expect(await form.getByLabel('Category').inputValue()).toBe('');
    expect(await form.getByRole('button', { name: 'Save VOC' }).isDisabled()).toBe(true);
    expect(await form.getByText('To save, choose a category.').count()).toBe(1);
    await form.getByLabel('Category').selectOption('pricing');
    await form.getByLabel('Tags (comma-separated)').fill('price');
    // A double click files one note (the CSV below has one row per note).
    await form.getByRole('button', { name: 'Save VOC' }).dblclick();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved to Globex Manufacturing.');
    await voc.close();
  });

  it('counts by category and tag with the number of accounts, searches Korean, and exports CSV', async () => {
    await writeVoc(crm.book.roles.healthy, 'Needs SSO before rollout', 'feature-request', 'sso');
    const voc = await browser.context.newPage();
    await voc.goto(browser.extensionUrl('voc.html'));
    const row = voc.getByTestId('voc-category-feature-request');
    await expect.poll(() => row.innerText()).toMatch(/Feature request → product\s+2\s+2/);
    await expect.poll(() => voc.getByTestId('voc-tag-sso').innerText()).toMatch(/#sso\s+2\s+2/);
    await voc.getByRole('searchbox', { name: 'Search' }).fill('가격');
    await expect.poll(() => voc.getByRole('list', { name: 'Notes' }).getByRole('listitem').count()).toBe(1);
    await voc.getByRole('searchbox', { name: 'Search' }).fill('');
    const csv = readFileSync(await download(voc, 'Export CSV for the product team'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r[2] === 'pricing')?.[7]).toBe('가격이 너무 비싸서 재계약이 어렵습니다');
    await voc.close();
  });

  it('restores a backup into a fresh profile without duplicates, and rejects a foreign file', async () => {
    const voc = await browser.context.newPage();
    await voc.goto(browser.extensionUrl('voc.html'));
    await voc.getByTestId('voc-tag-sso').waitFor();
    const backup = await download(voc, 'Export a full backup');
    await voc.close();

    const fresh = await launchWithExtension({ hostResolverRules: crm.hostResolverRules });
    try {
      const page2 = await fresh.context.newPage();
      await page2.goto(fresh.extensionUrl('voc.html'));
      const foreign = path.join(dir, 'foreign.json');
      writeFileSync(foreign, JSON.stringify({ hello: 'world' }));
      await page2.getByLabel('Restore a backup').setInputFiles(foreign);
      await expect
        .poll(() => page2.getByRole('status').first().textContent())
        .toBe('This file is not a Success Lens backup. Nothing was changed.');
      await page2.getByLabel('Restore a backup').setInputFiles(backup);
      await expect.poll(() => page2.getByRole('status').first().textContent()).toBe('Restored: 3 added, 0 updated, 0 already here.');
      await page2.getByLabel('Restore a backup').setInputFiles(backup);
      await expect.poll(() => page2.getByRole('status').first().textContent()).toBe('Restored: 0 added, 0 updated, 3 already here.');
      await expect.poll(() => page2.getByRole('list', { name: 'Notes' }).getByRole('listitem').count()).toBe(3);
    } finally {
      await fresh.close();
    }
  });
});
