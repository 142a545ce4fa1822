import type { z } from 'zod';
import { crmError, type CrmError, type CrmResult } from '../errors';
import { hubspotError, retryAfterSeconds } from './errors';

export const HUBSPOT_API = 'https://api.hubapi.com';
export const DEFAULT_TIMEOUT_MS = 15_000;
/** TEN_SECONDLY_ROLLING answers retried quietly before the limit is reported. */
export const MAX_RATE_RETRIES = 3;
/** The longest quiet wait for one retry; a longer Retry-After is reported instead. */
const MAX_WAIT_MS = 10_000;

export interface HubSpotHttp {
  fetch: typeof fetch;
  token: string;
  /** Cancels the call (the panel moved on); reported as `offline` with code ABORTED. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Waits between retries (tests pass a fake clock). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
}

type Init = { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown };
const failure = (error: CrmError) => ({ ok: false as const, error });

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * How long to wait before retrying a TEN_SECONDLY_ROLLING answer: Retry-After when HubSpot sends
 * it; else the rolling window's share (`X-HubSpot-RateLimit-Interval-Milliseconds` ÷ max) doubled
 * on each attempt, at least 250 ms.
 */
export function backoffMs(headers: Headers, attempt: number, now: number): number {
  const after = retryAfterSeconds(headers, now);
  if (after !== undefined) return after * 1000;
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds')) || 10_000;
  const max = Number(headers.get('x-hubspot-ratelimit-max')) || 100;
  return Math.max(250, Math.round(interval / max)) * 2 ** attempt;
}

// Only the API families Success Lens calls: a path such as "@evil.example/" would otherwise turn
// the host into userinfo.
const API_PATH = /^\/(?:crm\/v[34]\/|account-info\/v3\/)[\w\-/.?=&%,]*$/;

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return undefined;
  }
}

/** One attempt: the answer's status, headers and JSON body (undefined when not JSON), or a failure. */
async function attempt(http: HubSpotHttp, path: string, init: Init): Promise<CrmResult<{ status: number; headers: Headers; body: unknown }>> {
  const limit = http.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(limit);
  const signal = http.signal ? AbortSignal.any([http.signal, timeout]) : timeout;
  const stop = (error: unknown) => {
    if (http.signal?.aborted) return failure(crmError('offline', 'Request cancelled', { code: 'ABORTED' }));
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (timeout.aborted || name === 'TimeoutError' || name === 'AbortError') return failure(crmError('timeout', `No answer from api.hubapi.com within ${Math.round(limit / 1000)} s`));
    // fetch rejects with a TypeError when the network is unreachable (DNS, TLS, connection reset).
    return failure(crmError('offline', error instanceof Error ? error.message : String(error)));
  };
  try {
    const response = await http.fetch(`${HUBSPOT_API}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${http.token}`,
        Accept: 'application/json',
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      // Never follow a redirect: the Authorization header would go wherever it points.
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return failure(crmError('bad-response', `HubSpot redirected the API call ${path.split('?')[0]}`, { httpStatus: response.status }));
    }
    return { ok: true, value: { status: response.status, headers: response.headers, body: await readJson(response) } };
  } catch (error) {
    return stop(error);
  }
}

/**
 * One call to the HubSpot API: JSON in, JSON out, every failure a typed error value (never a throw).
 * A TEN_SECONDLY_ROLLING 429 is retried quietly after the wait the headers ask for; a DAILY one is
 * reported at once (nothing will change before tomorrow).
 */
export async function hubspotRequest(http: HubSpotHttp, path: string, init: Init = {}): Promise<CrmResult<unknown>> {
  if (!API_PATH.test(path)) return failure(crmError('bad-request', `Not a HubSpot API path: ${path.slice(0, 80)}`));
  const now = http.now ?? Date.now;
  for (let tries = 0; ; tries++) {
    const answer = await attempt(http, path, init);
    if (!answer.ok) return answer;
    const { status, headers, body } = answer.value;
    if (status >= 200 && status < 300) {
      if (body === undefined) return failure(crmError('bad-response', `The answer to ${path.split('?')[0]} is not JSON`, { httpStatus: status }));
      return { ok: true, value: body };
    }
    const wait = status === 429 ? backoffMs(headers, tries, now()) : 0;
    const policy = (body as { policyName?: unknown } | null | undefined)?.policyName;
    if (status === 429 && policy !== 'DAILY' && tries < MAX_RATE_RETRIES && wait <= MAX_WAIT_MS) {
      await (http.sleep ?? defaultSleep)(wait, http.signal);
      if (http.signal?.aborted) return failure(crmError('offline', 'Request cancelled', { code: 'ABORTED' }));
      continue;
    }
    // A DAILY limit without Retry-After: no honest wait to promise.
    const after = retryAfterSeconds(headers, now()) ?? (status === 429 && policy !== 'DAILY' ? Math.ceil(wait / 1000) : undefined);
    return failure(hubspotError(status, body, after === undefined ? {} : { retryAfterSeconds: after }));
  }
}

/** A call whose answer must have a documented shape; anything else is `bad-response`. */
export async function hubspotJson<S extends z.ZodType>(http: HubSpotHttp, path: string, schema: S, init: Init = {}): Promise<CrmResult<z.infer<S>>> {
  const answer = await hubspotRequest(http, path, init);
  if (!answer.ok) return answer;
  const parsed = schema.safeParse(answer.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return failure(crmError('bad-response', `The answer to ${path.split('?')[0]} does not have the documented shape${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}`));
}
