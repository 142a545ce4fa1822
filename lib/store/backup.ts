import { z } from 'zod';
import { openStore } from './db';
import { NoteSchema, type Note } from './note-schema';
import { guardWrite, type StoreResult } from './store-errors';

const HistoryRowSchema = z.object({ accountKey: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), score: z.number().min(0).max(100).nullable() });

export const BackupSchema = z.object({
  format: z.literal('success-lens-backup'),
  version: z.literal(1),
  exportedAt: z.string(),
  notes: z.array(NoteSchema),
  healthHistory: z.array(HistoryRowSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Everything the CSM wrote or the extension learned over time (not the snapshot cache, which the CRM refills). */
export async function exportBackup(now: Date): Promise<Backup> {
  const db = await openStore();
  const notes = (await db.getAll('notes')).map((r) => NoteSchema.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
  const healthHistory = (await db.getAll('healthHistory')).map((r) => HistoryRowSchema.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
  return { format: 'success-lens-backup', version: 1, exportedAt: now.toISOString(), notes, healthHistory };
}

export type RestoreSummary = { added: number; updated: number; unchanged: number };

/** Why a file is not a backup we can restore, in the CSM's terms. */
export function describeBackupProblem(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return 'not-json-object';
  const format = (raw as { format?: unknown }).format;
  if (format !== 'success-lens-backup') return 'not-a-backup';
  if ((raw as { version?: unknown }).version !== 1) return 'unknown-version';
  return BackupSchema.safeParse(raw).success ? null : 'damaged';
}

/**
 * Merges a backup into the store in one transaction: a note already here is replaced only by a
 * newer version of itself; nothing is duplicated; a bad file changes nothing.
 */
export async function restoreBackup(raw: unknown): Promise<StoreResult<RestoreSummary> | { ok: false; error: { kind: 'invalid-backup'; reason: string } }> {
  const problem = describeBackupProblem(raw);
  if (problem) return { ok: false, error: { kind: 'invalid-backup', reason: problem } };
  const backup = BackupSchema.parse(raw);
  return guardWrite(async () => {
    const db = await openStore();
    const tx = db.transaction(['notes', 'healthHistory'], 'readwrite');
    const summary: RestoreSummary = { added: 0, updated: 0, unchanged: 0 };
    for (const note of backup.notes) {
      const current = NoteSchema.safeParse(await tx.objectStore('notes').get(note.id));
      if (!current.success) {
        summary.added += 1;
        await tx.objectStore('notes').put(note);
      } else if (isNewer(note, current.data)) {
        summary.updated += 1;
        await tx.objectStore('notes').put(note);
      } else summary.unchanged += 1;
    }
    for (const row of backup.healthHistory) {
      if (!(await tx.objectStore('healthHistory').get([row.accountKey, row.day]))) await tx.objectStore('healthHistory').put(row);
    }
    await tx.done;
    return { ok: true, value: summary };
  });
}

function isNewer(candidate: Note, current: Note): boolean {
  return candidate.updatedAt > current.updatedAt || (candidate.updatedAt === current.updatedAt && candidate.revision > current.revision);
}
