import { AccountSnapshotSchema, type AccountSnapshot, type SnapshotPartKey } from './snapshot';

const PARTS: readonly SnapshotPartKey[] = ['tickets', 'opportunities', 'contracts', 'contacts', 'nps', 'usage', 'invoices'];

/**
 * What to keep for the next visit: the new snapshot, except that a part which failed this time
 * keeps the last good copy (with its own, older "as of") instead of overwriting it with the
 * failure. A passing rate limit or outage must not erase the data a CSM last saw.
 */
export function keepGoodParts(next: AccountSnapshot, previous: unknown): AccountSnapshot {
  const parsed = AccountSnapshotSchema.safeParse(previous);
  if (!parsed.success || parsed.data.account.id !== next.account.id) return next;
  const kept: AccountSnapshot = { ...next };
  for (const key of PARTS) {
    const before = parsed.data[key];
    if (next[key].status === 'error' && before.status === 'ok') (kept as Record<SnapshotPartKey, unknown>)[key] = before;
  }
  return kept;
}
