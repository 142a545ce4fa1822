import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

describe('Settings → Delete all local data', () => {
  it('counts the note written in the panel, deletes it on confirmation, and the panel shows none', async () => {
    const { crm, browser, page, panel } = env;
    await page.goto(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk));
    const notes = panel.section('Notes');
    await notes.getByRole('button', { name: 'New note' }).click();
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill('Champion moves to another team in March');
    await notes.getByRole('button', { name: 'Save note' }).click();
    const list = notes.getByRole('list', { name: 'Notes on this account' });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);

    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const section = options.getByRole('region', { name: 'Delete all local data' });
    await section.getByRole('button', { name: 'Delete all local data…' }).click();
    const question = section.getByRole('group', { name: 'Delete all of this from this browser?' });
    await expect.poll(() => question.textContent()).toContain('Notes and VOC (deleted ones included): 1');
    expect(await question.textContent()).toContain('Cached account data: 1');
    await question.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => section.getByRole('status').textContent()).toContain('Deleted.');

    await page.reload();
    await notes.getByRole('button', { name: 'New note' }).waitFor();
    expect(await list.getByRole('listitem').count()).toBe(0);
  });
});
