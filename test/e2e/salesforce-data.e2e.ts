import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../browser/launch.ts';
import { PanelOnPage } from '../browser/panel-page.ts';
import { logInToSalesforce } from '../browser/session.ts';
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

beforeEach(() => crm.salesforce.setFaults({}));

const open = async (accountId: string) => {
  await page.goto(crm.urls.salesforceRecord('Account', accountId));
  await panel.landmark.waitFor();
};
const text = (id: string) => panel.byTestId(id).textContent({ timeout: 10_000 });

describe('figures a CSM can check by hand (Globex Manufacturing in the sample org)', () => {
  it('shows tickets, NPS, renewal and money from the org', async () => {
    await open(crm.book.roles.atRisk);
    await expect.poll(() => panel.accountName.textContent()).toBe('Globex Manufacturing');
    // 5 open cases; 4 open past SLA (High 40 d, Critical 20 d, Medium 9 d and 35 d) + 2 closed late.
    expect(await text('open-tickets')).toBe('5');
    expect(await text('sla-breaches')).toBe('6');
    // Latest answer per respondent: 3, 6, 7 → 0 promoters, 2 detractors of 3 → −67.
    expect(await text('account-nps')).toBe('\u221267');
    expect(await text('nps-segments')).toBe('Promoters 0 · Passives 1 · Detractors 2');
    expect(await text('nps-segment')).toBe('Detractor');
    // Renewal opportunity closes in 20 days; the 24-month contract is worth $500,000 → ARR $250,000.
    expect(await text('days-to-renewal')).toBe('20 days left');
    // Compact in the panel, the full amount on hover and focus.
    expect(await panel.byTestId('arr').innerText()).toContain('$250K');
    expect(await panel.byTestId('arr').getAttribute('title')).toBe('$250,000.00');
    expect(await panel.byTestId('mrr').getAttribute('title')).toBe('$20,833.33');
    expect(await text('renewal-size-change')).toContain('(\u221220% vs ARR)');
    expect(await text('health-band')).toContain('At risk');
    expect(await text('health-coverage')).toBe('90% of the scorecard has data');
  });

  it('shows KRW without minor units for a Korean account', async () => {
    await open(crm.book.roles.korean);
    await expect.poll(() => panel.accountName.textContent()).toBe('한빛소프트웨어');
    expect(await panel.byTestId('arr').getAttribute('title')).toBe('₩96,000,000');
  });

  it('shows no score for a churned account and says why', async () => {
    await open(crm.book.roles.churned);
    await expect.poll(() => panel.byTestId('summary').innerText()).toContain('Churned account');
    expect(await panel.byTestId('health-score').count()).toBe(0);
    expect(await panel.section('Renewal').innerText()).toContain('no renewal steps to walk');
  });
});

describe('the CSM’s own judgement', () => {
  it('overrides the score with a reason and an expiry, keeping the computed score beside it', async () => {
    await open(crm.book.roles.healthy);
    const computed = await text('health-score');
    const health = panel.section('Health');
    await health.getByRole('button', { name: 'Override the score' }).click();
    const form = health.getByRole('form', { name: 'Override the score' });
    await form.getByLabel('Your score (0–100)').fill('35');
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Say why');
    await form.getByLabel('Reason').fill('Sponsor unhappy after outage');
    await form.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => panel.byTestId('health-override').textContent()).toContain('Override: 35 (At risk)');
    expect(await panel.byTestId('health-override').textContent()).toContain(`Computed: ${computed}`);
    expect(await panel.byTestId('health-override').textContent()).toContain('Sponsor unhappy after outage');
    await health.getByRole('button', { name: 'Remove the override' }).click();
    await expect.poll(() => panel.byTestId('health-override').count()).toBe(0);
  });
});

describe('when the org says no', () => {
  it('blanks only NPS when the org has no Feedback Management', async () => {
    crm.salesforce.setFaults({ missingObjects: ['SurveyQuestionResponse'] });
    crm.salesforce.resetCount();
    await open(crm.book.roles.healthy);
    // The org's schema cached earlier still lists Feedback Management: the org's INVALID_TYPE makes
    // the connector describe it again at once and retry, and the section then says why it is empty.
    await expect
      .poll(() => panel.section('NPS').textContent(), { timeout: 10_000 })
      .toContain('This org has no Feedback Management surveys');
    expect(crm.salesforce.describes).toContain('SurveyQuestionResponse');
    expect(await text('open-tickets')).toBe('3');
  });

  it('says the session expired, keeps the last good data with its time, and recovers after a new login', async () => {
    await open(crm.book.roles.healthy);
    await expect.poll(() => text('open-tickets')).toBe('3');
    crm.salesforce.expireSessions();
    await page.reload();
    await panel.landmark.waitFor();
    const alert = panel.frame.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain('Your Salesforce session has expired.');
    expect(await alert.textContent()).toContain('Showing data as of');
    expect(await text('open-tickets')).toBe('3');
    // The user logs in again in another tab; the panel reconnects by itself.
    const login = await browser.context.newPage();
    await logInToSalesforce(login, crm);
    await login.close();
    await expect.poll(() => panel.frame.getByRole('alert').count(), { timeout: 15_000 }).toBe(0);
  });

  it.each([
    ['session-not-valid-for-rest', 'API Access Control does not accept this browser login for the REST API'],
    ['api-disabled', 'The REST API is not enabled for your Salesforce org.'],
    ['request-limit', 'The CRM is limiting requests right now.'],
    ['server-error', 'The CRM had a problem answering.'],
    ['malformed', 'answered in a way Success Lens did not expect'],
  ] as const)('turns %s into a sentence and a next step', async (mode, sentence) => {
    crm.salesforce.setFaults({ mode });
    // An account not opened before in this profile: no cached data to fall back on.
    const fresh = crm.records.salesforce.filter((r) => r.type === 'Account')[
      10 + ['session-not-valid-for-rest', 'api-disabled', 'request-limit', 'server-error', 'malformed'].indexOf(mode)
    ]!;
    await open(fresh.id);
    const alert = panel.frame.getByRole('alert').first();
    await expect.poll(() => alert.textContent()).toContain(sentence);
    expect(await alert.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
  });
});
