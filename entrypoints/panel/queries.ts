import { queryOptions, skipToken } from '@tanstack/react-query';
import { CrmQueryError } from '../../lib/crm/errors';
import { profileOf } from '../../lib/crm/profiles';
import { crmClient } from '../../lib/messages/crm-client';
import { readPageTitleViaBackground } from '../../lib/messages/page-client';
import { readCachedSnapshotViaBackground as readCachedSnapshot, readHealthHistoryViaBackground } from '../../lib/messages/store-client';
import { recordKey, type RecordRef } from '../../lib/pages/record-ref';

// The panel's queries, one factory each: a key is spelled once, and a page that sets or
// invalidates a query takes the key from here. The renewal checklist's is shared with the popup
// and the book (components/checklist/queries.ts).

const key = (ref: RecordRef) =>
  ['snapshot', ref.crm, ref.crm === 'hubspot' ? ref.portalId : ref.host, ref.objectType, ref.recordId] as const;

/** What IndexedDB remembers of the record: paints at once, before any request. */
export const cachedSnapshotQuery = (ref: RecordRef) =>
  queryOptions({
    queryKey: [...key(ref), 'cached'],
    queryFn: () => readCachedSnapshot(recordKey(ref)),
    staleTime: Infinity,
  });

/** The live snapshot from the record's CRM, fetched (and stored for the next visit) by the background. */
export const accountSnapshotQuery = (ref: RecordRef) =>
  queryOptions({
    queryKey: [...key(ref), 'live'],
    queryFn: async () => {
      const result = await crmClient.loadSnapshot(ref);
      if (!result.ok) throw new CrmQueryError(result.error);
      return result.value;
    },
    // An expired browser login recovers by itself once the user has logged in again: while the
    // error is on screen, look again every few seconds. A refused pasted token (a CRM connected
    // in Settings) does not recover without the user, so it is not asked again and again.
    refetchInterval: (query) =>
      query.state.error instanceof CrmQueryError &&
      query.state.error.crm.kind === 'session-expired' &&
      profileOf(ref.crm).login === 'browser'
        ? 5_000
        : false,
  });

/** The account's stored daily health scores (the 7 / 30 / 90-day trend); waits until the account is known. */
export const healthHistoryQuery = (accountKey: string | null) =>
  queryOptions({
    queryKey: ['health-history', accountKey],
    queryFn: accountKey ? () => readHealthHistoryViaBackground(accountKey) : skipToken,
  });

/** The CRM tab's title: names the record while there is no CRM data. */
export const pageTitleQuery = (record: RecordRef) =>
  queryOptions({ queryKey: ['page-title', recordKey(record)], queryFn: readPageTitleViaBackground, staleTime: 5_000 });
