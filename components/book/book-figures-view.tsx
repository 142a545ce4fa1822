import { useId, useMemo, useState } from 'react';
import {
  bookFigures,
  FIGURE_PERIODS,
  periodRange,
  renewalsByMonth,
  type FigurePeriod,
  type RevenueRetention,
} from '../../lib/metrics/book-figures';
import type { BookRow } from '../../lib/metrics/book-row';
import { useFormat, useT } from '../i18n/i18n-context';
import { BAND_ICON } from '../panel/band-label';
import { sectionMessages } from '../panel/sections-messages';
import { bookMessages } from './book-messages';
import { figuresMessages } from './figures-messages';

/**
 * The book's retention over the period the CSM picks (DESIGN §2: new customers never count),
 * churn, NPS, health distribution and the renewals due month by month.
 */
export function BookFiguresView({ rows, today }: { rows: readonly BookRow[]; today: string }) {
  const t = useT(figuresMessages);
  const b = useT(bookMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const periodId = useId();
  const [period, setPeriod] = useState<FigurePeriod>('last-12-months');
  const range = periodRange(period, today);
  const figures = useMemo(() => bookFigures(rows, range.from, range.to), [rows, range.from, range.to]);
  const months = useMemo(() => renewalsByMonth(rows, today), [rows, today]);
  const ratio = (r: number | null) => (r === null ? t('noneDue') : format.percent(r));
  // One currency reads as one figure; several as one figure each, never a sum across them.
  const revenue = (rate: (r: RevenueRetention) => number) =>
    figures.revenue.length === 0
      ? t('noneDue')
      : figures.revenue.length === 1
        ? format.percent(rate(figures.revenue[0]!))
        : figures.revenue.map((r) => `${r.currency} ${format.percent(rate(r))}`).join(' · ');

  return (
    <section aria-labelledby="book-figures-title" className="sl-book-figures">
      <h2 id="book-figures-title">{t('figures')}</h2>
      <p>
        <label htmlFor={periodId}>{t('period')}</label>{' '}
        <select id={periodId} value={period} onChange={(e) => setPeriod(e.target.value as FigurePeriod)}>
          {FIGURE_PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`period.${p}`)}
            </option>
          ))}
        </select>{' '}
        <small data-testid="figures-range">
          {format.date(range.from)} – {format.date(range.to)}
        </small>
      </p>
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
        <dd data-testid="gross-retention">{revenue((r) => r.gross / r.due)}</dd>
        <dt>{t('netRetention')}</dt>
        <dd data-testid="net-retention">{revenue((r) => r.net / r.due)}</dd>
        <dt>{t('churnRate')}</dt>
        <dd>{ratio(figures.churnRate)}</dd>
        <dt>{t('bookNps')}</dt>
        <dd>{figures.nps === null ? b('noValue') : format.signed(figures.nps)}</dd>
      </dl>
      {figures.revenue.length > 1 ? (
        <p>
          <small>{t('perCurrency')}</small>
        </p>
      ) : null}
      <ul className="sl-book-bands">
        {(['at-risk', 'needs-attention', 'healthy'] as const).map((band) => (
          <li key={band}>
            <span aria-hidden="true">{BAND_ICON[band]}</span> {s(`band.${band}`)}: {format.number(figures.bands[band])}
          </li>
        ))}
        <li>
          {b('band.unscored')}: {format.number(figures.bands.unscored)}
        </li>
      </ul>
      <h3 id="book-renewals-title">{t('renewalsByMonth')}</h3>
      {months.length === 0 ? (
        <p>{t('renewalsNone')}</p>
      ) : (
        <table aria-labelledby="book-renewals-title" className="sl-book-months">
          <thead>
            <tr>
              <th scope="col">{t('col.month')}</th>
              <th scope="col">{t('col.accounts')}</th>
              <th scope="col">{t('col.renewalArr')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{format.month(m.month)}</th>
                <td>{format.number(m.accounts)}</td>
                <td>{m.arr.length ? m.arr.map((a) => format.money(a.amount, a.currency, true)).join(' · ') : b('noValue')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
