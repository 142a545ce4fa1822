import { vi } from 'vitest';
import { applyEdit, type PlanEdit } from '../../lib/plan/edits';
import { emptyPlan, PlanSchema, type Plan } from '../../lib/plan/plan-schema';
import type { PlanResult } from '../../lib/store/plans';

/**
 * The background's plan store in memory, with the same edit rules (lib/plan/edits.ts): a
 * component test drives the real conflict behaviour without a browser. `otherTab` plays a save
 * made elsewhere.
 */
export function memoryPlanApi(
  accountKey = 'salesforce:org:001A',
  accountName = 'Acme',
  clock = () => new Date('2026-11-27T10:00:00.000Z'),
) {
  let stored: Plan = emptyPlan(accountKey, accountName, clock());
  const apply = (edit: PlanEdit, baseRevision: number): PlanResult => {
    const applied = applyEdit(stored, edit, clock(), stored.revision !== baseRevision);
    if (!applied.ok)
      return { ok: false, error: applied.reason === 'conflict' ? { kind: 'conflict', current: stored } : { kind: 'not-found' } };
    const parsed = PlanSchema.safeParse({ ...applied.plan, revision: stored.revision + 1, updatedAt: clock().toISOString() });
    if (!parsed.success) return { ok: false, error: { kind: 'invalid', detail: parsed.error.issues[0]!.message } };
    stored = parsed.data;
    return { ok: true, value: stored };
  };
  return {
    read: vi.fn(async () => stored),
    edit: vi.fn(async (_key: string, _name: string, edit: PlanEdit, baseRevision: number) => apply(edit, baseRevision)),
    otherTab: (edit: PlanEdit) => apply(edit, stored.revision),
    get stored() {
      return stored;
    },
  };
}
