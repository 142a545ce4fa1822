import type { Band } from '../../lib/metrics';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages } from '../panel/sections-messages';
import { popupMessages } from './popup-messages';

export interface UpcomingRenewal {
  accountKey: string;
  accountName: string;
  url: string | null;
  date: string;
  daysLeft: number;
  score: number | null;
  band: Band | null;
  arr: number | null;
  currency: string;
}

/**
 * Renewals of the next 120 days across the accounts the CSM has opened, soonest first, with ARR
 * and health, and whose they are: only accounts opened in this browser are known here.
 */
export function UpcomingRenewals({ renewals, accountsKnown }: { renewals: readonly UpcomingRenewal[]; accountsKnown: number }) {
  const t = useT(popupMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const scope = (
    <p className="sl-muted" data-testid="upcoming-scope">
      {t('scope', { n: accountsKnown })}
    </p>
  );
  if (!renewals.length)
    return (
      <>
        {scope}
        <p className="sl-empty">{t('noUpcoming')}</p>
      </>
    );
  return (
    <>
      {scope}
      <ul className="sl-list" aria-label={t('upcoming')}>
        {renewals.map((r) => (
          <li key={r.accountKey}>
            {r.url ? (
              <a href={r.url} target="_blank" rel="noreferrer">
                {r.accountName}
              </a>
            ) : (
              r.accountName
            )}{' '}
            <span className="sl-muted">
              {format.date(r.date)} · {r.daysLeft >= 0 ? t('daysLeft', { days: r.daysLeft }) : t('overdueDays', { days: -r.daysLeft })}{' '}
              ·{' '}
            </span>
            {r.arr !== null ? (
              <span data-testid="upcoming-arr">{t('arr', { amount: format.money(r.arr, r.currency, true) })} · </span>
            ) : null}
            {r.band ? (
              <span className={`sl-band sl-band-${r.band}`}>
                {format.number(r.score!)} {s(`band.${r.band}`)}
              </span>
            ) : (
              <span className="sl-muted">{t('notScored')}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
