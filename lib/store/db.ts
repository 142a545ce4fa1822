import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'success-lens';
export const DB_VERSION = 3;

export interface SuccessLensDb extends DBSchema {
  /** The last snapshot seen per record, so a revisited account paints at once. */
  snapshots: { key: string; value: { key: string; savedAt: string; snapshot: unknown } };
  /** One computed health score per account per day: the trend's memory. */
  healthHistory: { key: [string, string]; value: { accountKey: string; day: string; score: number | null }; indexes: { byAccount: string } };
  /** The CSM's notes and VOC (validated with NoteSchema on read). */
  notes: { key: string; value: Record<string, unknown> & { id: string }; indexes: { byAccount: string; byTag: string; byCategory: string; byUpdated: string } };
  /** One unsaved draft per account (and per capture), so nothing typed is lost to a reload. */
  drafts: { key: string; value: Record<string, unknown> & { key: string } };
  /** Renewal checklist per account and renewal cycle: item id → when it was checked. */
  checklists: { key: [string, string]; value: { accountKey: string; renewalDate: string; checked: Record<string, string> } };
}

// Upgrades run in order from the version found to DB_VERSION; each step is one schema change.
const STEPS: Array<(db: IDBPDatabase<SuccessLensDb>) => void> = [
  (db) => {
    db.createObjectStore('snapshots', { keyPath: 'key' });
    const history = db.createObjectStore('healthHistory', { keyPath: ['accountKey', 'day'] });
    history.createIndex('byAccount', 'accountKey');
  },
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('byAccount', 'accountKey');
    notes.createIndex('byTag', 'tags', { multiEntry: true });
    notes.createIndex('byCategory', 'category');
    notes.createIndex('byUpdated', 'updatedAt');
    db.createObjectStore('drafts', { keyPath: 'key' });
  },
  (db) => {
    db.createObjectStore('checklists', { keyPath: ['accountKey', 'renewalDate'] });
  },
];

let opening: Promise<IDBPDatabase<SuccessLensDb>> | null = null;

export function openStore(): Promise<IDBPDatabase<SuccessLensDb>> {
  opening ??= openAt(DB_VERSION);
  return opening;
}

/** Closes this context's connection (the next call opens a new one): tests, and deleting the database. */
export async function closeStore(): Promise<void> {
  const current = opening;
  opening = null;
  if (current) (await current).close();
}

/** Opens (and upgrades) the database to a given version; tests use it to start from old ones. */
export function openAt(version: number): Promise<IDBPDatabase<SuccessLensDb>> {
  return openDB<SuccessLensDb>(DB_NAME, version, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < version; v++) STEPS[v]!(db);
    },
    // Another tab upgrading the schema: let it, and reopen on next use instead of blocking it.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  });
}
