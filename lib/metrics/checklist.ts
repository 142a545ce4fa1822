import type { MilestoneSetting } from '../settings/metrics-settings';
import { NEAR_RENEWAL_DAYS } from './attention';
import type { AccountMetrics } from './compute-all';
import type { MilestoneState } from './renewal';

export const QBR_ITEMS = ['qbr-usage', 'qbr-goals', 'qbr-sla', 'qbr-features', 'qbr-difficulties', 'qbr-review', 'qbr-upsell'] as const;
export type QbrItem = (typeof QBR_ITEMS)[number];

/** A hint from the data next to a step, as a message id and its values (the view words it). */
export type Hint = { id: string; vars: Record<string, number | string> };

export interface ChecklistItem {
  id: string;
  kind: 'milestone' | 'qbr';
  checkedAt: string | null;
  dueDate: string | null;
  state: MilestoneState | null;
  hint: Hint | null;
}

function input(metrics: AccountMetrics, measure: string, id: string): number | null {
  const value = metrics.health.measures.find((m) => m.id === measure)?.inputs.find((i) => i.id === id)?.value;
  return typeof value === 'number' ? value : null;
}

function qbrHint(item: QbrItem, m: AccountMetrics): Hint | null {
  switch (item) {
    case 'qbr-usage': {
      const active = input(m, 'usage', 'activeUsers');
      const seats = input(m, 'usage', 'licensedSeats');
      return active !== null && seats !== null ? { id: 'hint.usage', vars: { active, seats } } : null;
    }
    case 'qbr-sla':
      if (!m.tickets) return null;
      return m.tickets.breaches.length
        ? { id: 'hint.slaBreached', vars: { n: m.tickets.breaches.length } }
        : { id: 'hint.slaClean', vars: {} };
    case 'qbr-features': {
      const used = input(m, 'adoption', 'featuresUsed');
      const total = input(m, 'adoption', 'featuresTotal');
      return used !== null && total !== null ? { id: 'hint.features', vars: { used, total } } : null;
    }
    case 'qbr-difficulties':
      return m.tickets?.oldestOpen[0]
        ? { id: 'hint.openTickets', vars: { n: m.tickets.open, days: m.tickets.oldestOpen[0].ageDays } }
        : null;
    case 'qbr-review':
      return m.nps.segment === 'promoter'
        ? { id: 'hint.promoter', vars: {} }
        : m.nps.segment === 'detractor'
          ? { id: 'hint.detractor', vars: {} }
          : null;
    case 'qbr-upsell': {
      const active = input(m, 'usage', 'activeUsers');
      const seats = input(m, 'usage', 'licensedSeats');
      return active !== null && seats && active / seats >= 0.9 ? { id: 'hint.nearSeatLimit', vars: {} } : null;
    }
    default:
      return null;
  }
}

/**
 * The renewal checklist of one cycle (DESIGN §2): the T-120 … T-0 milestones with their dates
 * and states, then the QBR agenda, each with when it was checked and a hint from the data.
 */
export function renewalChecklist(metrics: AccountMetrics, checked: Readonly<Record<string, string>>): ChecklistItem[] {
  const milestones: ChecklistItem[] = metrics.renewal.milestones.map((ms) => ({
    id: ms.id,
    kind: 'milestone',
    checkedAt: checked[ms.id] ?? null,
    dueDate: ms.dueDate,
    state: checked[ms.id] ? 'done' : ms.state,
    hint: null,
  }));
  const qbr: ChecklistItem[] = QBR_ITEMS.map((id) => ({
    id,
    kind: 'qbr',
    checkedAt: checked[id] ?? null,
    dueDate: null,
    state: null,
    hint: qbrHint(id, metrics),
  }));
  return [...milestones, ...qbr];
}

/** Days past its date a renewal's checklist is still this cycle's work (a late signature). */
const GRACE_DAYS = 30;

/** Whether a renewal this many days away has a checklist to work: from T-120 until a month after its date. */
export function inChecklistWindow(daysLeft: number | null): daysLeft is number {
  return daysLeft !== null && daysLeft <= NEAR_RENEWAL_DAYS && daysLeft >= -GRACE_DAYS;
}

export interface ChecklistProgress {
  done: number;
  total: number;
}

/**
 * How far one cycle's checklist is: its ticked steps (the milestones of the settings, then the QBR
 * agenda) of all of them. A tick of a milestone since taken out of the settings does not count.
 */
export function checklistProgress(checked: Readonly<Record<string, string>>, milestones: readonly MilestoneSetting[]): ChecklistProgress {
  const ids = [...milestones.map((m) => m.id), ...QBR_ITEMS];
  return { done: ids.filter((id) => Object.hasOwn(checked, id)).length, total: ids.length };
}
