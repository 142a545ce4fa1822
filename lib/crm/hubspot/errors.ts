import { crmError, type CrmError } from '../errors';
import { HsErrorBodySchema, type HsErrorBody } from './schemas';

/** The scopes a 403 MISSING_SCOPES names, in either of the shapes HubSpot has used. */
export function requiredScopes(body: HsErrorBody): string[] {
  const scopes = (body.errors ?? []).flatMap((e) => [...(e.context?.requiredGranularScopes ?? []), ...(e.context?.requiredScopes ?? [])]);
  return [...new Set(scopes)];
}

/**
 * A HubSpot error answer (HTTP status + `{status:"error", message, category, policyName?}`) as a
 * typed error. The portal's own message is kept as `detail`; the kind decides what the UI says.
 */
export function hubspotError(status: number, body: unknown, extra: { retryAfterSeconds?: number } = {}): CrmError {
  const parsed = HsErrorBodySchema.safeParse(body);
  const error = parsed.success ? parsed.data : null;
  const code = error?.policyName ?? error?.category;
  const detail = error?.message || `HTTP ${status}`;
  const base = { httpStatus: status, ...(code ? { code } : {}) };

  if (status === 401) return crmError('session-expired', `The HubSpot token was refused: ${detail}`, base);
  if (status === 403 && error?.category === 'MISSING_SCOPES') {
    const scopes = requiredScopes(error);
    return crmError('no-api-access', scopes.length ? `missing scope ${scopes.join(', ')}` : detail, {
      ...base,
      ...(scopes[0] ? { field: scopes[0] } : {}),
    });
  }
  if (status === 403) return crmError('no-api-access', detail, base);
  if (status === 404) return crmError('not-found', detail, base);
  if (status === 429)
    return crmError('rate-limited', detail, { ...base, ...extra, ...(error?.policyName === 'DAILY' ? { limit: 'daily' } : {}) });
  if (status >= 500) return crmError('server-error', detail, { ...base, ...extra });
  // A 4xx with the documented body is a request the portal refused; anything else is not HubSpot talking.
  return crmError(error ? 'bad-request' : 'bad-response', detail, base);
}
