import { detectHubSpot } from './hubspot';
import type { RecordRef } from './record-ref';
import { detectSalesforce } from './salesforce';

export { recordKey, type Crm, type RecordRef } from './record-ref';
export { isSalesforceHost } from './salesforce';
export { isHubSpotHost } from './hubspot';

/** The CRM record a page shows, or null. Pure: the URL alone decides. */
export function detectRecord(url: string | URL): RecordRef | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return detectSalesforce(parsed) ?? detectHubSpot(parsed);
}
