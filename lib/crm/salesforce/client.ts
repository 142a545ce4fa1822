import type { z } from 'zod';
import { crmError, type CrmResult } from '../errors';
import { crmFetch, documented, failure, jsonOf, retryAfterSeconds } from '../http';
import { salesforceError } from './errors';
import type { SalesforceSession } from './session';

/** The REST API version every call uses (one place). */
export const API_VERSION = 'v62.0';
export const API_BASE = `/services/data/${API_VERSION}`;

export interface HttpDeps {
  fetch: typeof fetch;
  /** Cancels the call (the panel moved on); reported as `offline` with code ABORTED. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

/**
 * One REST call to the org: JSON in, JSON out, every failure a typed error value (never a throw).
 * `path` is an API path (`/services/data/…`), e.g. a `nextRecordsUrl`; the host is always the
 * session's My Domain.
 */
export async function salesforceRequest(
  session: SalesforceSession,
  path: string,
  deps: HttpDeps,
  init: { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown } = {},
): Promise<CrmResult<unknown>> {
  // Only API paths: a path such as "@evil.example/" would otherwise turn the host into userinfo.
  if (!path.startsWith('/services/data/')) return failure(crmError('bad-request', `Not an API path: ${path.slice(0, 80)}`));
  const answer = await crmFetch({
    fetch: deps.fetch,
    url: `https://${session.apiHost}${path}`,
    token: session.sid,
    ...init,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.timeoutMs === undefined ? {} : { timeoutMs: deps.timeoutMs }),
    host: session.apiHost,
    redirected: (to) =>
      `Salesforce redirected the API call${to ? ` to ${to}` : ''}: ${session.apiHost} is not answering as the org's My Domain`,
  });
  if (!answer.ok) return answer;
  const { status, headers, body } = answer.value;
  if (status < 200 || status >= 300) {
    const error = salesforceError(status, body);
    const after = error.kind === 'rate-limited' || error.kind === 'server-error' ? retryAfterSeconds(headers, Date.now()) : undefined;
    return failure(after === undefined ? error : { ...error, retryAfterSeconds: after });
  }
  return jsonOf(path, answer.value);
}

/** A call whose answer must have a documented shape; anything else is `bad-response`. */
export async function salesforceJson<S extends z.ZodType>(
  session: SalesforceSession,
  path: string,
  schema: S,
  deps: HttpDeps,
  init: { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown } = {},
): Promise<CrmResult<z.infer<S>>> {
  const answer = await salesforceRequest(session, path, deps, init);
  return answer.ok ? documented(path, schema, answer.value) : answer;
}
