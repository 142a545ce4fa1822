import type { Ticket } from '../crm/snapshot.ts';
import type { MetricsSettings } from '../settings/metrics-settings.ts';
import { DAY_MS, isoToMs } from '../time/days.ts';

/**
 * Age buckets in whole elapsed days (an age is floored: 2 d 23 h is 2 days). `maxDays` is the
 * first whole day that no longer fits: 0–2 d, 3–7 d, 8–14 d, 15–30 d, then 31 days and more.
 */
export const AGE_BUCKETS = [
  { id: '0-2', maxDays: 3 },
  { id: '3-7', maxDays: 8 },
  { id: '8-14', maxDays: 15 },
  { id: '15-30', maxDays: 31 },
  { id: '>30', maxDays: Infinity },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['id'];

function bucketOf(days: number): AgeBucket {
  return days < 3 ? '0-2' : days < 8 ? '3-7' : days < 15 ? '8-14' : days < 31 ? '15-30' : '>30';
}

export type AgedTicket = Ticket & { ageDays: number };

export interface TicketAging {
  /** Open tickets now, whenever created. */
  open: number;
  /** Open tickets by age. */
  buckets: Record<AgeBucket, number>;
  /** Open tickets past their SLA, and tickets closed inside the window after their SLA (as given). */
  breaches: Ticket[];
  /** Of `breaches`, the ones still open (resolving them is the support lever). */
  openBreaches: number;
  /** Open tickets created in the window ÷ all tickets created in it; null when none was created. */
  unresolvedRatio: number | null;
  /** Tickets created in the window (the ratio's denominator). */
  windowTickets: number;
  /** The oldest open tickets, oldest first. */
  oldestOpen: AgedTicket[];
  /** Open tickets older than `support.oldTicketDays` whole days (default: more than 30). */
  olderThan30: number;
}

/**
 * Aging, SLA breaches and the unresolved ratio of an account's tickets. Age: open → now − created,
 * closed → closed − created, never negative. A breach is measured in elapsed time, not whole
 * days: an Urgent ticket (SLA 1 d) is breached 24 h and 1 minute after it was opened; a ticket
 * whose priority could not be mapped uses Medium's SLA. The window (default
 * 90 days) is the "check period" of DESIGN §1: it bounds the unresolved ratio and the closed
 * tickets that count as breaches, so a ticket that was late two years ago no longer weighs on
 * support; an open ticket past its SLA always counts, however old. A ticket marked closed
 * without a close date has no known age: it is neither open nor a breach.
 */
export function computeTicketAging(tickets: readonly Ticket[], now: Date, settings: MetricsSettings, oldestCount = 5): TicketAging {
  const buckets: Record<AgeBucket, number> = { '0-2': 0, '3-7': 0, '8-14': 0, '15-30': 0, '>30': 0 };
  const nowMs = now.getTime();
  const windowStart = nowMs - settings.ticketWindowDays * DAY_MS;
  const sla = settings.slaDays;
  const oldDays = settings.support.oldTicketDays;
  const breaches: Ticket[] = [];
  // The oldest open tickets, kept sorted oldest first as we go (N is small; no full sort).
  const oldest: Ticket[] = [];
  const oldestElapsed: number[] = [];
  let open = 0;
  let openBreaches = 0;
  let olderThan30 = 0;
  let inWindow = 0;
  let openInWindow = 0;
  // One pass, each date read once, no copies: the portfolio runs this over thousands of accounts.
  for (const t of tickets) {
    const created = isoToMs(t.createdAt);
    if (created >= windowStart) {
      inWindow += 1;
      if (!t.isClosed) openInWindow += 1;
    }
    if (t.isClosed && !t.closedAt) continue;
    const closed = t.isClosed ? isoToMs(t.closedAt!) : null;
    const elapsed = Math.max(0, (closed ?? nowMs) - created);
    if (elapsed > sla[t.priority ?? 'medium'] * DAY_MS && (closed === null || closed >= windowStart)) {
      breaches.push(t);
      if (closed === null) openBreaches += 1;
    }
    if (closed !== null) continue;
    open += 1;
    const ageDays = Math.floor(elapsed / DAY_MS);
    buckets[bucketOf(ageDays)] += 1;
    if (ageDays > oldDays) olderThan30 += 1;
    if (oldest.length < oldestCount || elapsed > oldestElapsed[oldest.length - 1]!) {
      let at = Math.min(oldest.length, oldestCount - 1);
      while (at > 0 && oldestElapsed[at - 1]! < elapsed) at -= 1;
      oldest.splice(at, 0, t);
      oldestElapsed.splice(at, 0, elapsed);
      if (oldest.length > oldestCount) {
        oldest.pop();
        oldestElapsed.pop();
      }
    }
  }
  const oldestOpen: AgedTicket[] = oldest.map((t, i) => ({ ...t, ageDays: Math.floor(oldestElapsed[i]! / DAY_MS) }));
  return {
    open,
    buckets,
    breaches,
    openBreaches,
    unresolvedRatio: inWindow ? openInWindow / inWindow : null,
    windowTickets: inWindow,
    oldestOpen,
    olderThan30,
  };
}
