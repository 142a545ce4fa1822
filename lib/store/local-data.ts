import { z } from 'zod';
import { openStore } from './db.ts';

/** What "Delete all local data" removes from the store, counted per kind for its confirmation. */
export const LocalDataCountsSchema = z.object({
  notes: z.number().int().nonnegative(),
  drafts: z.number().int().nonnegative(),
  snapshots: z.number().int().nonnegative(),
  healthHistory: z.number().int().nonnegative(),
  checklists: z.number().int().nonnegative(),
  connectorCache: z.number().int().nonnegative(),
  secrets: z.number().int().nonnegative(),
  /** Keys in storage.local: settings and UI state (counted by the caller). */
  settings: z.number().int().nonnegative(),
});
export type LocalDataCounts = z.infer<typeof LocalDataCountsSchema>;

const STORES = ['notes', 'drafts', 'snapshots', 'healthHistory', 'checklists', 'connectorCache', 'secrets'] as const;

/** Rows in each IndexedDB store (deleted notes awaiting purge count as notes: they go too). */
export async function countStoredRecords(): Promise<Omit<LocalDataCounts, 'settings'>> {
  const db = await openStore();
  const tx = db.transaction([...STORES]);
  const counts = await Promise.all(STORES.map((name) => tx.objectStore(name).count()));
  await tx.done;
  return Object.fromEntries(STORES.map((name, i) => [name, counts[i]!])) as Omit<LocalDataCounts, 'settings'>;
}
