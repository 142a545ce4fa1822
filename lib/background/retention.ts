import { browser } from 'wxt/browser';
import { deleteStore } from '../store/db';
import { countStoredRecords, type LocalDataCounts } from '../store/local-data';
import { purgeDeletedNotes, purgeStaleCaptureDrafts } from '../store/notes';
import { evictUnopenedSnapshots } from '../store/snapshot-cache';

/** How long deleted notes, unfiled captures and unopened snapshots are kept (README "Security and privacy"). */
export const RETENTION_DAYS = 30;
export const RETENTION_ALARM = 'success-lens-retention';
const DAY_MINUTES = 24 * 60;

export interface RetentionReport {
  notesPurged: number | null;
  draftsPurged: number | null;
  snapshotsEvicted: number | null;
}

/**
 * One retention pass. Each part runs whatever the others did (a failure leaves that part for the
 * next pass, reported as null), so one damaged store never keeps the rest forever.
 */
export async function runRetention(now: Date): Promise<RetentionReport> {
  const [notes, drafts, snapshots] = await Promise.all([
    purgeDeletedNotes(RETENTION_DAYS, now),
    purgeStaleCaptureDrafts(RETENTION_DAYS, now),
    evictUnopenedSnapshots(RETENTION_DAYS, now),
  ]);
  const report = {
    notesPurged: notes.ok ? notes.value.purged : null,
    draftsPurged: drafts.ok ? drafts.value.purged : null,
    snapshotsEvicted: snapshots.ok ? snapshots.value.evicted : null,
  };
  if (!notes.ok || !drafts.ok || !snapshots.ok) console.warn('[Success Lens] retention pass incomplete', report);
  return report;
}

/**
 * Runs retention at browser start and once a day. The alarm is created only when missing: the
 * service worker starts many times a day, and re-creating it would push the daily run back
 * each time.
 */
export function scheduleRetention(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention(new Date());
  });
  const run = () => void runRetention(new Date());
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(RETENTION_ALARM, { periodInMinutes: DAY_MINUTES });
  });
}

/** What "Delete all local data" would remove, for its confirmation. */
export async function countLocalData(): Promise<LocalDataCounts> {
  const [records, settings] = await Promise.all([countStoredRecords(), browser.storage.local.get(null)]);
  return { ...records, settings: Object.keys(settings).length };
}

/**
 * "Delete all local data": the whole IndexedDB database (notes, drafts, snapshots, history,
 * checklists, connector caches, tokens) and storage.local (settings and UI state). The
 * extension starts over as freshly installed.
 */
export async function deleteAllLocalData(): Promise<{ ok: true } | { ok: false; detail: string }> {
  try {
    await deleteStore();
    await browser.storage.local.clear();
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
