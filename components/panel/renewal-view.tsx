import type { Renewal } from '../../lib/metrics/renewal';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages, type SectionKey } from './sections-messages';

export function RenewalView({ renewal, churned = false }: { renewal: Renewal; churned?: boolean; onTick?: (id: string, done: boolean) => void }) {
  const t = useT(sectionMessages);
  const format = useFormat();
  if (churned) return <p className="sl-empty">{t('churnedNoPlaybook')}</p>;
  if (!renewal.date || renewal.daysLeft === null) return <p className="sl-empty">{t('noRenewal')}</p>;
  const money = (n: number | null) => (n === null ? t('noData') : format.money(n, renewal.currency));
  const span = Math.max(renewal.daysLeft, ...renewal.milestones.map((m) => m.offsetDays), 1);
  return (
    <div>
      <p className="sl-renewal-date">
        {t('renewalDate')}: <strong data-testid="renewal-date">{format.date(renewal.date)}</strong> ·{' '}
        <span data-testid="days-to-renewal" data-days={renewal.daysLeft}>
          {renewal.daysLeft >= 0 ? t('daysLeft', { days: renewal.daysLeft }) : t('daysPast', { days: -renewal.daysLeft })}
        </span>
        <br />
        <span className="sl-muted">{t(`source.${renewal.source!}` as SectionKey)}</span>
      </p>
      <dl className="sl-figures">
        <div>
          <dt>{t('arr')}</dt>
          <dd data-testid="arr">{money(renewal.arr)}</dd>
        </div>
        <div>
          <dt>{t('mrr')}</dt>
          <dd data-testid="mrr">{money(renewal.mrr)}</dd>
        </div>
        {renewal.sizeChange !== null ? (
          <div>
            <dt>{t('sizeChange')}</dt>
            <dd data-testid="renewal-size-change">
              {renewal.sizeChange > 0 ? '+' : ''}
              {format.percent(renewal.sizeChange)}
            </dd>
          </div>
        ) : null}
      </dl>
      {/* The timeline from today (left) to the renewal date (right), milestones placed by date. */}
      <div className="sl-timeline" aria-hidden="true">
        <div className="sl-timeline-track" />
        {renewal.milestones.map((m) => {
          const daysFromToday = renewal.daysLeft! - m.offsetDays;
          const left = Math.min(100, Math.max(0, (daysFromToday / span) * 100));
          return <span key={m.id} className={`sl-timeline-dot sl-state-${m.state}`} style={{ left: `${left}%` }} title={t(`milestone.${m.id}` as SectionKey)} />;
        })}
      </div>
      <ol className="sl-milestones">
        {renewal.milestones.map((m) => (
          <li key={m.id} className={`sl-state-${m.state}`} data-testid={`milestone-${m.id}`} data-state={m.state}>
            <span>{t(`milestone.${m.id}` as SectionKey)}</span> <span className="sl-muted">{format.date(m.dueDate)}</span>{' '}
            <span className="sl-chip">{t(`state.${m.state}`)}</span>
          </li>
        ))}
      </ol>
      <p data-testid="renewal-due-now">
        {renewal.dueNow
          ? t('dueNow', { milestone: t(`milestone.${renewal.dueNow.id}` as SectionKey), date: format.date(renewal.dueNow.dueDate) })
          : t('nothingDue')}
      </p>
    </div>
  );
}
