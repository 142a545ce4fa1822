import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { sampleSalesforce } from '../../../test/support/sample-fetch';
import { createSalesforceOAuth, SAMPLE_CONSUMER_KEY } from '../../../test/sample-crm/salesforce-oauth';
import type { ConnectorContext } from '../connector';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { salesforceConnector } from './connector';
import { authorizeUrl, codeFromRedirect, exchangeCode, oauthSecretKey, refreshToken, type SalesforceToken } from './oauth';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/salesforce/oauth', file), 'utf8');
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const PAGE_HOST = 'acme.lightning.force.com';

/** A fetch answering one fixed response, remembering the form it was sent. */
function answering(status: number, body: string) {
  const forms: URLSearchParams[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    forms.push(new URLSearchParams(String(init?.body ?? '')));
    return new Response(body, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, forms };
}

/** The sample org with its OAuth endpoints, an org whose API Access Control refuses browser sessions, and a connector context. */
function orgWithOAuth() {
  const sample = sampleSalesforce();
  const oauth = createSalesforceOAuth(sample.api, {
    apiHost: 'acme.my.salesforce.com',
    orgId: sample.book.orgId,
    userId: sample.book.users[0]!.Id,
  });
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    if (!url.pathname.startsWith('/services/oauth2/')) return sample.fetch(input, init);
    const answer = oauth.handle({ method: init?.method ?? 'GET', url, headers: {}, body: String(init?.body ?? '') });
    return new Response(answer!.body || null, { status: answer!.status, headers: answer!.headers });
  };
  sample.api.setFaults({ refuseBrowserSessions: true });
  const secrets = new Map<string, unknown>();
  const cache = new Map<string, unknown>();
  const ctx: ConnectorContext<SalesforceSettings> = {
    fetch,
    now: () => new Date('2026-11-22T12:00:00Z'),
    timeZone: 'Asia/Seoul',
    settings: ACME_SALESFORCE_SETTINGS,
    // The user's browser login: valid, but the org refuses it for the API.
    readCookie: async () => sample.session.sid,
    readSecret: async (key) => secrets.get(key) ?? null,
    writeSecret: async (key, value) => secrets.has(key) && Boolean(secrets.set(key, value)),
    cache: { get: async (k) => cache.get(k) ?? null, set: async (k, v) => void cache.set(k, v) },
  };
  // What the browser's sign-in window does: open the authorize address, follow it back to the extension.
  const browserWindow = {
    redirectUri: REDIRECT,
    open: async (url: string) => {
      const answer = oauth.handle({ method: 'GET', url: new URL(url), headers: {}, body: '' });
      if (answer?.status !== 302) throw new Error('The sign-in page did not send the browser back');
      return answer.headers!.location!;
    },
  };
  const accountRef = { crm: 'salesforce' as const, host: PAGE_HOST, objectType: 'Account', recordId: sample.book.accounts[0]!.Id };
  return { sample, oauth, ctx, secrets, browserWindow, accountRef };
}

async function signedIn() {
  const org = orgWithOAuth();
  const signIn = await salesforceConnector.signIn!({ host: PAGE_HOST, clientId: SAMPLE_CONSUMER_KEY }, org.browserWindow, org.ctx);
  if (!signIn.ok) throw new Error(signIn.error.detail);
  org.secrets.set(signIn.value.secretKey, signIn.value.secret);
  return { ...org, signIn: signIn.value };
}

describe('Salesforce OAuth sign-in (authorization code + PKCE)', () => {
  it('asks the org’s My Domain for a code with an S256 challenge, the extension’s redirect and the app’s consumer key', () => {
    const url = new URL(
      authorizeUrl({ pageHost: PAGE_HOST, consumerKey: SAMPLE_CONSUMER_KEY, redirectUri: REDIRECT, challenge: 'abc', state: 'xyz' }),
    );
    expect(url.origin + url.pathname).toBe('https://acme.my.salesforce.com/services/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: SAMPLE_CONSUMER_KEY,
      redirect_uri: REDIRECT,
      code_challenge: 'abc',
      code_challenge_method: 'S256',
      scope: 'api refresh_token',
      state: 'xyz',
    });
  });

  it('refuses an answer for another request, and says when the user declined', () => {
    expect(codeFromRedirect(`${REDIRECT}?code=c1&state=other`, { redirectUri: REDIRECT, state: 'mine' })).toMatchObject({
      ok: false,
      error: { code: 'OAUTH_STATE' },
    });
    expect(
      codeFromRedirect(`${REDIRECT}?error=access_denied&error_description=end-user+denied+authorization&state=mine`, {
        redirectUri: REDIRECT,
        state: 'mine',
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'not-connected', detail: 'Salesforce refused the sign-in: end-user denied authorization' },
    });
    expect(codeFromRedirect(`${REDIRECT}?code=c1&state=mine`, { redirectUri: REDIRECT, state: 'mine' })).toEqual({ ok: true, value: 'c1' });
  });

  it('reads the documented token answer: tokens, the instance host and the org', async () => {
    const { fetch, forms } = answering(200, fixture('own_oauth_token_web_server_pkce_response.json'));
    const token = await exchangeCode(
      {
        pageHost: 'hanbit-logistics.lightning.force.com',
        consumerKey: SAMPLE_CONSUMER_KEY,
        redirectUri: REDIRECT,
        code: 'c1',
        verifier: 'v1',
      },
      { fetch },
    );
    expect(token).toMatchObject({
      ok: true,
      value: {
        apiHost: 'hanbit-logistics.my.salesforce.com',
        orgId: '00DHs000000ItXbMAK',
        loginHost: 'hanbit-logistics.my.salesforce.com',
      },
    });
    expect(Object.fromEntries(forms[0]!)).toEqual({
      grant_type: 'authorization_code',
      code: 'c1',
      client_id: SAMPLE_CONSUMER_KEY,
      redirect_uri: REDIRECT,
      code_verifier: 'v1',
    });
  });

  it('says what Salesforce said when the verifier does not match', async () => {
    const { fetch } = answering(400, fixture('own_oauth_token_error_invalid_code_verifier_400.json'));
    const token = await exchangeCode(
      { pageHost: PAGE_HOST, consumerKey: SAMPLE_CONSUMER_KEY, redirectUri: REDIRECT, code: 'c1', verifier: 'v1' },
      { fetch },
    );
    expect(token).toMatchObject({ ok: false, error: { code: 'invalid_grant', detail: 'invalid_grant: invalid code verifier' } });
  });

  it('keeps the refresh token and the org through a refresh answer that names neither', async () => {
    const before: SalesforceToken = {
      accessToken: 'old',
      refreshToken: 'r1',
      loginHost: 'acme.my.salesforce.com',
      apiHost: 'acme.my.salesforce.com',
      orgId: '00DSa0000000001AAA',
      consumerKey: SAMPLE_CONSUMER_KEY,
    };
    const { fetch } = answering(200, fixture('refresh_success_response.json'));
    expect(await refreshToken(before, { fetch })).toMatchObject({
      ok: true,
      value: { accessToken: 'refreshed_access_token', refreshToken: 'r1', orgId: '00DSa0000000001AAA' },
    });
    const refused = await refreshToken(before, answering(400, fixture('refresh_error_response.json')));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'session-expired', code: 'OAUTH_REFRESH_FAILED' } });
  });

  it('signs in against the sample org and says which org and app it is', async () => {
    const { signIn, oauth } = await signedIn();
    expect(signIn.secretKey).toBe(oauthSecretKey(PAGE_HOST));
    expect(signIn.info).toEqual({
      source: '00DSa0000000001',
      apiHost: 'acme.my.salesforce.com',
      details: { signIn: 'oauth', loginHost: 'acme.my.salesforce.com', consumerKey: SAMPLE_CONSUMER_KEY },
    });
    expect(oauth.grants).toEqual(['authorization_code']);
  });

  it('cannot trade a code without the verifier of the sign-in that asked for it', async () => {
    const org = orgWithOAuth();
    const redirected = await org.browserWindow.open(
      authorizeUrl({
        pageHost: PAGE_HOST,
        consumerKey: SAMPLE_CONSUMER_KEY,
        redirectUri: REDIRECT,
        challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        state: 's',
      }),
    );
    const code = codeFromRedirect(redirected, { redirectUri: REDIRECT, state: 's' });
    const token = await exchangeCode(
      {
        pageHost: PAGE_HOST,
        consumerKey: SAMPLE_CONSUMER_KEY,
        redirectUri: REDIRECT,
        code: code.ok ? code.value : '',
        verifier: 'someone-elses-verifier',
      },
      { fetch: org.ctx.fetch },
    );
    expect(token).toMatchObject({ ok: false, error: { detail: 'invalid_grant: invalid code verifier' } });
  });

  it('refuses a consumer key that is not one, before opening any window', async () => {
    const org = orgWithOAuth();
    const result = await salesforceConnector.signIn!(
      { host: PAGE_HOST, clientId: 'not a key' },
      { ...org.browserWindow, open: () => Promise.reject(new Error('opened')) },
      org.ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CONSUMER_KEY' } });
  });

  it('says the sign-in did not finish when the user closes the window', async () => {
    const org = orgWithOAuth();
    const result = await salesforceConnector.signIn!(
      { host: PAGE_HOST, clientId: SAMPLE_CONSUMER_KEY },
      { ...org.browserWindow, open: () => Promise.reject(new Error('The user did not approve access.')) },
      org.ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-connected', code: 'OAUTH_WINDOW' } });
  });
});

describe('the Salesforce connector with an OAuth sign-in', () => {
  it('loads the account with the token where the org refuses the browser session', async () => {
    const org = orgWithOAuth();
    const refused = await salesforceConnector.loadSnapshot(org.accountRef, org.ctx);
    expect(refused).toMatchObject({ ok: false, error: { kind: 'no-api-access', code: 'INVALID_SESSION_ID' } });
    const { ctx, accountRef, sample } = await signedIn();
    const loaded = await salesforceConnector.loadSnapshot(accountRef, ctx);
    expect(loaded.ok && loaded.value.account.name).toBe(sample.book.accounts[0]!.Name);
  });

  it('renews an expired access token once with the refresh token, and keeps the new one', async () => {
    const { ctx, accountRef, sample, oauth, secrets, signIn } = await signedIn();
    sample.api.expireSessions('oauth');
    const loaded = await salesforceConnector.loadSnapshot(accountRef, ctx);
    expect(loaded.ok).toBe(true);
    expect(oauth.grants).toEqual(['authorization_code', 'refresh_token']);
    expect((secrets.get(signIn.secretKey) as SalesforceToken).accessToken).not.toBe((signIn.secret as SalesforceToken).accessToken);
  });

  it('says in words that the sign-in ended when the refresh is refused, after one try', async () => {
    const { ctx, accountRef, oauth, signIn } = await signedIn();
    expect(await salesforceConnector.revoke!(signIn.secret, ctx)).toEqual({ ok: true, value: null });
    const loaded = await salesforceConnector.loadSnapshot(accountRef, ctx);
    expect(loaded).toMatchObject({ ok: false, error: { kind: 'session-expired', code: 'OAUTH_REFRESH_FAILED' } });
    expect(loaded.ok || loaded.error.detail).toMatch(
      /sign-in at acme\.my\.salesforce\.com has ended and could not be renewed \(invalid_grant: expired access\/refresh token\)/,
    );
    expect(oauth.grants).toEqual(['authorization_code', 'refresh_token']);
  });
});
