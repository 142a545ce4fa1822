import { ImportedSignalSchema, type ImportedSignal } from '../imports/kinds.ts';
import { planSave } from '../imports/plan-save.ts';
import { openStore, writeTransaction } from './db.ts';
import { parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

export interface SaveCounts {
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * Saves checked rows in one transaction: a new identity is added, a changed value replaces the
 * stored one, the same value is left as it was (so importing a file again writes nothing).
 * Rows are parsed first: this is an edge, whatever page sent them.
 */
export function saveImportedSignals(rows: readonly unknown[]): Promise<StoreResult<SaveCounts>> {
  return guardWrite(async () => {
    const incoming = rows.map((r) => ImportedSignalSchema.parse(r));
    return writeTransaction(['importedSignals'], async (tx) => {
      const store = tx.objectStore('importedSignals');
      const stored = new Map<string, ImportedSignal>();
      const found = await Promise.all(incoming.map((r) => store.get(r.id)));
      for (const row of parseRecords(
        'importedSignals',
        found.filter((f) => f !== undefined),
        ImportedSignalSchema,
      ))
        stored.set(row.id, row);
      const plan = planSave(stored, incoming);
      await Promise.all(plan.writes.map((w) => store.put(w)));
      return { ok: true as const, value: { added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged } };
    });
  });
}

/** Every imported row of one account (`crm:source:accountId`). */
export async function readImportedSignals(accountKey: string): Promise<ImportedSignal[]> {
  const db = await openStore();
  return parseRecords('importedSignals', await db.getAllFromIndex('importedSignals', 'byAccount', accountKey), ImportedSignalSchema);
}
