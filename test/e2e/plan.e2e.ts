import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/launch.ts';
import type { PanelOnPage } from '../browser/panel-page.ts';
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

/** Opens an account and unfolds its plan (collapsed by default). */
async function openPlan(accountId: string) {
  await page.goto(crm.urls.salesforceRecord('Account', accountId));
  const plan = panel.section('Account plan');
  await plan.getByTestId('plan-goals-on-track').waitFor();
  const toggle = plan.getByRole('button', { name: 'Show the account plan' });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.click();
  return plan;
}

describe('the account plan', () => {
  it('keeps a handoff, goals with their status and a ticked QBR item of this quarter across a reload', async () => {
    let plan = await openPlan(crm.book.roles.healthy);
    const handoff = plan.getByRole('form', { name: 'Handoff from sales' });
    await handoff.getByLabel('What sales proposed and promised').fill('SSO with Okta by January');
    await handoff.getByRole('button', { name: 'Save handoff' }).click();
    await expect.poll(() => handoff.getByRole('status').textContent()).toBe('Handoff saved.');

    const add = plan.getByRole('form', { name: 'Add goal' });
    for (const what of ['Close the books in 3 days', 'Train 40 users']) {
      await add.getByLabel('Goal', { exact: true }).fill(what);
      await add.getByRole('button', { name: 'Add goal' }).click();
      await plan.getByRole('list', { name: 'Goals (success plan)' }).getByText(what, { exact: true }).waitFor();
    }
    await plan.getByLabel('Status of “Train 40 users”').selectOption('at-risk');
    await expect.poll(() => plan.getByTestId('plan-goals-on-track').textContent()).toBe('1 of 2');

    const agenda = plan.getByRole('list', { name: 'Agenda' });
    await agenda.getByRole('checkbox', { name: 'How the customer used the product' }).check();
    await expect.poll(() => plan.getByTestId('plan-qbr-qbr-usage').textContent()).toContain('done');
    await plan.getByLabel('Held on').fill('2026-11-20');
    await expect.poll(() => plan.getByTestId('plan-last-qbr').textContent()).toBe('Nov 20, 2026');

    await page.reload();
    plan = panel.section('Account plan');
    await expect.poll(() => plan.getByTestId('plan-goals-on-track').textContent()).toBe('1 of 2');
    expect(await plan.getByTestId('plan-last-qbr').textContent()).toBe('Nov 20, 2026');
    await plan.getByRole('button', { name: 'Show the account plan' }).click();
    expect(await plan.getByRole('form', { name: 'Handoff from sales' }).getByLabel('What sales proposed and promised').inputValue()).toBe(
      'SSO with Okta by January',
    );
    expect(
      await plan.getByRole('list', { name: 'Agenda' }).getByRole('checkbox', { name: 'How the customer used the product' }).isChecked(),
    ).toBe(true);
    // The status history of the goal that changed, unfolded.
    await plan.getByText('Status history', { exact: true }).last().click();
    expect(await plan.getByRole('list', { name: 'Status history' }).last().getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^On track · /),
      expect.stringMatching(/^At risk · /),
    ]);
  });

  it('shares the plan with the team as one Salesforce note on the account, updated in place on the next save', async () => {
    const plan = panel.section('Account plan');
    const before = crm.salesforce.created.ContentNote?.length ?? 0;
    const save = plan.getByRole('button', { name: 'Save plan to CRM' });
    await save.click();
    await expect.poll(() => plan.getByRole('status').filter({ hasText: 'Shared in the CRM on' }).count()).toBe(1);
    expect(crm.salesforce.created.ContentNote).toHaveLength(before + 1);
    const note = crm.salesforce.created.ContentNote!.at(-1)!;
    expect(crm.salesforce.created.ContentDocumentLink!.at(-1)!.LinkedEntityId).toBe(crm.book.roles.healthy);

    // The plan moves on; the next save rewrites the same CRM note.
    await plan.getByLabel('Status of “Train 40 users”').selectOption('on-track');
    await expect.poll(() => plan.getByTestId('plan-goals-on-track').textContent()).toBe('2 of 2');
    crm.salesforce.resetCount();
    await save.click();
    await expect.poll(() => plan.getByRole('status').filter({ hasText: 'Updated the plan’s CRM note in place on' }).count()).toBe(1);
    expect(crm.salesforce.requests.filter((r) => r.method !== 'GET')).toEqual([
      { method: 'PATCH', path: expect.stringMatching(new RegExp(`/sobjects/ContentNote/${note.Id}$`)) },
    ]);
    expect(crm.salesforce.created.ContentNote).toHaveLength(before + 1);
    expect(Buffer.from(String(note.Content), 'base64').toString('utf8')).toContain('Train 40 users — On track');
  });

  it('counts the reason of a churned account on the VOC page', async () => {
    const plan = await openPlan(crm.book.roles.atRisk);
    const outcome = plan.getByRole('form', { name: 'If the customer leaves or shrinks' });
    await outcome.getByLabel('The customer').selectOption('churned');
    await outcome.getByLabel('Main reason').selectOption('competitor');
    await outcome.getByLabel('Which competitor').fill('Rival Inc');
    await outcome.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => outcome.getByTestId('plan-outcome').textContent())
      .toMatch(/^churned since .*: Moved to a competitor \(Rival Inc\)$/);

    const voc = await browser.context.newPage();
    await voc.goto(browser.extensionUrl('voc.html'));
    await expect.poll(() => voc.getByTestId('churn-reason-competitor').innerText()).toMatch(/Moved to a competitor\s+1\s+0/);
    expect(await voc.getByRole('table', { name: 'Competitors they moved to' }).innerText()).toMatch(/Rival Inc\s+1/);
    await voc.close();
  });
});
