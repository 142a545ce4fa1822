import { AGE_BUCKETS, type TicketAging } from '../../lib/metrics/ticket-aging';
import { useFormat, useT } from '../i18n/i18n-context';
import { ShownCount } from '../shown-count';
import { sectionMessages } from './sections-messages';
import { TicketSubject } from './ticket-subject';

export function TicketsView({ aging, windowDays }: { aging: TicketAging; windowDays: number }) {
  const t = useT(sectionMessages);
  const format = useFormat();
  const max = Math.max(1, ...Object.values(aging.buckets));
  return (
    <div>
      <dl className="sl-figures">
        <div>
          <dt>{t('openTickets')}</dt>
          <dd data-testid="open-tickets">{format.number(aging.open)}</dd>
        </div>
        <div>
          <dt>{t('slaBreaches')}</dt>
          <dd data-testid="sla-breaches">{format.number(aging.breaches.length)}</dd>
        </div>
        <div>
          <dt>{t('unresolvedRatio', { days: windowDays })}</dt>
          <dd data-testid="unresolved-ratio">{aging.unresolvedRatio === null ? t('noData') : format.percent(aging.unresolvedRatio)}</dd>
        </div>
      </dl>
      {aging.open === 0 && aging.windowTickets === 0 ? <p className="sl-empty">{t('noTickets', { days: windowDays })}</p> : null}
      <figure className="sl-histogram">
        <figcaption>{t('agingChart')}</figcaption>
        <table>
          <tbody>
            {AGE_BUCKETS.map((b) => (
              <tr key={b.id}>
                <th scope="row">{t(`bucket.${b.id}`)}</th>
                <td>
                  <span className="sl-bar" style={{ width: `${(aging.buckets[b.id] / max) * 100}%` }} />
                </td>
                <td data-testid={`bucket-${b.id}`}>{aging.buckets[b.id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      {aging.oldestOpen.length ? (
        <>
          <h3 className="sl-subheading">{t('oldestOpen')}</h3>
          <ul className="sl-list">
            {aging.oldestOpen.map((ticket) => (
              <li key={ticket.id}>
                <TicketSubject ticket={ticket} /> <span className="sl-muted">{t('ageDays', { days: ticket.ageDays })}</span>
              </li>
            ))}
          </ul>
          <ShownCount shown={aging.oldestOpen.length} total={aging.open} testId="oldest-shown" />
        </>
      ) : null}
    </div>
  );
}
