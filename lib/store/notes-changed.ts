import { storedValue } from '../browser/local-storage-item';

/** "An account's records changed" ('*' for many), kept in storage.local under `key`. */
const accountSignal = (key: string) =>
  storedValue(key, (raw) =>
    raw && typeof raw === 'object' && typeof (raw as { accountKey?: unknown }).accountKey === 'string'
      ? (raw as { accountKey: string; at: string })
      : null,
  );

/**
 * Every open panel and VOC page watches this key, so a note saved in one tab shows in the
 * others at once (storage.onChanged reaches every extension page, frames included).
 */
export const notesChanged = accountSignal('notes.changed');

/** The same for account plans (panel, popup, VOC page's churn reasons). */
export const plansChanged = accountSignal('plans.changed');

export async function announceNotesChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await notesChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}

export async function announcePlansChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await plansChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}
