import { z } from 'zod';
import { openStore, writeTransaction } from './db.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

const isoTime = z.iso.datetime();

export const ChecklistSchema = z.object({
  accountKey: z.string().min(1),
  /** The renewal cycle, YYYY-MM-DD: a new renewal date starts a fresh list. */
  renewalDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Item id → when it was checked. An unchecked item is absent. */
  checked: z.record(z.string(), isoTime),
  /** The last change (absent in lists stored before v4): a backup restore keeps the newer list. */
  updatedAt: isoTime.optional(),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

/** The checked items of one renewal cycle (empty when nothing was checked yet). */
export async function readChecklist(accountKey: string, renewalDate: string): Promise<Checklist> {
  const db = await openStore();
  return (
    parseRecord('checklists', await db.get('checklists', [accountKey, renewalDate]), ChecklistSchema) ?? {
      accountKey,
      renewalDate,
      checked: {},
    }
  );
}

/** Every renewal cycle of an account, oldest first (history of past renewals). */
export async function listChecklists(accountKey: string): Promise<Checklist[]> {
  const db = await openStore();
  const rows = await db.getAll('checklists', IDBKeyRange.bound([accountKey, ''], [accountKey, '\uffff']));
  return parseRecords('checklists', rows, ChecklistSchema);
}

/** Checks or unchecks an item, with the time it was checked; read and write in one transaction. */
export async function setChecklistItem(
  accountKey: string,
  renewalDate: string,
  item: string,
  checked: boolean,
  now: Date,
): Promise<StoreResult<Checklist>> {
  const result = await guardWrite(() =>
    writeTransaction(['checklists'], async (tx) => {
      const store = tx.objectStore('checklists');
      const current = parseRecord('checklists', await store.get([accountKey, renewalDate]), ChecklistSchema);
      const items = { ...current?.checked };
      if (checked) items[item] = current?.checked[item] ?? now.toISOString();
      else delete items[item];
      const next = ChecklistSchema.parse({ accountKey, renewalDate, checked: items, updatedAt: now.toISOString() });
      await store.put(next);
      return { ok: true as const, value: next };
    }),
  );
  return result;
}
