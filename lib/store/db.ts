import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { customerSegmentOf } from '../metrics/segment.ts';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings.ts';
import { normaliseTags } from './note-schema.ts';
import { reportStoreProblem } from './store-errors.ts';

export const DB_NAME = 'success-lens';
export const DB_VERSION = 9;

/** Records are typed loosely on purpose: every read parses them with the store's zod schema. */
type Row = Record<string, unknown>;

export interface SuccessLensDb extends DBSchema {
  /** The last snapshot seen per record key, so a revisited account paints at once (v1). */
  snapshots: { key: string; value: { key: string; savedAt: string; openedAt?: string; snapshot: unknown } };
  /** One computed health score per account per day: the trend's memory (v1). */
  healthHistory: {
    key: [string, string];
    value: { accountKey: string; day: string; score: number | null };
    indexes: { byAccount: string };
  };
  /** The CSM's notes and VOC (v2; byDeleted since v4). */
  notes: {
    key: string;
    value: Row & { id: string };
    indexes: { byAccount: string; byTag: string; byCategory: string; byUpdated: string; byDeleted: string };
  };
  /** One unsaved draft per account (and per capture), so nothing typed is lost to a reload (v2). */
  drafts: { key: string; value: Row & { key: string } };
  /** Renewal checklist per account and renewal cycle: item id → when it was checked (v3). */
  checklists: { key: [string, string]; value: Row & { accountKey: string; renewalDate: string } };
  /** Facts about the store itself: schema history, last purge (v4). */
  meta: { key: string; value: Row & { key: string } };
  /** What CRM connectors keep between calls: org schemas, portal pipelines (v5). */
  connectorCache: { key: string; value: { key: string; savedAt: string; value: unknown } };
  /** Credentials the background alone reads: HubSpot tokens per portal (v5). */
  secrets: { key: string; value: { key: string; savedAt: string; value: unknown } };
  /** Usage, NPS and invoice rows imported from files, one per identity (see lib/imports/kinds.ts) (v6). */
  importedSignals: { key: string; value: Row & { id: string; accountKey: string }; indexes: { byAccount: string } };
  /** One account plan per account: handoff, goals, onboarding, QBRs, churn reason (v7). */
  plans: { key: string; value: Row & { accountKey: string } };
  /** The book of business: one row of figures per account, replaced at each refresh (v8; segment since v9). */
  book: { key: string; value: Row & { accountKey: string; source: string }; indexes: { bySource: string } };
}

export type StoreName = StoreNames<SuccessLensDb>;
type UpgradeTx = IDBPTransaction<SuccessLensDb, StoreName[], 'versionchange'>;

/**
 * Upgrade steps: STEPS[n] takes a database from version n to n + 1. They are never edited once
 * shipped (a browser out there may sit at any version); a change is a new step at the end.
 * A step may transform data with the upgrade transaction, awaiting only IndexedDB requests.
 */
const STEPS: ReadonlyArray<(db: IDBPDatabase<SuccessLensDb>, tx: UpgradeTx) => Promise<void> | void> = [
  // 0 → 1: the snapshot cache and the daily health history.
  (db) => {
    db.createObjectStore('snapshots', { keyPath: 'key' });
    db.createObjectStore('healthHistory', { keyPath: ['accountKey', 'day'] }).createIndex('byAccount', 'accountKey');
  },
  // 1 → 2: notes (by account, tag, category, last change) and drafts.
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byAccount', 'accountKey');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byCategory', 'category');
    notes.createIndex('byUpdated', 'updatedAt');
    db.createObjectStore('drafts', { keyPath: 'key' });
  },
  // 2 → 3: renewal checklists.
  (db) => {
    db.createObjectStore('checklists', { keyPath: ['accountKey', 'renewalDate'] });
  },
  // 3 → 4: meta; soft-deleted notes indexed for the purge (a null deletedAt is no key, so only
  // deleted notes enter it); notes rewritten to the v4 shape: tags normalised (restores before v4
  // stored a backup's tags as they came, so "SSO" and "sso" were counted apart) and `remote` explicit.
  async (db, tx) => {
    db.createObjectStore('meta', { keyPath: 'key' });
    const notes = tx.objectStore('notes');
    notes.createIndex('byDeleted', 'deletedAt');
    let cursor = await notes.openCursor();
    while (cursor) {
      const stored = cursor.value;
      const next = migrateNoteToV4(stored);
      if (next !== stored) await cursor.update(next);
      cursor = await cursor.continue();
    }
  },
  // 4 → 5: connector caches and secrets, both key → value.
  (db) => {
    db.createObjectStore('connectorCache', { keyPath: 'key' });
    db.createObjectStore('secrets', { keyPath: 'key' });
  },
  // 5 → 6: signals imported from files (usage, NPS, invoices), read per account.
  (db) => {
    db.createObjectStore('importedSignals', { keyPath: 'id' }).createIndex('byAccount', 'accountKey');
  },
  // 6 → 7: account plans, keyed by account.
  (db) => {
    db.createObjectStore('plans', { keyPath: 'accountKey' });
  },
  // 7 → 8: the book of business, replaced per org or portal at each refresh.
  (db) => {
    db.createObjectStore('book', { keyPath: 'accountKey' }).createIndex('bySource', 'source');
  },
  // 8 → 9: book rows carry the customer segment. Rows stored before have none; the tier
  // thresholds are new in the same build, so the default tiers place them as a refresh would.
  async (_db, tx) => {
    let cursor = await tx.objectStore('book').openCursor();
    while (cursor) {
      const row = cursor.value;
      if (!('segment' in row))
        await cursor.update({
          ...row,
          segment: customerSegmentOf(typeof row.arr === 'number' ? row.arr : null, DEFAULT_METRICS_SETTINGS.segments),
        });
      cursor = await cursor.continue();
    }
  },
];

/** The v4 note shape; returns the same object when there is nothing to change. */
export function migrateNoteToV4<T extends Row>(note: T): T {
  const tags = Array.isArray(note.tags) ? normaliseTags(note.tags.filter((t): t is string => typeof t === 'string')) : [];
  const sameTags = Array.isArray(note.tags) && tags.length === note.tags.length && tags.every((t, i) => t === (note.tags as unknown[])[i]);
  if (sameTags && 'remote' in note) return note;
  return { ...note, tags, remote: note.remote ?? null };
}

let opening: Promise<IDBPDatabase<SuccessLensDb>> | null = null;

/** This context's shared connection, opened (and upgraded) on first use. */
export function openStore(): Promise<IDBPDatabase<SuccessLensDb>> {
  if (!opening) {
    const attempt = openDb(DB_VERSION, () => {
      if (opening === attempt) opening = null;
    });
    // A failed open (say, a migration) is not cached: the next call tries again.
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
    opening = attempt;
  }
  return opening;
}

/** Closes this context's connection (the next call opens a new one): tests, and deleting the database. */
export async function closeStore(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
}

/** Closes our connection and deletes the whole database ("delete all local data", and tests). */
export async function deleteStore(): Promise<void> {
  await closeStore();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * A new connection at `version` (default: the current one), upgrading through every step in
 * between. Tests use it to build old versions and to play a second tab.
 */
export function openDb(version: number = DB_VERSION, onClosed?: () => void): Promise<IDBPDatabase<SuccessLensDb>> {
  if (version < 1 || version > STEPS.length) return Promise.reject(new RangeError(`no schema version ${version}`));
  // The open itself fails with a bare AbortError when an upgrade aborts: keep the real cause
  // (a full disk during a data transform must still read as quota-exceeded).
  let upgradeError: unknown;
  const opened = openDB<SuccessLensDb>(DB_NAME, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      try {
        for (let v = oldVersion; v < version; v++) await STEPS[v]!(db, tx);
        if (db.objectStoreNames.contains('meta')) {
          await tx
            .objectStore('meta')
            .put({ key: 'schema', version: newVersion ?? version, upgradedFrom: oldVersion, upgradedAt: new Date().toISOString() });
        }
      } catch (error) {
        upgradeError = error;
        // Nothing of a half-done upgrade stays: abort rolls every step back, and the open fails.
        reportStoreProblem({ kind: 'migration-failed', fromVersion: oldVersion, detail: String(error) });
        tx.done.catch(() => undefined); // the open itself rejects: that is where the caller hears of it
        tx.abort();
      }
    },
    // We are the old tab: another context wants a newer schema. Close instead of blocking it;
    // the next call reopens (at the version this build knows).
    blocking(currentVersion, blockedVersion, event) {
      (event.target as IDBDatabase).close();
      onClosed?.();
      const why = blockedVersion === null ? 'the database is being deleted' : `another tab opens v${blockedVersion}`;
      reportStoreProblem({ kind: 'version-change', detail: `closed our v${currentVersion} connection: ${why}` });
    },
    // We are the new tab, waiting on an old one that did not close (a build without the handler above).
    blocked(currentVersion, blockedVersion) {
      reportStoreProblem({ kind: 'blocked', detail: `v${blockedVersion ?? '?'} waits for a tab still on v${currentVersion} to close` });
    },
    // The browser closed the connection (storage cleared, disk error): reopen on next use.
    terminated() {
      onClosed?.();
      reportStoreProblem({ kind: 'terminated' });
    },
  });
  return opened.catch((error: unknown) => {
    throw upgradeError ?? error;
  });
}

/**
 * For what the CSM wrote and cannot get back from the CRM (notes, restores): the commit is
 * reported only once it is flushed to disk. With the default durability a browser may report it
 * earlier, and a crash or power cut right after "Saved" can lose the write. Caches stay default.
 * (An upgrade's versionchange transaction is made by open(), which takes no durability.)
 */
export const STRICT = { durability: 'strict' } as const;

/**
 * Runs one read-write transaction over `names`: either everything `run` wrote commits, or, when
 * it throws, the transaction is aborted and nothing does. The error is rethrown for guardWrite.
 */
export async function writeTransaction<const Names extends readonly StoreName[], T>(
  names: Names,
  run: (tx: IDBPTransaction<SuccessLensDb, [...Names], 'readwrite'>) => Promise<T>,
  options: { durability?: IDBTransactionDurability } = {},
): Promise<T> {
  const db = await openStore();
  const tx = db.transaction([...names] as [...Names], 'readwrite', options);
  try {
    const value = await run(tx);
    await tx.done;
    return value;
  } catch (error) {
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished (the commit itself failed): nothing was written either
    }
    throw error;
  }
}
