import { crmError, type CrmError } from '../errors';
import { SfErrorBodySchema } from './schemas';

const NOT_VALID_FOR_REST = /not valid for use with the REST API/i;

/**
 * SOQL errors echo the statement with a caret under the fault (`\nSELECT …\n   ^\nERROR at
 * Row:1:Column:16\n<message>`): keep the message, not the echo, as the detail a person may read.
 */
export function soqlErrorMessage(message: string): string {
  const at = /ERROR at Row:\d+:Column:\d+\s*\n/.exec(message);
  return (at ? message.slice(at.index + at[0].length) : message).trim();
}

/** The field an INVALID_FIELD message names: `No such column 'X' on entity …` / `… on sobject of type …`. */
export function invalidFieldName(message: string, fields?: readonly string[]): string | undefined {
  return /column '([^']+)'/.exec(message)?.[1] ?? /field '?([\w.]+__c)'?/i.exec(message)?.[1] ?? fields?.[0];
}

/**
 * A Salesforce error answer (HTTP status + body `[{message, errorCode, fields?}]`) as a typed
 * error. The CRM's own message is kept as `detail`; the kind decides what the panel says.
 */
export function salesforceError(status: number, body: unknown): CrmError {
  const parsed = SfErrorBodySchema.safeParse(body);
  const first = parsed.success ? parsed.data[0] : undefined;
  const code = first?.errorCode;
  const message = soqlErrorMessage(first?.message ?? '');
  const detail = message || `HTTP ${status}`;
  const extra = { httpStatus: status, ...(code ? { code } : {}) };

  if (code === 'INVALID_SESSION_ID' || status === 401) {
    // The org knows the session but refuses it for the API: API Access Control (or a connected-app
    // policy) blocks browser (cookie) sessions. Logging in again would not help, so it is not an expiry.
    return NOT_VALID_FOR_REST.test(message)
      ? crmError('no-api-access', `${detail} — API Access Control refuses browser (cookie) sessions`, extra)
      : crmError('session-expired', detail, extra);
  }
  switch (code) {
    case 'API_DISABLED_FOR_ORG':
    case 'API_CURRENTLY_DISABLED':
    case 'INSUFFICIENT_ACCESS':
    case 'INSUFFICIENT_ACCESS_OR_READONLY':
    case 'FUNCTIONALITY_NOT_ENABLED':
      return crmError('no-api-access', detail, extra);
    case 'REQUEST_LIMIT_EXCEEDED':
      return crmError('rate-limited', detail, extra);
    case 'INVALID_FIELD': {
      const field = invalidFieldName(message, first?.fields);
      return crmError('invalid-field', detail, { ...extra, ...(field ? { field } : {}) });
    }
    case 'INVALID_TYPE':
      return crmError('unsupported-object', detail, extra);
    case 'NOT_FOUND':
    case 'ENTITY_IS_DELETED':
      return status >= 500 ? crmError('server-error', detail, extra) : crmError('not-found', detail, extra);
    case 'MALFORMED_QUERY':
    case 'MALFORMED_ID':
    case 'INVALID_QUERY_FILTER_OPERATOR':
    case 'INVALID_QUERY_LOCATOR':
    case 'JSON_PARSER_ERROR':
      return crmError('bad-request', detail, extra);
    default:
  }
  if (status === 403) return crmError('no-api-access', detail, extra);
  if (status === 404) return crmError('not-found', detail, extra);
  if (status === 429) return crmError('rate-limited', detail, extra);
  if (status >= 500) return crmError('server-error', detail, extra);
  // A 4xx with the documented body is a request the org refused; anything else is not Salesforce talking.
  return crmError(parsed.success ? 'bad-request' : 'bad-response', detail, extra);
}
