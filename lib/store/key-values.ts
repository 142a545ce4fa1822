import { z } from 'zod';
import { openStore, writeTransaction } from './db.ts';
import { parseRecord } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

const RowSchema = z.object({ key: z.string().min(1), savedAt: z.iso.datetime(), value: z.unknown() });
export type KeyValueRow = z.infer<typeof RowSchema>;

/**
 * A key → value store of the background: connector caches (an org's schema, a portal's
 * pipelines) and secrets (tokens). Values are returned unparsed with their saving time: the
 * connector that wrote one validates it with its own schema.
 */
function keyValueStore(name: 'connectorCache' | 'secrets') {
  return {
    async get(key: string): Promise<KeyValueRow | null> {
      const db = await openStore();
      return parseRecord(name, await db.get(name, key), RowSchema);
    },
    set(key: string, value: unknown, savedAt: Date): Promise<StoreResult<null>> {
      return guardWrite(async () => {
        await writeTransaction([name], (tx) => tx.objectStore(name).put({ key, savedAt: savedAt.toISOString(), value }));
        return { ok: true as const, value: null };
      });
    },
    delete(key: string): Promise<StoreResult<null>> {
      return guardWrite(async () => {
        await writeTransaction([name], (tx) => tx.objectStore(name).delete(key));
        return { ok: true as const, value: null };
      });
    },
    async keys(prefix = ''): Promise<string[]> {
      const db = await openStore();
      const all = await db.getAllKeys(name);
      return all.filter((k) => k.startsWith(prefix));
    },
  };
}

export const connectorCacheStore = keyValueStore('connectorCache');
/** Only the background opens the store, so secrets never reach a page or a content script. */
export const secretStore = keyValueStore('secrets');
