import { z } from 'zod';
import { openStore } from './db';
import { guardWrite, type StoreResult } from './store-errors';

const ChecklistSchema = z.object({ accountKey: z.string(), renewalDate: z.string(), checked: z.record(z.string(), z.string()) });
export type Checklist = z.infer<typeof ChecklistSchema>;

/** The checked items of one renewal cycle (a new renewal date starts a fresh list). */
export async function readChecklist(accountKey: string, renewalDate: string): Promise<Checklist> {
  const db = await openStore();
  const parsed = ChecklistSchema.safeParse(await db.get('checklists', [accountKey, renewalDate]));
  return parsed.success ? parsed.data : { accountKey, renewalDate, checked: {} };
}

/** Checks or unchecks an item, with the time it was checked; one transaction. */
export async function setChecklistItem(accountKey: string, renewalDate: string, item: string, checked: boolean, now: Date): Promise<StoreResult<Checklist>> {
  return guardWrite(async () => {
    const db = await openStore();
    const tx = db.transaction('checklists', 'readwrite');
    const current = ChecklistSchema.safeParse(await tx.store.get([accountKey, renewalDate]));
    const items = { ...(current.success ? current.data.checked : {}) };
    if (checked) items[item] = now.toISOString();
    else delete items[item];
    const next = { accountKey, renewalDate, checked: items };
    await tx.store.put(next);
    await tx.done;
    return { ok: true, value: next };
  });
}
