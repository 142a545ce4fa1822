// The org's OAuth 2.0 endpoints for an External Client App with PKCE, as Salesforce answers them
// (Help: "OAuth 2.0 Web Server Flow for Web App Integration", "Revoke OAuth Tokens"; answer shapes
// in test/fixtures/salesforce/own_oauth_*): authorize (the user is logged in and the admin
// pre-approved the app, so it sends the browser straight back with a code), token
// (authorization_code with the code_verifier check, refresh_token) and revoke.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiRequest, ApiResponse, SalesforceApi } from './salesforce-api.ts';

/** The consumer key of the sample org's External Client App. */
export const SAMPLE_CONSUMER_KEY = '3MVG9SampleExternalClientApp.SuccessLens_0001';

export interface SalesforceOAuth {
  handle(req: ApiRequest): ApiResponse | null;
  /** The token endpoint's grants served, in order ('authorization_code', 'refresh_token'). */
  grants: string[];
  /** Refresh tokens revoked at /services/oauth2/revoke. */
  revoked: string[];
  /** What an admin's "Revoke" on the app's OAuth usage page does: every token of the app ends. */
  endAllSignIns(): void;
}

const json = (status: number, body: unknown): ApiResponse => ({
  status,
  headers: { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store' },
  body: JSON.stringify(body),
});
const oauthError = (status: number, error: string, description: string) => json(status, { error, error_description: description });
const s256 = (verifier: string) => createHash('sha256').update(verifier, 'ascii').digest('base64url');

export function createSalesforceOAuth(api: SalesforceApi, org: { apiHost: string; orgId: string; userId: string }): SalesforceOAuth {
  const codes = new Map<string, { challenge: string; redirectUri: string; clientId: string }>();
  const refreshTokens = new Set<string>();
  const tokenAnswer = (accessToken: string, refreshToken?: string) => ({
    access_token: accessToken,
    ...(refreshToken ? { refresh_token: refreshToken } : {}),
    signature: randomBytes(32).toString('base64'),
    scope: 'refresh_token api',
    instance_url: `https://${org.apiHost}`,
    id: `https://login.salesforce.com/id/${org.orgId}/${org.userId}`,
    token_type: 'Bearer',
    issued_at: String(Date.now()),
  });

  const authorize = (url: URL): ApiResponse => {
    const p = url.searchParams;
    const redirectUri = p.get('redirect_uri') ?? '';
    // Salesforce shows an error page (no redirect) when it cannot trust the redirect address.
    if (p.get('client_id') !== SAMPLE_CONSUMER_KEY)
      return { status: 400, headers: { 'content-type': 'text/html' }, body: '<p>error=invalid_client_id: client identifier invalid</p>' };
    if (!/^https:\/\/[a-z0-9]+\.chromiumapp\.org\/|^https:\/\/[a-z0-9]+\.extensions\.allizom\.org\//.test(redirectUri)) {
      return { status: 400, headers: { 'content-type': 'text/html' }, body: '<p>error=redirect_uri_mismatch</p>' };
    }
    const back = new URL(redirectUri);
    const state = p.get('state');
    if (state) back.searchParams.set('state', state);
    if (p.get('response_type') !== 'code' || p.get('code_challenge_method') !== 'S256' || !p.get('code_challenge')) {
      back.searchParams.set('error', 'invalid_request');
      back.searchParams.set('error_description', 'missing required code challenge');
    } else {
      const code = `aPrx${randomBytes(24).toString('base64url')}`;
      codes.set(code, { challenge: p.get('code_challenge')!, redirectUri, clientId: SAMPLE_CONSUMER_KEY });
      back.searchParams.set('code', code);
    }
    return { status: 302, headers: { location: back.toString(), 'cache-control': 'no-store' }, body: '' };
  };

  const token = (form: URLSearchParams): ApiResponse => {
    const grant = form.get('grant_type') ?? '';
    oauth.grants.push(grant);
    if (form.get('client_id') !== SAMPLE_CONSUMER_KEY) return oauthError(400, 'invalid_client_id', 'client identifier invalid');
    if (grant === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!code || code.redirectUri !== form.get('redirect_uri')) return oauthError(400, 'invalid_grant', 'invalid authorization code');
      if (s256(form.get('code_verifier') ?? '') !== code.challenge) return oauthError(400, 'invalid_grant', 'invalid code verifier');
      const refresh = `5Aep861${randomBytes(30).toString('base64url')}`;
      refreshTokens.add(refresh);
      return json(200, tokenAnswer(api.issueSession('oauth'), refresh));
    }
    if (grant === 'refresh_token') {
      if (!refreshTokens.has(form.get('refresh_token') ?? '')) return oauthError(400, 'invalid_grant', 'expired access/refresh token');
      return json(200, tokenAnswer(api.issueSession('oauth')));
    }
    return oauthError(400, 'unsupported_grant_type', 'grant type not supported');
  };

  const revoke = (form: URLSearchParams): ApiResponse => {
    const t = form.get('token') ?? '';
    if (!refreshTokens.delete(t)) return oauthError(400, 'invalid_token', 'invalid token');
    oauth.revoked.push(t);
    // Revoking the refresh token ends every access token it gave: the sample ends them all.
    api.expireSessions('oauth');
    return { status: 200, headers: { 'content-type': 'text/html' }, body: '' };
  };

  const oauth: SalesforceOAuth = {
    grants: [],
    revoked: [],
    endAllSignIns() {
      refreshTokens.clear();
      api.expireSessions('oauth');
    },
    handle(req) {
      const path = req.url.pathname;
      if (path === '/services/oauth2/authorize' && req.method === 'GET') return authorize(req.url);
      const form = new URLSearchParams(req.body);
      if (path === '/services/oauth2/token' && req.method === 'POST') return token(form);
      if (path === '/services/oauth2/revoke' && req.method === 'POST') return revoke(form);
      return null;
    },
  };
  return oauth;
}
