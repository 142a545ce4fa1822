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

beforeAll(async () => {
  env = await startCrmBrowser();
  ({ crm, browser, page, panel } = env);
});

afterAll(() => env?.close());

const openAccount = async (p: Page, id: string) => {
  await p.goto(crm.urls.salesforceRecord('Account', id));
  await new PanelOnPage(p).section('Notes').getByRole('button', { name: 'New note' }).waitFor();
};

describe('notes in the panel', () => {
  it('starts with one keystroke, keeps the draft across a reload, and the saved note after it', async () => {
    await openAccount(page, crm.book.roles.atRisk);
    const notes = panel.section('Notes');
    await panel.section('Notes').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('n');
    const editor = notes.getByRole('form', { name: 'Write a note' });
    await editor.getByRole('textbox', { name: 'Note', exact: true }).fill('Asked for SSO with Okta <b>soon</b>');
    await expect.poll(() => editor.getByRole('status').textContent()).toBe('Draft saved');
    await page.reload();
    await expect
      .poll(() => panel.section('Notes').getByRole('textbox', { name: 'Note', exact: true }).inputValue())
      .toBe('Asked for SSO with Okta <b>soon</b>');
    const again = panel.section('Notes').getByRole('form', { name: 'Write a note' });
    await again.getByLabel('VOC category').selectOption('feature-request');
    await again.getByLabel('Tags (comma-separated)').fill('SSO, okta');
    await again.getByRole('button', { name: 'Save note' }).click();
    await page.reload();
    const list = panel.section('Notes').getByRole('list', { name: 'Notes on this account' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    // Shown as text, never as HTML.
    expect(await list.getByRole('listitem').first().innerText()).toContain('Asked for SSO with Okta <b>soon</b>');
    expect(await list.getByRole('listitem').first().innerText()).toContain('#sso #okta');
  });

  it('deletes with undo', async () => {
    const notes = panel.section('Notes');
    await notes.getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(() => notes.getByRole('list', { name: 'Notes on this account' }).getByRole('listitem').count()).toBe(0);
    await notes.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => notes.getByRole('list', { name: 'Notes on this account' }).getByRole('listitem').count()).toBe(1);
  });

  it('shows a note saved in one tab in the other tab on the same account, and both notes survive', async () => {
    const other = await browser.context.newPage();
    await openAccount(other, crm.book.roles.atRisk);
    const write = async (p: Page, body: string) => {
      const notes = new PanelOnPage(p).section('Notes');
      await notes.getByRole('button', { name: 'New note' }).click();
      await notes.getByRole('textbox', { name: 'Note', exact: true }).fill(body);
      await notes.getByRole('button', { name: 'Save note' }).click();
    };
    await Promise.all([write(page, 'written in tab one'), write(other, 'written in tab two')]);
    for (const p of [page, other]) {
      await expect
        .poll(() => new PanelOnPage(p).section('Notes').getByRole('list', { name: 'Notes on this account' }).innerText())
        .toContain('written in tab one');
      expect(await new PanelOnPage(p).section('Notes').getByRole('list', { name: 'Notes on this account' }).innerText()).toContain(
        'written in tab two',
      );
    }
    await other.close();
  });

  it('shares a note with the team as a Salesforce note on the account, and keeps it local when that fails', async () => {
    await page.bringToFront();
    await openAccount(page, crm.book.roles.atRisk);
    const list = panel.section('Notes').getByRole('list', { name: 'Notes on this account' });
    const items = list.getByRole('listitem');
    await expect.poll(() => items.count()).toBeGreaterThan(1);
    await items.nth(0).getByRole('button', { name: 'Save to CRM' }).click();
    await items.nth(0).getByRole('button', { name: 'Yes, save to CRM' }).click();
    await expect.poll(() => items.nth(0).getByText('Shared in the CRM').count()).toBe(1);
    expect(crm.salesforce.created.ContentDocumentLink).toHaveLength(1);
    expect(crm.salesforce.created.ContentDocumentLink![0]!.LinkedEntityId).toBe(crm.book.roles.atRisk);

    crm.salesforce.setFaults({ mode: 'request-limit' });
    await items.nth(1).getByRole('button', { name: 'Save to CRM' }).click();
    await items.nth(1).getByRole('button', { name: 'Yes, save to CRM' }).click();
    await expect.poll(() => items.nth(1).getByRole('alert').textContent()).toContain('The CRM is limiting requests right now.');
    expect(await items.nth(1).getByRole('alert').textContent()).toContain('The note is kept here.');
    expect(crm.salesforce.created.ContentNote).toHaveLength(1);
    crm.salesforce.setFaults({});
  });
});
