import { AccountSnapshotSchema, type AccountSnapshot } from '../crm/snapshot';
import { openStore } from './db';

export interface CachedSnapshot {
  savedAt: string;
  snapshot: AccountSnapshot;
}

/** The last snapshot stored for a record, if it still parses (an old or corrupt one is ignored). */
export async function readCachedSnapshot(key: string): Promise<CachedSnapshot | null> {
  const db = await openStore();
  const row = await db.get('snapshots', key);
  if (!row) return null;
  const parsed = AccountSnapshotSchema.safeParse(row.snapshot);
  return parsed.success ? { savedAt: row.savedAt, snapshot: parsed.data } : null;
}

export async function writeCachedSnapshot(key: string, snapshot: AccountSnapshot, savedAt: Date): Promise<void> {
  const db = await openStore();
  await db.put('snapshots', { key, savedAt: savedAt.toISOString(), snapshot });
}
