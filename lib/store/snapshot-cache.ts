import { z } from 'zod';
import type { AccountSnapshot } from '../crm/snapshot.ts';
import { announceChange } from './changes.ts';
import { openStore, writeTransaction } from './db.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

/**
 * The row is checked here; the snapshot inside is stored and returned as unknown: the caller
 * validates it with the CRM's AccountSnapshotSchema, which may have changed since it was saved.
 */
const CachedRowSchema = z.object({ key: z.string().min(1), savedAt: z.iso.datetime(), snapshot: z.unknown() });
export type CachedEntry = { key: string; savedAt: string; snapshot: unknown };

/** A cached snapshot once the caller has validated it. */
export type CachedSnapshot = { savedAt: string; snapshot: AccountSnapshot };

/** The latest snapshot saved for a record key, not yet validated; null when there is none. */
export async function readCachedSnapshot(key: string): Promise<CachedEntry | null> {
  const db = await openStore();
  return parseRecord('snapshots', await db.get('snapshots', key), CachedRowSchema) as CachedEntry | null;
}

/** Every cached snapshot (the popup's portfolio), not yet validated. */
export async function listCachedSnapshots(): Promise<CachedEntry[]> {
  const db = await openStore();
  return parseRecords('snapshots', await db.getAll('snapshots'), CachedRowSchema) as CachedEntry[];
}

/** Replaces the cached snapshot of a record key. */
export async function writeCachedSnapshot(key: string, snapshot: unknown, savedAt: Date): Promise<StoreResult<null>> {
  const result = await guardWrite(async () => {
    await writeTransaction(['snapshots'], (tx) => tx.objectStore('snapshots').put({ key, savedAt: savedAt.toISOString(), snapshot }));
    return { ok: true as const, value: null };
  });
  if (result.ok) announceChange({ store: 'snapshots', accountKey: key });
  return result;
}
