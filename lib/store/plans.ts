import { openStore, writeTransaction } from './db.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { toStoreError, type StoreError } from './store-errors.ts';
import { applyEdit, type PlanEdit } from '../plan/edits.ts';
import { emptyPlan, PlanSchema, type Plan } from '../plan/plan-schema.ts';

/** Why a plan edit did not land; nothing was written in every case. */
export type PlanError = Exclude<StoreError, { kind: 'conflict' }> | { kind: 'conflict'; current: Plan };
export type PlanResult = { ok: true; value: Plan } | { ok: false; error: PlanError };

/** The account's plan; an empty one (revision 0) before the first edit. */
export async function readPlan(accountKey: string, accountName: string, now: Date): Promise<Plan> {
  const db = await openStore();
  return parseRecord('plans', await db.get('plans', accountKey), PlanSchema) ?? emptyPlan(accountKey, accountName, now);
}

/** Every stored plan (the VOC page's churn reasons, backups). */
export async function listPlans(): Promise<Plan[]> {
  const db = await openStore();
  return parseRecords('plans', await db.getAll('plans'), PlanSchema);
}

/**
 * Applies one edit made on top of `baseRevision`, read and written in one transaction. When
 * another tab saved in between, the edit still lands if the part it changes is as the editor saw
 * it; otherwise nothing is written and the stored plan comes back as a conflict to merge.
 */
export async function editPlan(
  accountKey: string,
  accountName: string,
  edit: PlanEdit,
  baseRevision: number,
  now: Date,
): Promise<PlanResult> {
  let result: PlanResult;
  try {
    result = await writeTransaction(['plans'], async (tx): Promise<PlanResult> => {
      const store = tx.objectStore('plans');
      const stored = parseRecord('plans', await store.get(accountKey), PlanSchema) ?? emptyPlan(accountKey, accountName, now);
      const applied = applyEdit(stored, edit, now, stored.revision !== baseRevision);
      if (!applied.ok)
        return { ok: false, error: applied.reason === 'conflict' ? { kind: 'conflict', current: stored } : { kind: 'not-found' } };
      const plan = PlanSchema.parse({
        ...applied.plan,
        accountName: accountName || stored.accountName,
        updatedAt: now.toISOString(),
        revision: stored.revision + 1,
      });
      await store.put(plan);
      return { ok: true, value: plan };
    });
  } catch (error) {
    return { ok: false, error: toStoreError(error) as PlanError };
  }
  return result;
}
