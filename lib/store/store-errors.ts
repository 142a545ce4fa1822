import type { Note } from './note-schema';

export type StoreError =
  | { kind: 'quota-exceeded' }
  | { kind: 'conflict'; current: Note }
  | { kind: 'not-found' }
  | { kind: 'failed'; detail: string };

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** Runs one write; a full disk or any IndexedDB failure comes back as a value, nothing half-written. */
export async function guardWrite<T>(write: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await write();
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    if (name === 'QuotaExceededError') return { ok: false, error: { kind: 'quota-exceeded' } };
    return { ok: false, error: { kind: 'failed', detail: error instanceof Error ? error.message : String(error) } };
  }
}
