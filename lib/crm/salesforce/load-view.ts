import type { SalesforceSettings } from '../../settings/salesforce-settings';
import type { RecordRef } from '../../pages/record-ref';
import type { CrmResult } from '../errors';
import type { AccountSnapshot } from '../snapshot';
import { fetchAccountSnapshot, type SnapshotDeps } from './fetch-account-snapshot';
import { orgSchema, type SchemaDeps } from './schema-cache';
import type { SalesforceSession } from './session';

type SalesforceRef = Extract<RecordRef, { crm: 'salesforce' }>;

/**
 * An account view that knows the org first: the schema from the cache (no request while it is
 * less than a day old) or from one describe call, then the view's one composite call built from
 * it. When the org refuses a field or object the cached schema listed (INVALID_FIELD /
 * INVALID_TYPE), the schema is read again at once and the view retried once.
 */
export async function loadSalesforceView(
  ref: SalesforceRef,
  session: SalesforceSession,
  settings: SalesforceSettings,
  deps: SnapshotDeps & SchemaDeps,
): Promise<CrmResult<AccountSnapshot>> {
  const known = await orgSchema(session, deps);
  if (!known.ok) return known;
  const first = await fetchAccountSnapshot(ref, session, settings, known.value.schema, deps);
  if (!first.ok) return first;
  // A schema described a moment ago is as fresh as it gets: describing again would not help.
  if (!first.value.staleSchema || known.value.described) return { ok: true, value: first.value.snapshot };
  const fresh = await orgSchema(session, deps, { force: true });
  if (!fresh.ok) return { ok: true, value: first.value.snapshot };
  const second = await fetchAccountSnapshot(ref, session, settings, fresh.value.schema, deps);
  return second.ok ? { ok: true, value: second.value.snapshot } : second;
}
