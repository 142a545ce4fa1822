import type { ConnectorContext } from '../connector';
import { crmError, type CrmError, type CrmResult } from '../errors';
import { oauthSecretKey, refreshToken, SalesforceTokenSchema, tokenSession, type SalesforceToken } from './oauth';
import { findSession, type SalesforceSession } from './session';

type Ctx = Pick<ConnectorContext<unknown>, 'fetch' | 'signal' | 'readCookie' | 'readSecret' | 'writeSecret'>;

/** The org host's OAuth sign-in, when the user made one (Settings → Salesforce). */
export async function readToken(ctx: Pick<Ctx, 'readSecret'>, pageHost: string): Promise<SalesforceToken | null> {
  const parsed = SalesforceTokenSchema.safeParse(await ctx.readSecret(oauthSecretKey(pageHost)).catch(() => null));
  return parsed.success ? parsed.data : null;
}

/** Salesforce's answer to an access token that has expired or was revoked. */
const expired = (error: CrmError) => error.httpStatus === 401 && error.code === 'INVALID_SESSION_ID';

/**
 * Runs `call` with the org's credentials: the OAuth sign-in when there is one (an org that refuses
 * the browser session for the API), else the browser's own session. An expired access token is
 * renewed with the refresh token once and the call made again; when Salesforce refuses the
 * renewal, the error says the sign-in has ended.
 */
export async function withSession<T>(
  pageHost: string,
  ctx: Ctx,
  call: (session: SalesforceSession) => Promise<CrmResult<T>>,
): Promise<CrmResult<T>> {
  const token = await readToken(ctx, pageHost);
  if (!token) {
    const session = await findSession(ctx.readCookie, pageHost);
    return session.ok ? call(session.value) : session;
  }
  const first = await call(tokenSession(token));
  if (first.ok || !expired(first.error)) return first;
  const renewed = await refreshToken(token, { fetch: ctx.fetch, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  if (!renewed.ok) return renewed;
  // A renewed token that could not be kept still serves this call; the next one renews again.
  await ctx.writeSecret(oauthSecretKey(pageHost), renewed.value).catch(() => false);
  return call(tokenSession(renewed.value));
}

/** A sign-in window the user closed, or the browser refused to open, as a typed error. */
export function windowError(error: unknown): CrmError {
  const message = error instanceof Error ? error.message : String(error);
  return crmError('not-connected', `The Salesforce sign-in did not finish: ${message}`, { code: 'OAUTH_WINDOW' });
}
