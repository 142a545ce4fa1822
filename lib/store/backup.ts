import { z } from 'zod';
import { ChecklistSchema, type Checklist } from './checklists.ts';
import { openStore, STRICT, writeTransaction } from './db.ts';
import { HealthRowSchema } from './health-history.ts';
import { NoteSchema, normaliseTags, type Note } from './note-schema.ts';
import { parseRecords } from './parse-records.ts';
import { describeIssue, guardWrite, type StoreResult } from './store-errors.ts';
import { PlanSchema, type Plan } from '../plan/plan-schema.ts';
import { ImportedSignalSchema, type ImportedSignal } from '../imports/kinds.ts';

export const BACKUP_FORMAT = 'success-lens-backup';
export const BACKUP_VERSION = 1;

export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  /** Soft-deleted notes included: a deletion travels with the backup instead of being undone by it. */
  notes: z.array(NoteSchema),
  /** Absent in the first exports (before checklists were backed up). */
  checklists: z.array(ChecklistSchema).default([]),
  healthHistory: z.array(HealthRowSchema),
  /** Account plans; absent in exports made before plans existed. */
  plans: z.array(PlanSchema).default([]),
  /** Values imported from files (usage, NPS, invoices…); absent in exports made before imports existed. */
  importedSignals: z.array(ImportedSignalSchema).default([]),
});
export type Backup = z.output<typeof BackupSchema>;

/**
 * Everything the CSM wrote or the extension learned over time: notes (deleted ones too, see
 * above), renewal checklists, the daily health history, account plans and imported values. Not the snapshot cache, which the CRM
 * refills, nor drafts. Read in one transaction, so the lists agree with each other.
 */
export async function exportBackup(now: Date): Promise<Backup> {
  const db = await openStore();
  const tx = db.transaction(['notes', 'checklists', 'healthHistory', 'plans', 'importedSignals']);
  const [notes, checklists, healthHistory, plans, importedSignals] = await Promise.all([
    tx.objectStore('notes').getAll(),
    tx.objectStore('checklists').getAll(),
    tx.objectStore('healthHistory').getAll(),
    tx.objectStore('plans').getAll(),
    tx.objectStore('importedSignals').getAll(),
  ]);
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    notes: parseRecords('notes', notes, NoteSchema),
    checklists: parseRecords('checklists', checklists, ChecklistSchema),
    healthHistory: parseRecords('healthHistory', healthHistory, HealthRowSchema),
    plans: parseRecords('plans', plans, PlanSchema),
    importedSignals: parseRecords('importedSignals', importedSignals, ImportedSignalSchema),
  };
}

/** Why a file cannot be restored; the UI has a sentence for each reason. */
export type BackupProblem = {
  reason: 'too-large' | 'not-json-object' | 'not-a-backup' | 'unknown-version' | 'damaged' | 'future-dated';
  detail?: string;
};

// Clocks of two machines differ a little; a backup dated later than that is wrong, and one of
// its notes would win every later merge (newer updatedAt wins) for ever.
const CLOCK_SKEW_MS = 5 * 60_000;

/** The first time in the backup later than `now` (plus clock skew), as "notes.3.updatedAt". */
function futureTime(backup: Backup, now: Date): string | null {
  const limit = now.getTime() + CLOCK_SKEW_MS;
  const late = (iso: string | null | undefined) => typeof iso === 'string' && Date.parse(iso) > limit;
  if (late(backup.exportedAt)) return 'exportedAt';
  for (const [i, n] of backup.notes.entries()) {
    for (const field of ['createdAt', 'updatedAt', 'deletedAt'] as const) if (late(n[field])) return `notes.${i}.${field}`;
    if (late(n.remote?.savedAt)) return `notes.${i}.remote.savedAt`;
  }
  for (const [i, list] of backup.checklists.entries()) {
    if (late(list.updatedAt) || Object.values(list.checked).some(late)) return `checklists.${i}`;
  }
  for (const [i, signal] of backup.importedSignals.entries()) if (late(signal.importedAt)) return `importedSignals.${i}.importedAt`;
  return null;
}

/** Checks a parsed file before anything is written. */
export function checkBackup(raw: unknown, now: Date = new Date()): { ok: true; backup: Backup } | { ok: false; problem: BackupProblem } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: { reason: 'not-json-object' } };
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) return { ok: false, problem: { reason: 'not-a-backup' } };
  if (version !== BACKUP_VERSION) return { ok: false, problem: { reason: 'unknown-version', detail: `version ${String(version)}` } };
  const parsed = BackupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: { reason: 'damaged', detail: describeIssue(parsed.error) } };
  const future = futureTime(parsed.data, now);
  return future ? { ok: false, problem: { reason: 'future-dated', detail: future } } : { ok: true, backup: parsed.data };
}

/**
 * What a restore did. The first three count notes (what the CSM thinks of as "restored"); the
 * others the checklists and daily scores. Flat numbers, so a message can show any of them.
 */
export type RestoreSummary = {
  added: number;
  updated: number;
  unchanged: number;
  checklistsAdded: number;
  checklistsUpdated: number;
  checklistsUnchanged: number;
  historyAdded: number;
  historyUnchanged: number;
  plansAdded: number;
  plansUpdated: number;
  plansUnchanged: number;
  signalsAdded: number;
  signalsUpdated: number;
  signalsUnchanged: number;
};
export type RestoreResult =
  StoreResult<RestoreSummary> | { ok: false; error: { kind: 'invalid-backup'; reason: BackupProblem['reason']; detail?: string } };

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NEGATIVE_INFINITY);

/** Same id: the later updatedAt wins; at the same time, the higher revision. */
function isNewerNote(candidate: Note, current: Note): boolean {
  const a = time(candidate.updatedAt);
  const b = time(current.updatedAt);
  return a > b || (a === b && candidate.revision > current.revision);
}

/** Same account: the plan changed last wins; at the same time, the higher revision. */
function isNewerPlan(candidate: Plan, current: Plan): boolean {
  const a = time(candidate.updatedAt);
  const b = time(current.updatedAt);
  return a > b || (a === b && candidate.revision > current.revision);
}

const isNewerSignal = (candidate: ImportedSignal, current: ImportedSignal) => time(candidate.importedAt) > time(current.importedAt);

/** Lists saved before v4 carry no updatedAt: their last tick stands in for it. */
function checklistTime(list: Checklist): number {
  return Math.max(time(list.updatedAt), ...Object.values(list.checked).map(time));
}

/**
 * Merges a backup into the store, all in one transaction: a record already here is replaced only
 * by a newer version of itself, nothing is duplicated, and a bad file (or a failure half-way,
 * such as a full disk) changes nothing.
 */
export async function restoreBackup(raw: unknown, now: Date = new Date()): Promise<RestoreResult> {
  const checked = checkBackup(raw, now);
  if (!checked.ok) return { ok: false, error: { kind: 'invalid-backup', ...checked.problem } };
  const { backup } = checked;

  // The same note twice in one file (hand-merged exports): keep its newest version.
  const incoming = new Map<string, Note>();
  for (const note of backup.notes) {
    const seen = incoming.get(note.id);
    if (!seen || isNewerNote(note, seen)) incoming.set(note.id, { ...note, tags: normaliseTags(note.tags) });
  }

  const result = await guardWrite(() =>
    writeTransaction(
      ['notes', 'checklists', 'healthHistory', 'plans', 'importedSignals'],
      async (tx) => {
        const summary: RestoreSummary = {
          added: 0,
          updated: 0,
          unchanged: 0,
          checklistsAdded: 0,
          checklistsUpdated: 0,
          checklistsUnchanged: 0,
          historyAdded: 0,
          historyUnchanged: 0,
          plansAdded: 0,
          plansUpdated: 0,
          plansUnchanged: 0,
          signalsAdded: 0,
          signalsUpdated: 0,
          signalsUnchanged: 0,
        };
        const notes = tx.objectStore('notes');
        for (const note of incoming.values()) {
          const stored = await notes.get(note.id);
          const current = stored === undefined ? null : NoteSchema.safeParse(stored);
          if (!current) {
            summary.added += 1;
            await notes.put(note);
          } else if (!current.success || isNewerNote(note, current.data)) {
            // A corrupt local copy is replaced by the backup's good one.
            summary.updated += 1;
            await notes.put(note);
          } else summary.unchanged += 1;
        }
        const checklists = tx.objectStore('checklists');
        for (const list of backup.checklists) {
          const current = ChecklistSchema.safeParse(await checklists.get([list.accountKey, list.renewalDate]));
          if (!current.success) {
            summary.checklistsAdded += 1;
            await checklists.put(list);
          } else if (checklistTime(list) > checklistTime(current.data)) {
            summary.checklistsUpdated += 1;
            await checklists.put(list);
          } else summary.checklistsUnchanged += 1;
        }
        // One score per account per day: the one already here was computed on this machine and stays.
        const history = tx.objectStore('healthHistory');
        for (const row of backup.healthHistory) {
          if (HealthRowSchema.safeParse(await history.get([row.accountKey, row.day])).success) summary.historyUnchanged += 1;
          else {
            summary.historyAdded += 1;
            await history.put(row);
          }
        }
        const plans = tx.objectStore('plans');
        for (const plan of backup.plans) {
          const current = PlanSchema.safeParse(await plans.get(plan.accountKey));
          if (current.success && !isNewerPlan(plan, current.data)) summary.plansUnchanged += 1;
          else {
            summary[current.success ? 'plansUpdated' : 'plansAdded'] += 1;
            await plans.put(plan);
          }
        }
        // The same row (kind, account, period…): the later import wins, as a re-import does.
        const signals = tx.objectStore('importedSignals');
        for (const signal of backup.importedSignals) {
          const current = ImportedSignalSchema.safeParse(await signals.get(signal.id));
          if (current.success && !isNewerSignal(signal, current.data)) summary.signalsUnchanged += 1;
          else {
            summary[current.success ? 'signalsUpdated' : 'signalsAdded'] += 1;
            await signals.put(signal);
          }
        }
        return { ok: true as const, value: summary };
      },
      STRICT,
    ),
  );
  return result;
}
