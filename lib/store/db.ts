import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'success-lens';
export const DB_VERSION = 1;

export interface SuccessLensDb extends DBSchema {
  /** The last snapshot seen per record, so a revisited account paints at once. */
  snapshots: { key: string; value: { key: string; savedAt: string; snapshot: unknown } };
  /** One computed health score per account per day: the trend's memory. */
  healthHistory: { key: [string, string]; value: { accountKey: string; day: string; score: number | null }; indexes: { byAccount: string } };
}

// Upgrades run in order from the version found to DB_VERSION; each step is one schema change.
const STEPS: Array<(db: IDBPDatabase<SuccessLensDb>) => void> = [
  (db) => {
    db.createObjectStore('snapshots', { keyPath: 'key' });
    const history = db.createObjectStore('healthHistory', { keyPath: ['accountKey', 'day'] });
    history.createIndex('byAccount', 'accountKey');
  },
];

let opening: Promise<IDBPDatabase<SuccessLensDb>> | null = null;

export function openStore(): Promise<IDBPDatabase<SuccessLensDb>> {
  opening ??= openDB<SuccessLensDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) STEPS[v]!(db);
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
  return opening;
}
