import { queryOptions } from '@tanstack/react-query';
import type { CrmError } from '../../lib/crm/errors';
import { recordKey, type RecordRef } from '../../lib/pages/record-ref';
import { readCachedSnapshotViaBackground as readCachedSnapshot, writeCachedSnapshotViaBackground as writeCachedSnapshot } from '../../lib/messages/store-client';
import { loadSnapshot, requestSalesforceSession } from './load-snapshot';

/** A CRM failure carried through TanStack Query as an error with its typed value. */
export class CrmQueryError extends Error {
  readonly crm: CrmError;
  constructor(error: CrmError) {
    super(error.detail);
    this.crm = error;
  }
}

const key = (ref: RecordRef) => ['snapshot', ref.crm, ref.crm === 'hubspot' ? ref.portalId : ref.host, ref.objectType, ref.recordId] as const;

/** What IndexedDB remembers of the record: paints at once, before any request. */
export const cachedSnapshotQuery = (ref: RecordRef) =>
  queryOptions({
    queryKey: [...key(ref), 'cached'],
    queryFn: () => readCachedSnapshot(recordKey(ref)),
    staleTime: Infinity,
  });

/**
 * The user's session for an org, asked for as soon as the panel opens (in parallel with the
 * cache read), so the first request leaves without waiting for it.
 */
export const salesforceSessionQuery = (pageHost: string) =>
  queryOptions({
    queryKey: ['salesforce-session', pageHost],
    queryFn: () => requestSalesforceSession(pageHost),
    staleTime: 5_000,
  });

/** The live snapshot from the CRM; stored for the next visit when it arrives. */
export const accountSnapshotQuery = (ref: RecordRef) =>
  queryOptions({
    queryKey: [...key(ref), 'live'],
    queryFn: async ({ signal, client }) => {
      const result = await loadSnapshot(ref, signal, (host) => client.fetchQuery(salesforceSessionQuery(host)));
      if (!result.ok) {
        // A new login brings a new sid: look it up again next time.
        if (result.error.kind === 'session-expired' || result.error.kind === 'not-connected') client.removeQueries({ queryKey: ['salesforce-session'] });
        throw new CrmQueryError(result.error);
      }
      await writeCachedSnapshot(recordKey(ref), result.value, new Date()).catch(() => undefined);
      return result.value;
    },
    // An expired session recovers by itself once the user has logged in again: while the error
    // is on screen, look again every few seconds.
    refetchInterval: (query) => (query.state.error instanceof CrmQueryError && query.state.error.crm.kind === 'session-expired' ? 5_000 : false),
  });
