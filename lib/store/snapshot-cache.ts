import { z } from 'zod';
import type { AccountSnapshot } from '../crm/snapshot.ts';
import { openStore, writeTransaction } from './db.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

/**
 * The row is checked here; the snapshot inside is stored and returned as unknown: the caller
 * validates it with the CRM's AccountSnapshotSchema, which may have changed since it was saved.
 */
const CachedRowSchema = z.object({ key: z.string().min(1), savedAt: z.iso.datetime(), snapshot: z.unknown() });
export type CachedEntry = { key: string; savedAt: string; snapshot: unknown };
// openedAt: when the CSM last opened the record (absent in rows saved before retention).
const RetentionRowSchema = CachedRowSchema.extend({ openedAt: z.iso.datetime().optional() }).loose();
const DAY_MS = 86_400_000;
const lastOpened = (row: { savedAt: string; openedAt?: string }) => Date.parse(row.openedAt ?? row.savedAt);

/** A cached snapshot once the caller has validated it. */
export type CachedSnapshot = { savedAt: string; snapshot: AccountSnapshot };

/** The latest snapshot saved for a record key, not yet validated; null when there is none. */
export async function readCachedSnapshot(key: string): Promise<CachedEntry | null> {
  const db = await openStore();
  return parseRecord('snapshots', await db.get('snapshots', key), CachedRowSchema) as CachedEntry | null;
}

/**
 * The cached snapshot of a record the CSM opens now: as readCachedSnapshot, and the entry's
 * retention clock restarts (evictUnopenedSnapshots keeps what was opened lately). Touched at
 * most once a day, so opening a record does not cost a write each time.
 */
export async function openCachedSnapshot(key: string, now: Date): Promise<CachedEntry | null> {
  const entry = await readCachedSnapshot(key);
  if (entry) {
    await guardWrite(() =>
      writeTransaction(['snapshots'], async (tx) => {
        const row = RetentionRowSchema.safeParse(await tx.objectStore('snapshots').get(key));
        if (row.success && now.getTime() - lastOpened(row.data) >= DAY_MS)
          await tx.objectStore('snapshots').put({ ...row.data, openedAt: now.toISOString() });
        return { ok: true as const, value: null };
      }),
    );
  }
  return entry;
}

/** Every cached snapshot (the popup's portfolio), not yet validated. */
export async function listCachedSnapshots(): Promise<CachedEntry[]> {
  const db = await openStore();
  return parseRecords('snapshots', await db.getAll('snapshots'), CachedRowSchema) as CachedEntry[];
}

/** Replaces the cached snapshot of a record key. */
export async function writeCachedSnapshot(key: string, snapshot: unknown, savedAt: Date): Promise<StoreResult<null>> {
  const result = await guardWrite(async () => {
    // Saved because the record was opened: the retention clock starts now.
    await writeTransaction(['snapshots'], (tx) =>
      tx.objectStore('snapshots').put({ key, savedAt: savedAt.toISOString(), openedAt: savedAt.toISOString(), snapshot }),
    );
    return { ok: true as const, value: null };
  });
  return result;
}

/**
 * Removes the snapshots of records not opened for `days` days: they hold contacts' names and
 * e-mails, and the CRM gives them back the next time the record is opened. A row too damaged to
 * date goes too (nothing can read it).
 */
export async function evictUnopenedSnapshots(days: number, now: Date): Promise<StoreResult<{ evicted: number }>> {
  const cutoff = now.getTime() - days * DAY_MS;
  const result = await guardWrite(() =>
    writeTransaction(['snapshots'], async (tx) => {
      let evicted = 0;
      let cursor = await tx.objectStore('snapshots').openCursor();
      while (cursor) {
        const row = RetentionRowSchema.safeParse(cursor.value);
        if (!row.success || lastOpened(row.data) < cutoff) {
          await cursor.delete();
          evicted += 1;
        }
        cursor = await cursor.continue();
      }
      return { ok: true as const, value: { evicted } };
    }),
  );
  return result;
}
