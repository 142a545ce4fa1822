import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';
import { SAMPLE_CONSUMER_KEY } from '../sample-crm/salesforce-oauth.ts';

// An org whose API Access Control refuses the browser session for the REST API: the user signs in
// with the org's External Client App from Settings (launchWebAuthFlow against the sample org's
// /services/oauth2/authorize, which sends the browser straight back to the chromiumapp.org
// redirect with a code), and the panel reads the org with the token from then on.

let env: CrmBrowser;
let options: Page;

beforeAll(async () => {
  env = await startCrmBrowser();
  env.crm.salesforce.setFaults({ refuseBrowserSessions: true });
  options = await env.browser.context.newPage();
}, 60_000);

afterAll(() => env?.close());

const accounts = () => env.crm.records.salesforce.filter((r) => r.type === 'Account');
const openAccount = async (index: number) => {
  await env.page.goto(env.crm.urls.salesforceRecord('Account', accounts()[index]!.id));
  await env.panel.landmark.waitFor();
};
const alertText = () => env.panel.frame.getByRole('alert').first().textContent();

describe('Sign in with Salesforce when the org refuses the browser session', () => {
  it('says which refusal it is and points at the sign-in', async () => {
    await openAccount(20);
    await expect.poll(alertText, { timeout: 15_000 }).toContain('API Access Control does not accept this browser login');
    expect(await alertText()).toContain('“Sign in with Salesforce” in Settings');
  });

  it('signs in through the browser’s sign-in window with the org’s consumer key and PKCE', async () => {
    await options.goto(env.browser.extensionUrl('options.html'));
    const callback = await options.getByTestId('oauth-callback').textContent();
    expect(callback).toBe(`https://${env.browser.extensionId}.chromiumapp.org/`);
    await options.getByLabel('Your org’s My Domain (for example acme.my.salesforce.com)').fill('acme.lightning.force.com');
    await options.getByLabel('Consumer key of the External Client App').fill(SAMPLE_CONSUMER_KEY);
    await options.getByRole('button', { name: 'Sign in with Salesforce' }).click();
    const orgId = env.crm.book.orgId.slice(0, 15);
    await expect
      .poll(() => options.locator('#salesforce-sign-in [role="status"]').textContent(), { timeout: 20_000 })
      .toContain(`Signed in to org ${orgId} at acme.my.salesforce.com`);
    expect(env.crm.salesforceOAuth.grants).toEqual(['authorization_code']);
    expect(await options.getByRole('list', { name: 'Signed-in orgs' }).textContent()).toContain(SAMPLE_CONSUMER_KEY);
  });

  it('reads the org with the token: the panel shows the account the browser session could not', async () => {
    await openAccount(21);
    await expect.poll(() => env.panel.accountName.textContent(), { timeout: 15_000 }).toBe(accounts()[21]!.name);
  });

  it('renews an expired access token with the refresh token without the user noticing', async () => {
    env.crm.salesforce.expireSessions('oauth');
    await openAccount(22);
    await expect.poll(() => env.panel.accountName.textContent(), { timeout: 15_000 }).toBe(accounts()[22]!.name);
    expect(env.crm.salesforceOAuth.grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('signs out: Salesforce revokes the token, and the panel is back to the browser session', async () => {
    await options.reload();
    await options.getByRole('button', { name: `Sign out of org ${env.crm.book.orgId.slice(0, 15)}` }).click();
    await expect
      .poll(() => options.locator('#salesforce-sign-in [role="status"]').textContent())
      .toContain('Salesforce revoked the sign-in');
    expect(env.crm.salesforceOAuth.revoked).toHaveLength(1);
    await openAccount(23);
    await expect.poll(alertText, { timeout: 15_000 }).toContain('API Access Control does not accept this browser login');
  });

  it('says the sign-in has ended when Salesforce will not renew it, and still signs out of it', async () => {
    const orgId = env.crm.book.orgId.slice(0, 15);
    await options.getByLabel('Your org’s My Domain (for example acme.my.salesforce.com)').fill('acme.my.salesforce.com');
    await options.getByLabel('Consumer key of the External Client App').fill(SAMPLE_CONSUMER_KEY);
    await options.getByRole('button', { name: 'Sign in with Salesforce' }).click();
    await expect
      .poll(() => options.locator('#salesforce-sign-in [role="status"]').textContent(), { timeout: 20_000 })
      .toContain(`Signed in to org ${orgId}`);
    // The admin revokes the app's tokens in Salesforce: the access token fails, the refresh is refused.
    env.crm.salesforceOAuth.endAllSignIns();
    await openAccount(24);
    await expect
      .poll(alertText, { timeout: 15_000 })
      .toContain('Your Salesforce sign-in has ended and could not be renewed (invalid_grant: expired access/refresh token).');
    expect(await alertText()).toContain('Sign in with Salesforce again in Settings → Salesforce');
    // Salesforce no longer knows the token: signing out still forgets it here.
    await options.getByRole('button', { name: `Sign out of org ${orgId}` }).click();
    await expect.poll(() => options.getByText('No org signed in: Success Lens uses your browser login.').count()).toBe(1);
  });
});
