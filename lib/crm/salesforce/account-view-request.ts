import type { SalesforceSettings } from '../../settings/salesforce-settings';
import type { CrmSchema } from '../schema';
import { ACTIVITY_READS, activityFields } from './activities';
import { API_BASE } from './client';
import {
  ACCOUNT_LINK,
  accountQueries,
  fieldName,
  hasField,
  LISTS,
  recordIdOrReference,
  selectable,
  unmappableSettings,
  type ListName,
  type ListPlan,
} from './queries';
import type { SfCompositeRequest, SfCompositeSubrequest } from './schemas';

/** The reference ids of one account view's subrequests. */
export type SubrequestName = 'record' | 'account' | 'owner' | 'champion' | 'tasks' | 'events' | ListName;

/**
 * The composite request of one account view — one round trip. The Account is read with an sObject
 * GET (not a query: queries are limited to five per composite call, and the five lists need them
 * all). On a Contact, Opportunity, Case or Contract page the first subrequest reads the record's
 * AccountId and the others refer to it (`@{record.AccountId}`). allOrNone is false: a list the
 * org cannot answer fails on its own.
 *
 * The Account row is read whole (no `fields=`): a mapped field the org lacks then blanks only the
 * part it feeds (the mapper sees it missing from the row) instead of failing the account and with
 * it the whole view; CurrencyIsoCode, which exists only in multi-currency orgs, comes when present.
 */
export function buildCompositeRequest(
  ref: { objectType: string; recordId: string },
  settings: SalesforceSettings,
  schema: CrmSchema,
): { request: SfCompositeRequest; lists: Record<ListName, ListPlan> } {
  const link = ACCOUNT_LINK[ref.objectType];
  if (link === undefined) throw new TypeError(`No account view for ${ref.objectType} records`);
  const recordId = recordIdOrReference(ref.recordId);
  const sub: SfCompositeSubrequest[] = [];
  const get = (referenceId: SubrequestName, url: string) => sub.push({ method: 'GET', url: `${API_BASE}${url}`, referenceId });

  let accountId = recordId;
  if (link !== null) {
    get('record', `/sobjects/${ref.objectType}/${recordId}?fields=${link}`);
    accountId = `@{record.${link}}`;
  }
  get('account', `/sobjects/Account/${accountId}`);
  if (hasField(schema, 'Account', 'OwnerId')) get('owner', `/sobjects/User/@{account.OwnerId}?fields=Name`);
  const f = settings.fields;
  const missing = unmappableSettings(settings, schema);
  // The champion by id, so that it is there however many contacts the account has.
  if (f.champion && !missing.includes('champion') && !missing.includes('contactLeft') && schema.objects.Contact) {
    const fields = selectable(schema, 'Contact', ['Id', 'Name', 'Email', 'Title', 'AccountId', f.contactLeft]);
    get('champion', `/sobjects/Contact/@{account.${fieldName(f.champion)}}?fields=${fields.map(fieldName).join(',')}`);
  }
  // Recent activity for the last touch, where the org has Tasks / Events (extras: a failure loses only them).
  for (const read of ACTIVITY_READS) {
    const fields = activityFields(schema, read.object, read.fields);
    if (fields) get(read.name, `/sobjects/Account/${accountId}/${read.relationship}?fields=${fields.join(',')}`);
  }
  const lists = accountQueries(settings, accountId, schema);
  for (const name of LISTS) {
    const list = lists[name];
    if (!('soql' in list)) continue;
    // The reference must stay literal for Salesforce to replace it; the rest is URL-encoded.
    const q = encodeURIComponent(list.soql).replaceAll(encodeURIComponent(accountId), accountId);
    get(name, `/query?q=${q}`);
  }
  return { request: { allOrNone: false, compositeRequest: sub }, lists };
}
