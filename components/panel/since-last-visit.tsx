import type { NewNpsAnswer, PartChange, SinceLastVisit } from '../../lib/metrics/since-last-visit';
import type { Ticket } from '../../lib/crm/snapshot';
import type { Translate } from '../../lib/i18n/translate';
import { useFormat, useT } from '../i18n/i18n-context';
import { BandLabel } from './band-label';
import { sinceLastVisitMessages } from './since-last-visit-messages';
import { TicketSubject } from './ticket-subject';

type Key = keyof typeof sinceLastVisitMessages.en;

/** Up to this many new tickets are named; more are only counted. */
export const NAMED_TICKETS = 3;

/** The count line of a part's new items, or what keeps it from being told; null when there is nothing to say. */
function countLine<T>(change: PartChange<T>, part: 'tickets' | 'nps', t: Translate<Key>): string | null {
  if (change.state === 'none') return null;
  if (change.state === 'unread') return t(`${part}.unread`);
  const count = change.added.length;
  if (count === 0) return change.partial ? t(`${part}.partial`) : null;
  if (change.partial) return t(`${part}.atLeast`, { count });
  return count === 1 ? t(`${part}.one`) : t(`${part}.other`, { count });
}

function TicketsChange({ change, t }: { change: PartChange<Ticket>; t: Translate<Key> }) {
  const line = countLine(change, 'tickets', t);
  if (!line) return null;
  const named = change.state === 'read' && change.added.length <= NAMED_TICKETS ? change.added : [];
  return (
    <li data-testid="since-tickets">
      {line}
      {named.length ? (
        <ul className="sl-list">
          {named.map((ticket) => (
            <li key={ticket.id}>
              <TicketSubject ticket={ticket} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function NpsChange({ change, t }: { change: PartChange<NewNpsAnswer>; t: Translate<Key> }) {
  const line = countLine(change, 'nps', t);
  if (!line) return null;
  const added = change.state === 'read' ? change.added : [];
  const detractors = added.filter((a) => a.detractor);
  return (
    <li data-testid="since-nps">
      {line}
      {added.length ? (
        <>
          {' · '}
          {detractors.length === 0 ? (
            t('nps.noDetractor')
          ) : (
            <strong className="sl-segment-detractor">
              {detractors.length === 1 ? t('nps.detractors.one') : t('nps.detractors.other', { count: detractors.length })}
            </strong>
          )}
        </>
      ) : null}
      {detractors.length ? (
        <ul className="sl-list">
          {detractors.map((a) => (
            <li key={`${a.respondentId}|${a.answeredAt}`}>
              {t('detractor', { name: a.respondentName ?? a.respondentId, score: a.score })}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * What changed on the account since the CSM's last visit: the score and band, new tickets and NPS
 * answers. One quiet line on a first visit or when nothing changed; a part that could not be read
 * says so and is never counted as "nothing new".
 */
export function SinceLastVisitView({ change }: { change: SinceLastVisit }) {
  const t = useT(sinceLastVisitMessages);
  const format = useFormat();
  if (change.kind === 'first-visit')
    return (
      <p className="sl-as-of sl-since-first" data-testid="since-first-visit">
        {t('firstVisit')}
      </p>
    );
  const ago = format.relative(-change.ago.value, change.ago.unit);
  if (!change.changed && change.complete)
    return (
      <section className="sl-section sl-since" aria-labelledby="since-heading" data-testid="since-last-visit">
        <h2 id="since-heading" className="sl-visually-hidden">
          {t('title')}
        </h2>
        <p className="sl-as-of">{t('nothing', { ago })}</p>
      </section>
    );
  const { health } = change;
  return (
    <section className="sl-section sl-since" aria-labelledby="since-heading" data-testid="since-last-visit">
      <header className="sl-section-header">
        <h2 id="since-heading">{t('title')}</h2>
        <time className="sl-as-of" dateTime={change.at} title={format.dateTime(change.at)} data-testid="since-when">
          {t('lastVisit', { ago })}
        </time>
      </header>
      <ul className="sl-since-list">
        {health.changed ? (
          <li data-testid="since-health">
            {health.from && health.to ? (
              <>
                {t('health.moved', { from: format.number(health.from.score), to: format.number(health.to.score) })}{' '}
                {health.from.band !== health.to.band ? (
                  <>
                    <BandLabel band={health.from.band} /> → <BandLabel band={health.to.band} testId="since-band" />
                  </>
                ) : (
                  <BandLabel band={health.to.band} testId="since-band" />
                )}
              </>
            ) : health.to ? (
              <>
                {t('health.new', { to: format.number(health.to.score) })} <BandLabel band={health.to.band} testId="since-band" />
              </>
            ) : health.from ? (
              t('health.gone', { from: format.number(health.from.score) })
            ) : null}
          </li>
        ) : null}
        <TicketsChange change={change.tickets} t={t} />
        <NpsChange change={change.nps} t={t} />
        {!change.changed ? <li className="sl-muted">{t('nothingReadable')}</li> : null}
      </ul>
    </section>
  );
}
