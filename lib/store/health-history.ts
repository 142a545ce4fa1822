import { z } from 'zod';
import { openStore } from './db';

const RowSchema = z.object({ accountKey: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), score: z.number().min(0).max(100).nullable() });
export type HealthDay = { day: string; score: number | null };

/** Today's score for an account; the last write of a day wins (one row per account per day). */
export async function recordHealthScore(accountKey: string, day: string, score: number | null): Promise<void> {
  const db = await openStore();
  await db.put('healthHistory', { accountKey, day, score });
}

/** The stored daily scores of an account, oldest first; a corrupt row is skipped. */
export async function readHealthHistory(accountKey: string): Promise<HealthDay[]> {
  const db = await openStore();
  const rows = await db.getAllFromIndex('healthHistory', 'byAccount', accountKey);
  return rows
    .map((r) => RowSchema.safeParse(r))
    .filter((r) => r.success)
    .map((r) => ({ day: r.data.day, score: r.data.score }))
    .sort((a, b) => a.day.localeCompare(b.day));
}
