import { clamp, NO_DATA, type MeasureContext, type Scored } from './measure.ts';

/**
 * Support: 100 − unresolved ratio × penalty − breaches × penalty − old open tickets × penalty.
 * No ticket in the window and none open is no evidence either way (the unresolved ratio of
 * DESIGN §2 has nothing to divide): no data, so an account nobody reads does not score 100.
 */
export function support({ tickets, settings, snapshot }: MeasureContext): Scored {
  if (!tickets || snapshot.tickets.status !== 'ok' || (tickets.open === 0 && tickets.windowTickets === 0)) return NO_DATA;
  const s = settings.support;
  const breachPoints = tickets.breaches.length * s.perBreachPenalty;
  const score = clamp(
    100 - (tickets.unresolvedRatio ?? 0) * s.unresolvedRatioPenalty - breachPoints - tickets.olderThan30 * s.perOldTicketPenalty,
  );
  const asOf = snapshot.tickets.asOf;
  // Resolving every open ticket clears the unresolved ratio and the old tickets; the breaches
  // stay (a ticket closed late still took longer than its SLA) until they leave the window.
  const resolved = clamp(100 - breachPoints);
  return {
    score,
    inputs: [
      { id: 'unresolvedRatio', value: tickets.unresolvedRatio, asOf },
      { id: 'slaBreaches', value: tickets.breaches.length, asOf },
      { id: 'oldTickets', value: tickets.olderThan30, asOf },
    ],
    asOf,
    lever:
      tickets.open > 0 && resolved > score
        ? { action: 'resolve-open-tickets', vars: { tickets: tickets.open, pastSla: tickets.openBreaches }, score: resolved }
        : null,
  };
}
