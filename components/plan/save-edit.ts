import type { PlanEdit } from '../../lib/plan/edits';
import type { Plan } from '../../lib/plan/plan-schema';

/**
 * How a part of the plan saves one edit. On a conflict `current` is the stored plan (the view
 * already shows it); a form keeps the CSM's text and takes `current` as its new base.
 */
export type SaveEdit = (edit: PlanEdit) => Promise<{ ok: true; plan: Plan } | { ok: false; message: string; current?: Plan }>;
