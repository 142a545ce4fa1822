import { checklistsChanged, notesChanged, plansChanged } from '../browser/stored-keys';

export async function announceNotesChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await notesChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}

export async function announcePlansChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await plansChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}

export async function announceChecklistsChanged<T extends { ok: boolean }>(accountKey: string, result: T): Promise<T> {
  if (result.ok) await checklistsChanged.set({ accountKey, at: new Date().toISOString() });
  return result;
}
