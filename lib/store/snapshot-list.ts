import { accountKeyOf, AccountSnapshotSchema, type AccountSnapshot } from '../crm/snapshot';
import { openStore } from './db';

/**
 * The latest cached snapshot of every account the CSM has opened (one per account, however many
 * of its records were visited): the popup's portfolio.
 */
export async function latestSnapshotPerAccount(): Promise<Array<{ savedAt: string; snapshot: AccountSnapshot }>> {
  const db = await openStore();
  const latest = new Map<string, { savedAt: string; snapshot: AccountSnapshot }>();
  for (const row of await db.getAll('snapshots')) {
    const parsed = AccountSnapshotSchema.safeParse(row.snapshot);
    if (!parsed.success) continue;
    const key = accountKeyOf(parsed.data);
    const seen = latest.get(key);
    if (!seen || seen.savedAt < row.savedAt) latest.set(key, { savedAt: row.savedAt, snapshot: parsed.data });
  }
  return [...latest.values()];
}
