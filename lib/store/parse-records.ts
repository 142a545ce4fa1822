import type { z } from 'zod';
import { describeIssue, reportStoreProblem } from './store-errors.ts';

function keyOf(row: unknown): string {
  if (row && typeof row === 'object') {
    const r = row as { id?: unknown; key?: unknown; accountKey?: unknown };
    const key = r.id ?? r.key ?? r.accountKey;
    if (key !== undefined) return String(key);
  }
  return '?';
}

/**
 * Parse, don't trust: a stored record that no longer fits its schema (an old build, a bad
 * restore, a hand edit in DevTools) is skipped and reported, never allowed to break the list.
 */
export function parseRecords<T>(store: string, rows: readonly unknown[], schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else reportStoreProblem({ kind: 'corrupt-record', store, key: keyOf(row), issue: describeIssue(parsed.error) });
  }
  return out;
}

/** One record, or null when it is absent or corrupt (corrupt ones are reported). */
export function parseRecord<T>(store: string, row: unknown, schema: z.ZodType<T>): T | null {
  if (row === undefined) return null;
  return parseRecords(store, [row], schema)[0] ?? null;
}
