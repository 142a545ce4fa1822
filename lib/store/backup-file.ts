import type { BackupProblem } from './backup.ts';

// Apart from backup.ts so that a page can check a chosen file without loading the store.

/** Larger than any real book of notes: refused before it is read into memory. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

/** Reads a chosen file: too large or not JSON is refused before restoreBackup sees it. */
export async function readBackupFile(file: {
  size: number;
  text(): Promise<string>;
}): Promise<{ ok: true; raw: unknown } | { ok: false; problem: BackupProblem }> {
  if (file.size > BACKUP_MAX_BYTES)
    return { ok: false, problem: { reason: 'too-large', detail: `${Math.ceil(file.size / 1024 / 1024)} MB` } };
  try {
    return { ok: true, raw: JSON.parse(await file.text()) };
  } catch {
    return { ok: false, problem: { reason: 'not-json-object' } };
  }
}
