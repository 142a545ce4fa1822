import type { IDBPDatabase } from 'idb';
import { BookRowSchema, type BookRow } from '../metrics/book-row.ts';
import { openStore, writeTransaction, type SuccessLensDb } from './db.ts';
import { HealthRowSchema } from './health-history.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

/**
 * The rows last read, with the connection they were read on. The background is the book's one
 * writer, so until it writes again (or the database is deleted or reopened: a new connection) the
 * rows it parsed stay right: the book page asking again gets them without another read of the
 * store and another parse of every row; the page parses its answer once, at the message boundary.
 */
let kept: { db: IDBPDatabase<SuccessLensDb>; rows: readonly BookRow[] } | null = null;
/** Counts writes begun and ended, so a read that overlapped a write keeps nothing. */
let writes = 0;

function forget(): void {
  writes += 1;
  kept = null;
}

/** Every stored row of the book (all orgs and portals); a corrupt row is skipped and reported. */
export async function readBookRows(): Promise<BookRow[]> {
  const db = await openStore();
  if (kept?.db === db) return [...kept.rows];
  const before = writes;
  const rows = parseRecords('book', await db.getAll('book'), BookRowSchema);
  if (before === writes) kept = { db, rows };
  return [...rows];
}

/**
 * Replaces one org's (or portal's) book with a refresh's rows and records each account's score of
 * `day`, in one transaction: the page never sees half a refresh. With `complete` false (the
 * budget or the page limit stopped it) rows not read this time stay as they were.
 */
export async function replaceBook(
  source: string,
  rows: readonly BookRow[],
  day: string,
  complete: boolean,
): Promise<StoreResult<{ written: number; removed: number }>> {
  forget();
  const result = await guardWrite(() =>
    writeTransaction(['book', 'healthHistory'], async (tx) => {
      const book = tx.objectStore('book');
      const keep = new Set(rows.map((r) => r.accountKey));
      let removed = 0;
      if (complete) {
        for (const key of await book.index('bySource').getAllKeys(source)) {
          if (keep.has(key)) continue;
          await book.delete(key);
          removed += 1;
        }
      }
      for (const row of rows) {
        await book.put(BookRowSchema.parse(row));
        await tx.objectStore('healthHistory').put(HealthRowSchema.parse({ accountKey: row.accountKey, day, score: row.score }));
      }
      return { ok: true as const, value: { written: rows.length, removed } };
    }),
  );
  forget();
  return result;
}

/**
 * Rewrites one account's stored row (a renewal step ticked between refreshes changes its overdue
 * count). `change` returns the row itself for "nothing to change"; the answer says whether a row was written.
 */
export async function updateBookRow(accountKey: string, change: (row: BookRow) => BookRow): Promise<StoreResult<boolean>> {
  const result = await guardWrite(() =>
    writeTransaction(['book'], async (tx) => {
      const store = tx.objectStore('book');
      const row = parseRecord('book', await store.get(accountKey), BookRowSchema);
      const next = row ? change(row) : row;
      if (!row || !next || next === row) return { ok: true as const, value: false };
      // Only a row written drops the kept rows: a tick on an account outside the book keeps them.
      forget();
      await store.put(BookRowSchema.parse(next));
      return { ok: true as const, value: true };
    }),
  );
  if (result.ok && result.value) forget();
  return result;
}
