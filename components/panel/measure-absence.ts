import type { Measure } from '../../lib/metrics/health';
import type { TicketAging } from '../../lib/metrics/ticket-aging';

/**
 * A measure whose inputs are all absences, in words, and whether that absence counts toward the
 * score. DESIGN §2 makes absence evidence in two places only: no overdue invoice scores 100, and
 * a silence since the CSM's last touch (with no champion) is a churn signal. No ticket, no
 * usage and no NPS answer are no evidence either way: those measures sit out of the score.
 */
export type Absence = { key: AbsenceKey; vars: Record<string, number>; counted: boolean };
export type AbsenceKey = 'absent.tickets' | 'absent.invoices' | 'absent.relationship' | 'absent.usage' | 'absent.adoption' | 'absent.nps';

export function absenceOf(
  measure: Measure,
  context: { tickets: TicketAging | null; ticketWindowDays: number; npsWindowMonths: number },
): Absence | null {
  const value = (id: string) => measure.inputs.find((i) => i.id === id)?.value;
  switch (measure.id) {
    case 'support':
      return measure.score === null && context.tickets && context.tickets.open === 0 && context.tickets.windowTickets === 0
        ? { key: 'absent.tickets', vars: { days: context.ticketWindowDays }, counted: false }
        : null;
    case 'finance':
      return measure.score !== null && value('daysOverdue') === 0 ? { key: 'absent.invoices', vars: {}, counted: true } : null;
    case 'relationship':
      return measure.score !== null && value('champion') === null && value('daysSinceTouch') === null
        ? { key: 'absent.relationship', vars: {}, counted: true }
        : null;
    case 'usage':
    case 'adoption':
      return measure.score === null && measure.inputs.length === 0 ? { key: `absent.${measure.id}`, vars: {}, counted: false } : null;
    case 'nps':
      return measure.score === null ? { key: 'absent.nps', vars: { months: context.npsWindowMonths }, counted: false } : null;
  }
}
