import { sameValues, type ImportedSignal } from './kinds.ts';

export interface SavePlan {
  writes: ImportedSignal[];
  added: number;
  replaced: number;
  unchanged: number;
}

/**
 * What saving checked rows changes, given the stored records of the same ids: a new identity is
 * added, a different value replaces the stored one (a newer file for the same account and
 * period), the same value is left alone — with its first file and time — so importing the same
 * file twice writes nothing.
 */
export function planSave(stored: ReadonlyMap<string, ImportedSignal>, incoming: readonly ImportedSignal[]): SavePlan {
  const plan: SavePlan = { writes: [], added: 0, replaced: 0, unchanged: 0 };
  for (const row of incoming) {
    const before = stored.get(row.id);
    if (!before) plan.added++;
    else if (sameValues(before.values, row.values)) {
      plan.unchanged++;
      continue;
    } else plan.replaced++;
    plan.writes.push(row);
  }
  return plan;
}
