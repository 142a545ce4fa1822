import type { z } from 'zod';
import { crmError, type CrmError, type CrmResult } from './errors';

// How every CRM client speaks HTTP: a Bearer token, JSON both ways, a time limit, never a
// redirect, and every failure a typed value (never a throw). What an error status means stays
// with each CRM (lib/crm/<crm>/errors.ts).

export const DEFAULT_TIMEOUT_MS = 15_000;

export const failure = (error: CrmError) => ({ ok: false as const, error });

/** The caller's own signal fired (the panel moved on). */
export const cancelled = () => failure(crmError('offline', 'Request cancelled', { code: 'ABORTED' }));

export interface CrmCall {
  fetch: typeof fetch;
  url: string;
  /** The Bearer credential; absent only for the OAuth endpoints that hand one out. */
  token?: string;
  method?: string;
  /** Sent as JSON, or as a form when `form` (OAuth token and revoke endpoints take forms). */
  body?: unknown;
  form?: Record<string, string>;
  /** Cancels the call; reported as `offline` with code ABORTED. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** The host the timeout sentence names. */
  host: string;
  /** The CRM's sentence for a redirect (never followed), given its Location header. */
  redirected(location: string | null): string;
}

/** An answer of any status; `body` is null when empty and undefined when not JSON. */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One call to a CRM: the answer whatever its status, or why there is none. */
export async function crmFetch(call: CrmCall): Promise<CrmResult<HttpAnswer>> {
  const limit = call.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(limit);
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
  const stopped = (error: unknown) => {
    if (call.signal?.aborted) return cancelled();
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (timeout.aborted || name === 'TimeoutError' || name === 'AbortError')
      return failure(crmError('timeout', `No answer from ${call.host} within ${Math.round(limit / 1000)} s`));
    // fetch rejects with a TypeError when the network is unreachable (DNS, TLS, connection reset).
    return failure(crmError('offline', error instanceof Error ? error.message : String(error)));
  };
  try {
    const response = await call.fetch(call.url, {
      method: call.method ?? 'GET',
      headers: {
        ...(call.token === undefined ? {} : { Authorization: `Bearer ${call.token}` }),
        Accept: 'application/json',
        ...(call.form
          ? { 'Content-Type': 'application/x-www-form-urlencoded' }
          : call.body === undefined
            ? {}
            : { 'Content-Type': 'application/json' }),
      },
      ...(call.form
        ? { body: new URLSearchParams(call.form).toString() }
        : call.body === undefined
          ? {}
          : { body: JSON.stringify(call.body) }),
      // Never follow a redirect: the Authorization header would go wherever it points, or be
      // dropped on the way to a login page.
      redirect: 'manual',
      // The Bearer header is the credential; the CRM's cookies are not sent along.
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      return failure(crmError('bad-response', call.redirected(response.headers.get('location')), { httpStatus: response.status }));
    }
    return { ok: true, value: { status: response.status, headers: response.headers, body: parseJson(await response.text()) } };
  } catch (error) {
    return stopped(error);
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return undefined;
  }
}

const withoutQuery = (path: string) => path.split('?')[0];

/** A successful answer's body, or `bad-response` when it is not JSON. */
export function jsonOf(path: string, answer: HttpAnswer): CrmResult<unknown> {
  if (answer.body === undefined)
    return failure(crmError('bad-response', `The answer to ${withoutQuery(path)} is not JSON`, { httpStatus: answer.status }));
  return { ok: true, value: answer.body };
}

/** An answer that must have a documented shape; anything else is `bad-response`. */
export function documented<S extends z.ZodType>(path: string, schema: S, value: unknown): CrmResult<z.infer<S>> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return failure(
    crmError(
      'bad-response',
      `The answer to ${withoutQuery(path)} does not have the documented shape${issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : ''}`,
    ),
  );
}

/** Seconds until a retry makes sense: `Retry-After` (seconds or a date), else none. */
export function retryAfterSeconds(headers: Headers, now: number): number | undefined {
  const header = headers.get('retry-after')?.trim();
  if (!header) return undefined;
  const seconds = /^\d+(?:\.\d+)?$/.test(header) ? Number(header) : (Date.parse(header) - now) / 1000;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}
