import { z } from 'zod';
import { addDays, dayInTimeZone, userTimeZone } from '../time/index.ts';
import { openStore, writeTransaction } from './db.ts';
import { parseRecords } from './parse-records.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const HealthRowSchema = z.object({
  accountKey: z.string().min(1),
  /** The CSM's local calendar day, YYYY-MM-DD (the caller decides the time zone). */
  day: z.string().regex(DAY),
  /** null: the score could not be computed that day (not enough data). */
  score: z.number().min(0).max(100).nullable(),
});
export type HealthDay = { day: string; score: number | null };

/** How far back the panel's trend looks (today against 7 / 30 / 90 days ago, with room). */
export const HEALTH_HISTORY_DAYS = 120;

/** Today's score for an account: one row per account per day, the last write of the day wins. */
export async function recordHealthScore(accountKey: string, day: string, score: number | null): Promise<StoreResult<HealthDay>> {
  const result = await guardWrite(async () => {
    const row = HealthRowSchema.parse({ accountKey, day, score });
    await writeTransaction(['healthHistory'], (tx) => tx.objectStore('healthHistory').put(row));
    return { ok: true as const, value: { day: row.day, score: row.score } };
  });
  return result;
}

/** The day `days - 1` days before `today` (both YYYY-MM-DD), so the window holds `days` days. */
export function firstDayOfWindow(today: string, days: number): string {
  return addDays(today, -(days - 1));
}

/**
 * The stored daily scores of an account over the last `days` days up to `today`, oldest first;
 * a corrupt row is skipped and reported. `today` defaults to the day in this machine's time zone
 * (the CSM's), never the UTC date. Rows after `today` are kept: east of UTC the local day that recorded them is a day ahead.
 */
export async function readHealthHistory(
  accountKey: string,
  today: string = dayInTimeZone(new Date(), userTimeZone()),
  days: number = HEALTH_HISTORY_DAYS,
): Promise<HealthDay[]> {
  const db = await openStore();
  // The primary key is [accountKey, day]: one key range reads just this window, already in order.
  const rows = await db.getAll('healthHistory', IDBKeyRange.bound([accountKey, firstDayOfWindow(today, days)], [accountKey, '\uffff']));
  return parseRecords('healthHistory', rows, HealthRowSchema).map((r) => ({ day: r.day, score: r.score }));
}

/** History older than this is pruned: a year of trend, with room for last year's renewal. */
export const HEALTH_HISTORY_KEEP_DAYS = 400;

/** Removes daily scores older than `days` days before `today`; says how many went. */
export async function pruneHealthHistory(today: string, days: number = HEALTH_HISTORY_KEEP_DAYS): Promise<StoreResult<{ pruned: number }>> {
  const oldest = firstDayOfWindow(today, days);
  return guardWrite(() =>
    writeTransaction(['healthHistory'], async (tx) => {
      let pruned = 0;
      let cursor = await tx.objectStore('healthHistory').openCursor();
      while (cursor) {
        const day = (cursor.value as { day?: unknown }).day;
        if (typeof day !== 'string' || day < oldest) {
          await cursor.delete();
          pruned += 1;
        }
        cursor = await cursor.continue();
      }
      return { ok: true as const, value: { pruned } };
    }),
  );
}
