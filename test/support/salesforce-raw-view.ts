import { toAccountSnapshot, type RawAccountView } from '../../lib/crm/salesforce/map-snapshot';
import type { SalesforceSettings } from '../../lib/settings/salesforce-settings';
import { ACME_SALESFORCE_SETTINGS } from './acme-settings';

// One Acme account view as the composite call answers it (Northwind Analytics, no child records),
// for the tests of lib/crm/salesforce/map-snapshot: each changes only what it is about.

export const ctx = (s: SalesforceSettings = ACME_SALESFORCE_SETTINGS) => ({
  settings: s,
  pageHost: 'acme.lightning.force.com',
  orgId: '00DSa0000000001',
  fetchedAt: '2026-11-22T12:00:00.000Z',
  today: '2026-11-22',
});
/** A child list the org answered. */
export const ok = (records: Array<Record<string, unknown>>) => ({ ok: true as const, records });
export const account = (extra: Record<string, unknown> = {}) => ({
  attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/001Sa0000000001IAA' },
  Id: '001Sa0000000001IAA',
  Name: 'Northwind Analytics',
  Type: 'Customer - Direct',
  Industry: 'Technology',
  OwnerId: '005Sa0000000001IAA',
  CreatedDate: '2025-10-18T09:00:00.000+0000',
  LastActivityDate: '2026-11-19',
  ARR__c: 120000,
  Licensed_Seats__c: 100,
  Active_Users__c: 86,
  Active_Users_Prev_Period__c: 80,
  Last_Login__c: '2026-11-21T09:00:00.000+0000',
  Champion__c: '003Sa0000000001IAA',
  Renewal_Date__c: '2027-01-06',
  Oldest_Overdue_Invoice_Date__c: null,
  ...extra,
});
export const view = (over: Partial<RawAccountView> = {}): RawAccountView => ({
  account: account(),
  ownerName: 'Dana Whitfield',
  champion: null,
  cases: ok([]),
  opportunities: ok([]),
  contracts: ok([]),
  contacts: ok([]),
  nps: ok([]),
  ...over,
});
/** The view mapped with these settings; a test fails on a mapping error. */
export const snapshot = (over: Partial<RawAccountView> = {}, s: SalesforceSettings = ACME_SALESFORCE_SETTINGS) => {
  const result = toAccountSnapshot(view(over), ctx(s));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
};
