import { storedValue } from '../browser/local-storage-item';

/**
 * Every open panel and VOC page watches this key, so a note saved in one tab shows in the
 * others at once (storage.onChanged reaches every extension page, frames included).
 */
export const notesChanged = storedValue('notes.changed', (raw) =>
  raw && typeof raw === 'object' && typeof (raw as { accountKey?: unknown }).accountKey === 'string'
    ? (raw as { accountKey: string; at: string })
    : null,
);

export async function announceNotesChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await notesChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}
