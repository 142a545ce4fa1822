import type { CrmSchema } from '../../lib/crm/schema';
import { describeOrg } from '../../lib/crm/salesforce/describe';
import { fetchAccountSnapshot } from '../../lib/crm/salesforce/fetch-account-snapshot';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import type { SalesforceSettings } from '../../lib/settings/salesforce-settings';
import type { SalesforceApiOptions } from '../sample-crm/salesforce-api';
import { ACME_SALESFORCE_SETTINGS } from './acme-settings';
import { sampleSalesforce } from './sample-fetch';

// The sample Acme org, described, and one account view read from it: for the tests of
// lib/crm/salesforce/fetch-account-snapshot and of what else reaches that org.

export const today = new Date('2026-11-22T12:00:00Z');
const host = 'acme.lightning.force.com';
export const ref = (objectType: string, recordId: string) => ({ crm: 'salesforce' as const, host, objectType, recordId });

/** The sample Acme org behind a fake `fetch` (in-process, no sockets), already described (the count starts after). */
export async function sampleOrg(options: SalesforceApiOptions = {}) {
  const org = sampleSalesforce(today, options);
  const described = await describeOrg(org.session, null, { fetch: org.fetch, now: () => today });
  if (!described.ok) throw new Error(described.error.detail);
  org.api.resetCount();
  return { ...org, schema: described.value as CrmSchema };
}
type Org = Awaited<ReturnType<typeof sampleOrg>>;

/** The view of the account behind a record page, as the panel asks for it. */
export async function view(
  org: Org,
  objectType: string,
  recordId: string,
  settings: SalesforceSettings = ACME_SALESFORCE_SETTINGS,
  fetch = org.fetch,
) {
  return fetchAccountSnapshot(ref(objectType, recordId), org.session, settings, org.schema, {
    fetch,
    now: () => today,
    today: '2026-11-22',
  });
}
export async function snapshotOf(org: Org, objectType: string, recordId: string, settings?: SalesforceSettings): Promise<AccountSnapshot> {
  const result = await view(org, objectType, recordId, settings);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.detail}`);
  return result.value.snapshot;
}
