import type { z } from 'zod';
import { crmError, type CrmResult } from '../errors';
import { crmFetch, cancelled, documented, failure, jsonOf, retryAfterSeconds } from '../http';
import { hubspotError } from './errors';

const HUBSPOT_HOST = 'api.hubapi.com';
export const HUBSPOT_API = `https://${HUBSPOT_HOST}`;
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
  /** Asked before every attempt (retries too): false refuses the call as BUDGET_SPENT (the book's share of the day is used). */
  mayRequest?: () => boolean;
}

/** The code of a call refused before it left because the book's API budget share is spent. */
export const BUDGET_SPENT = 'BUDGET_SPENT';

type Init = { method?: 'GET' | 'POST' | 'PATCH'; body?: unknown };

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
// the host into userinfo. The private-app token info (whose token this is) is one exact path.
const API_PATH = /^\/(?:(?:crm\/v[34]\/|account-info\/v3\/)[\w\-/.?=&%,]*|oauth\/v2\/private-apps\/get\/access-token-info)$/;

/** One attempt: the answer's status, headers and JSON body (undefined when not JSON), or a failure. */
const attempt = (http: HubSpotHttp, path: string, init: Init) =>
  crmFetch({
    fetch: http.fetch,
    url: `${HUBSPOT_API}${path}`,
    token: http.token,
    ...init,
    ...(http.signal ? { signal: http.signal } : {}),
    ...(http.timeoutMs === undefined ? {} : { timeoutMs: http.timeoutMs }),
    host: HUBSPOT_HOST,
    redirected: () => `HubSpot redirected the API call ${path.split('?')[0]}`,
  });

/**
 * One call to the HubSpot API: JSON in, JSON out, every failure a typed error value (never a throw).
 * A TEN_SECONDLY_ROLLING 429 is retried quietly after the wait the headers ask for; a DAILY one is
 * reported at once (nothing will change before tomorrow).
 */
export async function hubspotRequest(http: HubSpotHttp, path: string, init: Init = {}): Promise<CrmResult<unknown>> {
  if (!API_PATH.test(path)) return failure(crmError('bad-request', `Not a HubSpot API path: ${path.slice(0, 80)}`));
  const now = http.now ?? Date.now;
  for (let tries = 0; ; tries++) {
    if (http.mayRequest && !http.mayRequest())
      return failure(crmError('rate-limited', "The book's share of today's API calls is used", { code: BUDGET_SPENT }));
    const answer = await attempt(http, path, init);
    if (!answer.ok) return answer;
    const { status, headers, body } = answer.value;
    if (status >= 200 && status < 300) return jsonOf(path, answer.value);
    const wait = status === 429 ? backoffMs(headers, tries, now()) : 0;
    const policy = (body as { policyName?: unknown } | null | undefined)?.policyName;
    if (status === 429 && policy !== 'DAILY' && tries < MAX_RATE_RETRIES && wait <= MAX_WAIT_MS) {
      await (http.sleep ?? defaultSleep)(wait, http.signal);
      if (http.signal?.aborted) return cancelled();
      continue;
    }
    // A DAILY limit without Retry-After: no honest wait to promise.
    const after = retryAfterSeconds(headers, now()) ?? (status === 429 && policy !== 'DAILY' ? Math.ceil(wait / 1000) : undefined);
    return failure(hubspotError(status, body, after === undefined ? {} : { retryAfterSeconds: after }));
  }
}

/** A call whose answer must have a documented shape; anything else is `bad-response`. */
export async function hubspotJson<S extends z.ZodType>(
  http: HubSpotHttp,
  path: string,
  schema: S,
  init: Init = {},
): Promise<CrmResult<z.infer<S>>> {
  const answer = await hubspotRequest(http, path, init);
  return answer.ok ? documented(path, schema, answer.value) : answer;
}
