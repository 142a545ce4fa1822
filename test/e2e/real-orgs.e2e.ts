import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';
import type { SampleCrm } from '../sample-crm/server.ts';

// Two orgs nobody on the team set up for Success Lens, out of the box (nothing mapped): Globex,
// standard objects only (Feedback Management, record types, multi-currency), and Acme, whose
// custom fields the extension must not assume. Every section shows true figures or a true
// sentence, and no query ever names a field the org lacks.

let env: CrmBrowser;
let crm: SampleCrm;
let page: Page;

beforeAll(async () => {
  env = await startCrmBrowser({ acmeMapping: false });
  ({ crm, page } = env);
  // The same user is logged in to Globex too (its own My Domain, its own session).
  await page.goto(crm.globex.urls.login);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(crm.globex.urls.home);
});

afterAll(() => env?.close());

const text = (id: string) => env.panel.byTestId(id).textContent({ timeout: 15_000 });
const open = async (url: string, name: string) => {
  await page.goto(url);
  await expect.poll(() => env.panel.accountName.textContent(), { timeout: 15_000 }).toBe(name);
};

describe('a standard org, out of the box (Globex)', () => {
  it('dates the renewal from the active contract ending in 75 days, and scores health from standard objects', async () => {
    crm.globex.api.resetCount();
    await open(crm.globex.urls.record('Account', crm.globex.book.roles.korean), '한빛소프트웨어');
    await expect.poll(() => text('days-to-renewal')).toBe('75 days left');
    expect(await env.panel.frame.getByText('from the contract end date').count()).toBe(1);
    // Tickets, NPS and the relationship (last activity, contacts) give half the scorecard: enough for a score.
    expect(await text('health-coverage')).toBe('50% of the scorecard has data');
    expect(await text('health-score')).toMatch(/^\d+$/);
    expect(await text('account-nps')).toBe('+67');
    // Nothing mapped: usage says so, it does not pretend the account has no users.
    expect(await env.panel.byTestId('measure-usage').textContent()).toContain('No data');
    // First view of the org: one describe and the view.
    expect(crm.globex.api.describes).toContain('Account');
    expect(crm.globex.api.refused).toEqual([]);
    expect(crm.globex.api.queries.join('\n')).not.toMatch(/__c\b/);
    // Half the scorecard is too little to trust: Health offers the mapping and the import page.
    expect(await env.panel.frame.getByRole('link', { name: 'Import a file' }).getAttribute('href')).toMatch(/\/import\.html$/);
    const opened = env.browser.context.waitForEvent('page');
    await env.panel.frame.getByRole('link', { name: 'Set up signals' }).click();
    const settings = await opened;
    expect(settings.url()).toContain('options.html#mappings');
    await expect
      .poll(() => settings.evaluate(() => document.activeElement?.textContent), { timeout: 15_000 })
      .toBe('Set up signals from your org');
    await expect.poll(() => settings.getByTestId('mapping-coverage').count(), { timeout: 15_000 }).toBe(1);
    await settings.close();
  });

  it('opens another account of the org it described today with one request', async () => {
    crm.globex.api.resetCount();
    await open(crm.globex.urls.record('Account', crm.globex.book.roles.atRisk), 'Globex Manufacturing');
    await expect.poll(() => text('days-to-renewal')).toBe('20 days left');
    expect(await text('open-tickets')).toBe('5');
    // Last Activity Date is 50 days old; the call logged two days ago as a task (no due date) is the last touch.
    expect(await env.panel.byTestId('measure-relationship').textContent()).toContain(
      'days since last touch: 2 · last touch: a completed task',
    );
    expect(crm.globex.api.describes).toEqual([]);
    expect(crm.globex.api.requestCount).toBe(1);
    expect(crm.globex.api.refused).toEqual([]);

    // An NPS comment goes to VOC in one click: a small window, prefilled, no category chosen, filed once.
    const opened = env.browser.context.waitForEvent('page');
    await env.panel
      .section('NPS')
      .getByRole('button', { name: /comment as VOC$/ })
      .first()
      .click();
    const capture = await opened;
    const form = capture.getByRole('form', { name: 'Captured quote' });
    await form.waitFor();
    const shape = await capture.evaluate(async () => {
      const { windows } = (globalThis as unknown as { chrome: { windows: { getCurrent(): Promise<{ type?: string }> } } }).chrome;
      const current = await windows.getCurrent();
      return { type: current.type };
    });
    expect(shape.type).toBe('popup');
    expect(await form.locator('blockquote').textContent()).toMatch(
      /^(Support takes too long to answer\.|The reporting saves us hours every week\.)$/,
    );
    expect(await form.getByLabel('Your note').inputValue()).toMatch(
      /^NPS \d+ \((Detractor|Passive|Promoter)\) from .+, answered .+, survey in Salesforce\.$/,
    );
    expect(await form.getByLabel('Category').inputValue()).toBe('');
    await form.getByLabel('Category').selectOption('churn-risk');
    await form.getByRole('button', { name: 'Save VOC' }).dblclick();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved to Globex Manufacturing.');
    await capture.close();
    const notes = env.panel.section('Notes').getByRole('list', { name: 'Notes on this account' });
    await expect.poll(() => notes.getByRole('listitem').count(), { timeout: 15_000 }).toBe(1);
  });

  it('says the next step of each red measure in words, with its numbers and names', async () => {
    // Same account: NPS −67 (Sam Park and Alex Smith gave 3 and 6), 5 open tickets of which 4
    // past SLA, and no champion field in a standard org.
    const expected = [
      'Follow up the 2 detractors (Sam Park, Alex Smith)',
      'Name a champion: none recorded',
      'Resolve the 5 open tickets (4 past SLA)',
    ];
    const summary = env.panel.byTestId('summary');
    await expect.poll(() => summary.getByTestId('next-step').count(), { timeout: 15_000 }).toBe(3);
    const said = (await summary.getByTestId('next-step').allInnerTexts()).map((s) => s.replace(/ · \+\d+ points$/, ''));
    expect([...said].sort()).toEqual(expected);
    await env.panel.frame.getByText(/^Why \d+\?$/).click();
    const breakdown = env.panel.byTestId('breakdown');
    expect((await breakdown.getByTestId('next-step').allInnerTexts()).sort()).toEqual(expected);
    // The biggest lift leads both lists.
    expect(await breakdown.getByTestId('next-step').first().getAttribute('data-measure')).toBe(
      await summary.getByTestId('next-step').first().getAttribute('data-measure'),
    );
  });
});

describe('a customised org before its fields are mapped (Acme)', () => {
  it('shows true figures from standard objects and never asks for its custom fields', async () => {
    crm.salesforce.resetCount();
    await open(crm.urls.salesforceRecord('Account', crm.book.roles.atRisk), 'Globex Manufacturing');
    await expect.poll(() => text('days-to-renewal')).toBe('20 days left');
    expect(await text('account-nps')).toBe('−67');
    expect(await text('health-coverage')).toBe('50% of the scorecard has data');
    expect(crm.salesforce.refused).toEqual([]);
    expect(crm.salesforce.queries.join('\n')).not.toMatch(/__c\b/);
  });

  it('suggests the org’s ARR field on the mapping page; one click maps it, and the panel’s coverage and score follow', async () => {
    const before = await text('health-score');
    const options = await env.browser.context.newPage();
    await options.goto(env.browser.extensionUrl('options.html'));
    const signals = options.getByRole('region', { name: 'Set up signals from your org' });
    const arr = signals.getByRole('listitem', { name: 'ARR', exact: true });
    // The suggestion shows what the field holds on the account viewed last.
    await expect.poll(() => arr.textContent(), { timeout: 15_000 }).toContain('ARR__c holds 250,000');
    await expect.poll(() => signals.getByTestId('mapping-coverage').textContent()).toContain('50%');
    await arr.getByRole('button', { name: 'Use ARR (ARR__c) for ARR' }).click();
    await expect.poll(() => arr.textContent()).toContain('Mapped to ARR__c.');
    await signals.getByRole('button', { name: 'Use Active Users (Active_Users__c) for Active users' }).click();
    await signals.getByRole('button', { name: 'Use Licensed Seats (Licensed_Seats__c) for Licensed seats' }).click();
    await expect.poll(() => signals.getByTestId('mapping-coverage').textContent()).toContain('75%');
    // Picklist settings offer the org's own values.
    expect(
      await signals
        .getByRole('group', { name: 'Opportunity Types that mean renewal' })
        .getByRole('checkbox', { name: 'Renewal' })
        .isChecked(),
    ).toBe(true);
    await options.close();

    await page.reload();
    await expect.poll(() => text('health-coverage'), { timeout: 15_000 }).toBe('75% of the scorecard has data');
    expect(await text('health-score')).not.toBe(before);
    expect(crm.salesforce.refused).toEqual([]);
  });
});
