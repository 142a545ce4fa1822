import type { Ticket } from '../../lib/crm/snapshot';

/** A ticket's subject, linked to the ticket in the CRM where the CRM gave a link (the whole tab goes there, not the panel). */
export function TicketSubject({ ticket }: { ticket: Pick<Ticket, 'subject' | 'url'> }) {
  return ticket.url ? (
    <a href={ticket.url} target="_top">
      {ticket.subject}
    </a>
  ) : (
    <>{ticket.subject}</>
  );
}
