import type { BookFigures } from '../../lib/metrics/book-figures';
import { useFormat, useT } from '../i18n/i18n-context';
import { BAND_ICON } from '../panel/band-label';
import { sectionMessages } from '../panel/sections-messages';
import { bookMessages } from './book-messages';

/** The book's retention (DESIGN §2: new customers never count), churn, NPS and health distribution. */
export function BookFiguresView({ figures }: { figures: BookFigures }) {
  const t = useT(bookMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const ratio = (r: number | null) => (r === null ? t('noneDue') : format.percent(r));
  return (
    <section aria-labelledby="book-figures-title" className="sl-book-figures">
      <h2 id="book-figures-title">
        {t('figures')} <small>({t('period')})</small>
      </h2>
      <dl>
        <dt>{t('logoRetention')}</dt>
        <dd data-testid="logo-retention">
          {ratio(figures.logo.rate)}{' '}
          {figures.logo.due ? (
            <small>
              {t('retentionDetail', { renewed: figures.logo.renewed, due: figures.logo.due, excluded: figures.logo.excludedNew })}
            </small>
          ) : null}
        </dd>
        <dt>{t('grossRetention')}</dt>
        <dd>{ratio(figures.grossRevenueRetention)}</dd>
        <dt>{t('netRetention')}</dt>
        <dd>{ratio(figures.netRevenueRetention)}</dd>
        <dt>{t('churnRate')}</dt>
        <dd>{ratio(figures.churnRate)}</dd>
        <dt>{t('bookNps')}</dt>
        <dd>{figures.nps === null ? t('noValue') : format.signed(figures.nps)}</dd>
      </dl>
      <ul className="sl-book-bands">
        {(['at-risk', 'needs-attention', 'healthy'] as const).map((b) => (
          <li key={b}>
            <span aria-hidden="true">{BAND_ICON[b]}</span> {s(`band.${b}`)}: {format.number(figures.bands[b])}
          </li>
        ))}
        <li>
          {t('band.unscored')}: {format.number(figures.bands.unscored)}
        </li>
      </ul>
    </section>
  );
}
