import type { z } from 'zod';
import type { Note } from './note-schema.ts';

/** Why a write did not happen. Nothing was written in every case (one transaction per write). */
export type StoreError =
  | { kind: 'quota-exceeded' }
  | { kind: 'conflict'; current: Note }
  | { kind: 'not-found' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'failed'; detail: string };

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** Runs one write; a full disk or any IndexedDB failure comes back as a value, nothing half-written. */
export async function guardWrite<T>(write: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
  try {
    return await write();
  } catch (error) {
    return { ok: false, error: toStoreError(error) };
  }
}

/**
 * Browsers disagree on how a full disk looks: Chromium and Firefox name the DOMException
 * QuotaExceededError, old Firefox had NS_ERROR_DOM_QUOTA_REACHED, and an aborted transaction
 * carries the cause in `error` (idb rejects `tx.done` with it).
 */
export function toStoreError(error: unknown): StoreError {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { kind: 'quota-exceeded' };
  if (name === 'ZodError') return { kind: 'invalid', detail: describeIssue(error as z.ZodError) };
  return { kind: 'failed', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
}

/** The first problem zod found, as "tags.0: expected string" (enough to find the bad field). */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Things that went wrong without failing the caller: a stored record that no longer parses
 * (skipped, never allowed to break a list), another tab upgrading the schema (our connection
 * closes so it is not blocked), a failed migration.
 */
export type StoreProblem =
  | { kind: 'corrupt-record'; store: string; key: string; issue: string }
  | { kind: 'version-change'; detail: string }
  | { kind: 'blocked'; detail: string }
  | { kind: 'terminated' }
  | { kind: 'migration-failed'; fromVersion: number; detail: string };

/** Says it on the console: a problem that does not fail the caller is still never silent. */
export function reportStoreProblem(problem: StoreProblem): void {
  console.warn('[success-lens store]', problem);
}
