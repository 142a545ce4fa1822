import type { Ticket, TicketPriority } from '../crm/snapshot';
import type { MetricsSettings } from '../settings/metrics-settings';
import { elapsedDays, isoToMs } from './days';

export const AGE_BUCKETS = [
  { id: '0-2', maxDays: 3 },
  { id: '3-7', maxDays: 8 },
  { id: '8-14', maxDays: 15 },
  { id: '15-30', maxDays: 31 },
  { id: '>30', maxDays: Infinity },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['id'];

/** A ticket's age in whole elapsed days: open → now − created; closed → closed − created. */
export function ageInDays(ticket: Ticket, now: Date): number {
  const end = ticket.isClosed && ticket.closedAt ? new Date(ticket.closedAt) : now;
  return Math.max(0, Math.floor(elapsedDays(ticket.createdAt, end)));
}

/** Buckets by whole days: 0–2 d, 3–7 d, 8–14 d, 15–30 d, more than 30 d. */
export function bucketOf(days: number): AgeBucket {
  return AGE_BUCKETS.find((b) => days < b.maxDays)!.id;
}

export function slaDaysFor(priority: TicketPriority | null, settings: MetricsSettings): number {
  return settings.slaDays[priority ?? 'medium'];
}

/** Open past its SLA, or closed after taking longer than it (elapsed time, not whole days). */
export function isBreach(ticket: Ticket, now: Date, settings: MetricsSettings): boolean {
  const end = ticket.isClosed && ticket.closedAt ? new Date(ticket.closedAt) : now;
  return elapsedDays(ticket.createdAt, end) > slaDaysFor(ticket.priority, settings);
}

export interface TicketAging {
  open: number;
  buckets: Record<AgeBucket, number>;
  breaches: Ticket[];
  /** Open tickets created in the window ÷ all tickets created in it; null when none. */
  unresolvedRatio: number | null;
  windowTickets: number;
  oldestOpen: Array<Ticket & { ageDays: number }>;
  olderThan30: number;
}

export function computeTicketAging(tickets: readonly Ticket[], now: Date, settings: MetricsSettings, oldestCount = 5): TicketAging {
  const buckets = Object.fromEntries(AGE_BUCKETS.map((b) => [b.id, 0])) as Record<AgeBucket, number>;
  const nowMs = now.getTime();
  const windowStart = nowMs - settings.ticketWindowDays * 86_400_000;
  const breaches: Ticket[] = [];
  const openAges: Array<[Ticket, number]> = [];
  let olderThan30 = 0;
  let inWindow = 0;
  let openInWindow = 0;
  // One pass, each date parsed once: the portfolio view runs this for thousands of accounts.
  for (const t of tickets) {
    const created = isoToMs(t.createdAt);
    const closed = t.isClosed && t.closedAt ? isoToMs(t.closedAt) : null;
    const elapsed = ((closed ?? nowMs) - created) / 86_400_000;
    if (created >= windowStart) {
      inWindow += 1;
      if (!t.isClosed) openInWindow += 1;
    }
    const breachable = !t.isClosed || (closed !== null && closed >= windowStart);
    if (breachable && elapsed > slaDaysFor(t.priority, settings)) breaches.push(t);
    if (!t.isClosed) {
      const ageDays = Math.max(0, Math.floor(elapsed));
      buckets[bucketOf(ageDays)] += 1;
      if (ageDays > settings.support.oldTicketDays) olderThan30 += 1;
      openAges.push([t, ageDays]);
    }
  }
  openAges.sort((a, b) => b[1] - a[1]);
  return {
    open: openAges.length,
    buckets,
    breaches,
    unresolvedRatio: inWindow ? openInWindow / inWindow : null,
    windowTickets: inWindow,
    oldestOpen: openAges.slice(0, oldestCount).map(([t, ageDays]) => ({ ...t, ageDays })),
    olderThan30,
  };
}
