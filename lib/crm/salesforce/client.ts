import type { z } from 'zod';
import { crmError, type CrmError, type CrmResult } from '../errors';
import { salesforceError } from './errors';
import type { SalesforceSession } from './session';

/** The REST API version every call uses (one place). */
export const API_VERSION = 'v62.0';
export const API_BASE = `/services/data/${API_VERSION}`;
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpDeps {
  fetch: typeof fetch;
  /** Cancels the call (the panel moved on); reported as `offline` with code ABORTED. */
  signal?: AbortSignal;
  timeoutMs?: number;
}

const failure = (error: CrmError) => ({ ok: false as const, error });

function retryAfter(response: Response): { retryAfterSeconds?: number } {
  const header = response.headers.get('retry-after');
  if (!header) return {};
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? { retryAfterSeconds: Math.ceil(seconds) } : {};
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
  const timeout = AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout;
  const cancelled = () => failure(crmError('offline', 'Request cancelled', { code: 'ABORTED' }));
  const timedOut = () => failure(crmError('timeout', `No answer from ${session.apiHost} within ${Math.round((deps.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`));

  let response: Response;
  try {
    response = await deps.fetch(`https://${session.apiHost}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${session.sid}`,
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      // Never follow a redirect: it would drop the Authorization header and land on a login page.
      redirect: 'manual',
      // The Bearer header is the credential; the org's cookies are not sent along.
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch (error) {
    if (deps.signal?.aborted) return cancelled();
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (timeout.aborted || name === 'TimeoutError' || name === 'AbortError') return timedOut();
    // fetch rejects with a TypeError when the network is unreachable (DNS, TLS, connection reset).
    return failure(crmError('offline', error instanceof Error ? error.message : String(error)));
  }

  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    const to = response.headers.get('location');
    return failure(
      crmError('bad-response', `Salesforce redirected the API call${to ? ` to ${to}` : ''}: ${session.apiHost} is not answering as the org's My Domain`, {
        httpStatus: response.status,
      }),
    );
  }

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (deps.signal?.aborted) return cancelled();
    if (timeout.aborted) return timedOut();
    return failure(crmError('offline', error instanceof Error ? error.message : String(error)));
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = salesforceError(response.status, body);
    return failure(error.kind === 'rate-limited' || error.kind === 'server-error' ? { ...error, ...retryAfter(response) } : error);
  }
  if (body === undefined) return failure(crmError('bad-response', `The answer to ${path.split('?')[0]} is not JSON`, { httpStatus: response.status }));
  return { ok: true, value: body };
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
  if (!answer.ok) return answer;
  const parsed = schema.safeParse(answer.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(crmError('bad-response', `The answer to ${path.split('?')[0]} does not have the documented shape${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}`));
  }
  return { ok: true, value: parsed.data };
}
