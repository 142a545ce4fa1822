import { crmError, type CrmError } from '../errors';
import { SfErrorBodySchema } from './schemas';

/** A Salesforce error answer (HTTP status + body) as a typed error. */
export function salesforceError(status: number, body: unknown): CrmError {
  const parsed = SfErrorBodySchema.safeParse(body);
  const first = parsed.success ? parsed.data[0] : undefined;
  const code = first?.errorCode;
  const detail = first?.message ?? `HTTP ${status}`;
  const extra = { httpStatus: status, ...(code ? { code } : {}) };
  if (status === 401) {
    // A cookie session that the org refuses for the API (API Access Control) is not an expiry.
    return /not valid for use with the REST API/i.test(detail)
      ? crmError('no-api-access', detail, extra)
      : crmError('session-expired', detail, extra);
  }
  switch (code) {
    case 'API_DISABLED_FOR_ORG':
    case 'API_CURRENTLY_DISABLED':
    case 'INSUFFICIENT_ACCESS':
      return crmError('no-api-access', detail, extra);
    case 'REQUEST_LIMIT_EXCEEDED':
      return crmError('rate-limited', detail, extra);
    case 'INVALID_FIELD': {
      const field = /column '([^']+)'/.exec(detail)?.[1] ?? first?.fields?.[0];
      return crmError('invalid-field', detail, { ...extra, ...(field ? { field } : {}) });
    }
    case 'INVALID_TYPE':
      return crmError('unsupported-object', detail, extra);
    case 'NOT_FOUND':
    case 'ENTITY_IS_DELETED':
      return crmError('not-found', detail, extra);
    case 'MALFORMED_QUERY':
      return crmError('bad-request', detail, extra);
    default:
  }
  if (status === 403) return crmError('no-api-access', detail, extra);
  if (status === 404) return crmError('not-found', detail, extra);
  if (status >= 500) return crmError('server-error', detail, extra);
  return crmError(parsed.success ? 'bad-request' : 'bad-response', detail, extra);
}
