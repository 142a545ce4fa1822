import { accountKeyOf, AccountSnapshotSchema, type AccountSnapshot } from '../crm/snapshot.ts';
import { listCachedSnapshots } from './snapshot-cache.ts';

/**
 * The latest cached snapshot of every account the CSM has opened (one per account, however many
 * of its records were visited): the popup's portfolio. Snapshots that no longer fit the CRM
 * schema are left out (the next visit refreshes them).
 */
export async function latestSnapshotPerAccount(): Promise<Array<{ savedAt: string; snapshot: AccountSnapshot }>> {
  const latest = new Map<string, { savedAt: string; snapshot: AccountSnapshot }>();
  for (const row of await listCachedSnapshots()) {
    const parsed = AccountSnapshotSchema.safeParse(row.snapshot);
    if (!parsed.success) continue;
    const key = accountKeyOf(parsed.data);
    const seen = latest.get(key);
    if (!seen || seen.savedAt < row.savedAt) latest.set(key, { savedAt: row.savedAt, snapshot: parsed.data });
  }
  return [...latest.values()];
}
