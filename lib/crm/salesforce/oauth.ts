import { z } from 'zod';
import { crmError, type CrmError, type CrmResult } from '../errors';
import { crmFetch } from '../http';
import type { HttpDeps } from './client';
import { apiHostFor, type SalesforceSession } from './session';

// OAuth 2.0 for orgs that refuse the browser session for the API (API Access Control): the
// authorization code flow with PKCE against the org's own External Client App, a public client
// (consumer key, no secret). Pure: the background opens the sign-in window and keeps the tokens.

/** `api` to call the REST API, `refresh_token` to stay signed in past the access token's life. */
export const OAUTH_SCOPES = 'api refresh_token';

/** What the background keeps per org host (its secrets store only; pages never see it). */
export const SalesforceTokenSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  /** The My Domain host the user signed in at: authorize, token and revoke calls go there. */
  loginHost: z.string().min(1),
  /** Where API calls go (the token answer's instance_url host). */
  apiHost: z.string().min(1),
  orgId: z.string().min(15),
  consumerKey: z.string().min(1),
});
export type SalesforceToken = z.infer<typeof SalesforceTokenSchema>;

/** The secret's key, per org host: pages of `acme.lightning.force.com` use `acme.my.salesforce.com`'s. */
export const oauthSecretKey = (pageHost: string) => `salesforce:oauth:${apiHostFor(pageHost)}`;

/** A consumer key as the External Client App shows it (letters, digits, `.`, `_`). */
export const ConsumerKeySchema = z
  .string()
  .trim()
  .regex(/^[\w.]{20,256}$/, 'Not a consumer key');

/** Salesforce's token answer (authorization_code and refresh_token grants); refresh gives no refresh_token. */
const TokenAnswerSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  instance_url: z.url({ protocol: /^https$/ }),
  id: z.string(),
});
const OAuthErrorSchema = z.looseObject({ error: z.string(), error_description: z.string().optional() });

const ORG_ID = /^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;
/** The org id from the identity URL (`…/id/<org id>/<user id>`), else from the token's `<org id>!`. */
function orgIdOf(answer: { id: string; access_token: string }): string | null {
  const fromId = /\/id\/([^/]+)\//.exec(answer.id)?.[1] ?? '';
  if (ORG_ID.test(fromId)) return fromId;
  const fromToken = answer.access_token.split('!')[0] ?? '';
  return ORG_ID.test(fromToken) ? fromToken : null;
}

/** The session a token gives the connector: the same Bearer calls as a browser session. */
export const tokenSession = (token: SalesforceToken): SalesforceSession => ({
  apiHost: token.apiHost,
  sid: token.accessToken,
  orgId: token.orgId.slice(0, 15),
});

/** The address of the org's sign-in page for one attempt. */
export function authorizeUrl(input: {
  pageHost: string;
  consumerKey: string;
  redirectUri: string;
  challenge: string;
  state: string;
}): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: input.consumerKey,
    redirect_uri: input.redirectUri,
    code_challenge: input.challenge,
    code_challenge_method: 'S256',
    scope: OAUTH_SCOPES,
    state: input.state,
  });
  return `https://${apiHostFor(input.pageHost)}/services/oauth2/authorize?${query}`;
}

/** The code from the address the sign-in window ended at, or why there is none. */
export function codeFromRedirect(redirectedTo: string, expected: { redirectUri: string; state: string }): CrmResult<string> {
  let url: URL;
  try {
    url = new URL(redirectedTo);
  } catch {
    return { ok: false, error: crmError('bad-response', 'The Salesforce sign-in ended at an address that is not one') };
  }
  const params = url.searchParams;
  if (url.origin !== new URL(expected.redirectUri).origin) {
    return { ok: false, error: crmError('bad-response', `The Salesforce sign-in ended at ${url.origin}, not this extension`) };
  }
  if (params.get('state') !== expected.state)
    return {
      ok: false,
      error: crmError('bad-response', 'The Salesforce sign-in answered another request (state differs)', { code: 'OAUTH_STATE' }),
    };
  const error = params.get('error');
  if (error) {
    const why = params.get('error_description') ?? error;
    return {
      ok: false,
      error: crmError(error === 'access_denied' ? 'not-connected' : 'no-api-access', `Salesforce refused the sign-in: ${why}`, {
        code: error,
      }),
    };
  }
  const code = params.get('code');
  return code
    ? { ok: true, value: code }
    : { ok: false, error: crmError('bad-response', 'The Salesforce sign-in gave no authorization code') };
}

/** A form POST to the org's OAuth endpoint; every failure a typed error (never a throw). */
async function oauthPost(
  host: string,
  path: '/services/oauth2/token' | '/services/oauth2/revoke',
  form: Record<string, string>,
  deps: HttpDeps,
): Promise<CrmResult<unknown>> {
  const answer = await crmFetch({
    fetch: deps.fetch,
    url: `https://${host}${path}`,
    method: 'POST',
    form,
    host,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    redirected: (location) => `Salesforce sent the sign-in elsewhere (${location ?? 'no address'}) instead of answering`,
  });
  if (!answer.ok) return answer;
  const { status, body } = answer.value;
  if (status >= 200 && status < 300) return { ok: true, value: body };
  const refused = OAuthErrorSchema.safeParse(body);
  const detail = refused.success ? `${refused.data.error}: ${refused.data.error_description ?? ''}`.replace(/: $/, '') : `HTTP ${status}`;
  const extra = { httpStatus: status, ...(refused.success ? { code: refused.data.error } : {}) };
  return { ok: false, error: crmError(status >= 500 ? 'server-error' : refused.success ? 'no-api-access' : 'bad-response', detail, extra) };
}

function tokenFrom(
  answer: unknown,
  base: Pick<SalesforceToken, 'loginHost' | 'consumerKey'> & Partial<Pick<SalesforceToken, 'refreshToken' | 'orgId'>>,
): CrmResult<SalesforceToken> {
  const parsed = TokenAnswerSchema.safeParse(answer);
  if (!parsed.success)
    return { ok: false, error: crmError('bad-response', 'The Salesforce token answer does not have the documented shape') };
  const refreshToken = parsed.data.refresh_token ?? base.refreshToken;
  if (!refreshToken)
    return {
      ok: false,
      error: crmError('no-api-access', 'Salesforce gave no refresh token: the External Client App must allow the “refresh_token” scope', {
        code: 'NO_REFRESH_TOKEN',
      }),
    };
  // A refresh answer's `id` may name nothing useful: the org is the one signed in to.
  const orgId = orgIdOf(parsed.data) ?? base.orgId;
  if (!orgId) return { ok: false, error: crmError('bad-response', 'The Salesforce token answer names no org') };
  return {
    ok: true,
    value: {
      accessToken: parsed.data.access_token,
      refreshToken,
      loginHost: base.loginHost,
      apiHost: new URL(parsed.data.instance_url).host,
      orgId,
      consumerKey: base.consumerKey,
    },
  };
}

/** Trades the code (with the verifier only this sign-in knows) for tokens at the org's token endpoint. */
export async function exchangeCode(
  input: { pageHost: string; consumerKey: string; redirectUri: string; code: string; verifier: string },
  deps: HttpDeps,
): Promise<CrmResult<SalesforceToken>> {
  const loginHost = apiHostFor(input.pageHost);
  const answer = await oauthPost(
    loginHost,
    '/services/oauth2/token',
    {
      grant_type: 'authorization_code',
      code: input.code,
      client_id: input.consumerKey,
      redirect_uri: input.redirectUri,
      code_verifier: input.verifier,
    },
    deps,
  );
  return answer.ok ? tokenFrom(answer.value, { loginHost, consumerKey: input.consumerKey }) : answer;
}

/** A new access token from the refresh token; when Salesforce refuses, the sign-in is over and says so. */
export async function refreshToken(token: SalesforceToken, deps: HttpDeps): Promise<CrmResult<SalesforceToken>> {
  const answer = await oauthPost(
    token.loginHost,
    '/services/oauth2/token',
    { grant_type: 'refresh_token', refresh_token: token.refreshToken, client_id: token.consumerKey },
    deps,
  );
  if (!answer.ok) return { ok: false, error: refreshFailed(token, answer.error) };
  return tokenFrom(answer.value, token);
}

function refreshFailed(token: SalesforceToken, cause: CrmError): CrmError {
  // Offline or a Salesforce outage: the sign-in may still be good; say that, not "sign in again".
  if (cause.kind === 'offline' || cause.kind === 'timeout' || cause.kind === 'server-error') return cause;
  return crmError('session-expired', `Your Salesforce sign-in at ${token.loginHost} has ended and could not be renewed (${cause.detail})`, {
    code: 'OAUTH_REFRESH_FAILED',
    ...(cause.httpStatus ? { httpStatus: cause.httpStatus } : {}),
  });
}

/** Ends the sign-in at Salesforce: revoking the refresh token revokes its access tokens too. */
export async function revokeToken(token: SalesforceToken, deps: HttpDeps): Promise<CrmResult<null>> {
  const answer = await oauthPost(token.loginHost, '/services/oauth2/revoke', { token: token.refreshToken }, deps);
  return answer.ok ? { ok: true, value: null } : answer;
}
