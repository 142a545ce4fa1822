import type { ConnectionInfo, ConnectorContext, SignInWindow } from '../connector';
import { crmError, type CrmResult } from '../errors';
import { windowError } from './credentials';
import { authorizeUrl, codeFromRedirect, ConsumerKeySchema, exchangeCode, oauthSecretKey, type SalesforceToken } from './oauth';
import { codeChallengeS256, createCodeVerifier, createState } from './pkce';
import { apiHostFor } from './session';

/** What may be shown of a sign-in (never its tokens). */
export const tokenInfo = (token: SalesforceToken): ConnectionInfo => ({
  source: token.orgId.slice(0, 15),
  apiHost: token.apiHost,
  details: { signIn: 'oauth', loginHost: token.loginHost, consumerKey: token.consumerKey },
});

/**
 * Signs in to the org of `host` with its External Client App (`consumerKey`): the org's sign-in
 * page in the browser's auth window, then the code traded for tokens with the PKCE verifier that
 * never left this call. Returns what the background keeps.
 */
export async function signInToSalesforce(
  input: { host: string; consumerKey: string },
  auth: SignInWindow,
  ctx: Pick<ConnectorContext<unknown>, 'fetch' | 'signal'>,
): Promise<CrmResult<{ secretKey: string; secret: SalesforceToken; info: ConnectionInfo }>> {
  const consumerKey = ConsumerKeySchema.safeParse(input.consumerKey);
  if (!consumerKey.success)
    return {
      ok: false,
      error: crmError('bad-request', 'That does not look like a consumer key (the External Client App’s OAuth settings show it)', {
        code: 'INVALID_CONSUMER_KEY',
      }),
    };
  // Only a My Domain: the host the extension may call, where the org's own sign-in page is.
  if (!apiHostFor(input.host).endsWith('.my.salesforce.com')) {
    return {
      ok: false,
      error: crmError('bad-request', `${input.host} is not a Salesforce My Domain (…my.salesforce.com or …lightning.force.com)`, {
        code: 'NOT_MY_DOMAIN',
      }),
    };
  }
  const verifier = createCodeVerifier();
  const state = createState();
  const url = authorizeUrl({
    pageHost: input.host,
    consumerKey: consumerKey.data,
    redirectUri: auth.redirectUri,
    challenge: await codeChallengeS256(verifier),
    state,
  });
  let redirectedTo: string;
  try {
    redirectedTo = await auth.open(url);
  } catch (error) {
    return { ok: false, error: windowError(error) };
  }
  const code = codeFromRedirect(redirectedTo, { redirectUri: auth.redirectUri, state });
  if (!code.ok) return code;
  const token = await exchangeCode(
    { pageHost: input.host, consumerKey: consumerKey.data, redirectUri: auth.redirectUri, code: code.value, verifier },
    { fetch: ctx.fetch, ...(ctx.signal ? { signal: ctx.signal } : {}) },
  );
  if (!token.ok) return token;
  return { ok: true, value: { secretKey: oauthSecretKey(input.host), secret: token.value, info: tokenInfo(token.value) } };
}
