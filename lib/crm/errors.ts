import { z } from 'zod';

/**
 * Every way a CRM call can fail, as a value. The panel turns each kind into a sentence
 * and a next step; the clients never throw strings or show UI.
 */
export const CrmErrorKind = z.enum([
  'session-expired', // 401: log in to the CRM again
  'no-api-access', // 403 API disabled, API Access Control, session not valid for REST, missing scopes
  'rate-limited', // 403 REQUEST_LIMIT_EXCEEDED, 429
  'not-found', // the record does not exist or is not visible
  'invalid-field', // a mapped field does not exist: a settings problem
  'unsupported-object', // INVALID_TYPE: the org lacks this object (e.g. Feedback Management)
  'bad-request', // MALFORMED_QUERY and other 400s
  'server-error', // 5xx
  'timeout',
  'offline',
  'bad-response', // an answer that does not match the documented shape
  'not-connected', // no session / token configured
  'internal', // the extension itself failed (its background did not answer, its storage failed)
]);
export type CrmErrorKind = z.infer<typeof CrmErrorKind>;

export const CrmErrorSchema = z.object({
  kind: CrmErrorKind,
  /** Technical detail for the curious (the CRM's own message); never the only thing shown. */
  detail: z.string(),
  /** The CRM's error code where it gave one (INVALID_SESSION_ID, TEN_SECONDLY_ROLLING…). */
  code: z.string().optional(),
  /** For rate limits: seconds until a retry makes sense. */
  retryAfterSeconds: z.number().nonnegative().optional(),
  /** For rate limits: the day's allocation is used up (HubSpot's DAILY), so no wait of a moment helps. */
  limit: z.enum(['daily']).optional(),
  /** For invalid-field: the offending field, so the settings page can point at it. */
  field: z.string().optional(),
  httpStatus: z.number().int().optional(),
});
export type CrmError = z.infer<typeof CrmErrorSchema>;

export function crmError(kind: CrmErrorKind, detail: string, extra: Omit<CrmError, 'kind' | 'detail'> = {}): CrmError {
  return { kind, detail, ...extra };
}

/** A result of a CRM operation: data or a typed error. */
export type CrmResult<T> = { ok: true; value: T } | { ok: false; error: CrmError };

/** A CRM failure carried through a thrown error (TanStack Query's), with its typed value for the page to word. */
export class CrmQueryError extends Error {
  readonly crm: CrmError;
  constructor(error: CrmError) {
    super(error.detail);
    this.crm = error;
  }
}
