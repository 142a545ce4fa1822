import { crmError, type CrmResult } from '../errors';
import { salesforceError } from './errors';
import type { SalesforceSession } from './session';

export const API_VERSION = 'v62.0';
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpDeps {
  fetch: typeof fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** One REST call to the org: JSON in, JSON out, every failure a typed error value. */
export async function salesforceRequest(
  session: SalesforceSession,
  path: string,
  deps: HttpDeps,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<CrmResult<unknown>> {
  const timeout = AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = deps.signal ? AbortSignal.any([deps.signal, timeout]) : timeout;
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
      // Never follow: a redirect would drop the Authorization header and land on a login page.
      redirect: 'error',
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (timeout.aborted) return { ok: false, error: crmError('timeout', `No answer from ${session.apiHost} in time`) };
    if (deps.signal?.aborted) return { ok: false, error: crmError('offline', 'Request cancelled') };
    return { ok: false, error: crmError('offline', error instanceof Error ? error.message : String(error)) };
  }
  let body: unknown;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    body = undefined;
  }
  if (!response.ok) return { ok: false, error: salesforceError(response.status, body) };
  if (body === undefined) return { ok: false, error: crmError('bad-response', `Not JSON from ${path}`, { httpStatus: response.status }) };
  return { ok: true, value: body };
}
