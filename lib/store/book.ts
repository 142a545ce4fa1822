import { BookRowSchema, type BookRow } from '../metrics/book-row.ts';
import { openStore, writeTransaction } from './db.ts';
import { HealthRowSchema } from './health-history.ts';
import { parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

/** Every stored row of the book (all orgs and portals); a corrupt row is skipped and reported. */
export async function readBookRows(): Promise<BookRow[]> {
  const db = await openStore();
  return parseRecords('book', await db.getAll('book'), BookRowSchema);
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
  return result;
}
