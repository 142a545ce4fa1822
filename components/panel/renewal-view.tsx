import type { Renewal } from '../../lib/metrics/renewal';
import { useFormat, useT } from '../i18n/i18n-context';
import { Money } from './money';
import { RenewalTimeline, useStepTiming } from './renewal-timeline';
import { sectionMessages, type SectionKey } from './sections-messages';
import { timelineMessages } from './timeline-messages';

export function RenewalView({
  renewal,
  churned = false,
  onTick,
}: {
  renewal: Renewal;
  churned?: boolean;
  onTick?: (id: string, done: boolean) => void;
}) {
  const t = useT(sectionMessages);
  const tl = useT(timelineMessages);
  const timing = useStepTiming();
  const format = useFormat();
  if (churned) return <p className="sl-empty">{t('churnedNoPlaybook')}</p>;
  if (!renewal.date || renewal.daysLeft === null) return <p className="sl-empty">{t('noRenewal')}</p>;
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
          <dd>{renewal.arr === null ? t('noData') : <Money amount={renewal.arr} currency={renewal.currency} testId="arr" />}</dd>
        </div>
        <div>
          <dt>{t('mrr')}</dt>
          <dd>{renewal.mrr === null ? t('noData') : <Money amount={renewal.mrr} currency={renewal.currency} testId="mrr" />}</dd>
        </div>
        {renewal.renewalAmount !== null ? (
          <div>
            <dt>{t('renewalAmount')}</dt>
            <dd data-testid="renewal-size-change">
              {/* Per year, as ARR is: a 24-month renewal of 400K is 200K a year; its whole term beside it. */}
              <Money amount={renewal.renewalArr ?? renewal.renewalAmount} currency={renewal.currency} />
              {renewal.renewalArr !== null && renewal.renewalTermMonths !== null && renewal.renewalTermMonths !== 12 ? (
                <span className="sl-size-change sl-muted">
                  {' '}
                  {t('renewalTerm', {
                    amount: format.money(renewal.renewalAmount, renewal.currency, true),
                    months: renewal.renewalTermMonths,
                  })}
                </span>
              ) : null}
              {renewal.sizeChange !== null ? (
                <span className="sl-size-change"> {t('sizeVsArr', { change: format.signedPercent(renewal.sizeChange) })}</span>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      <RenewalTimeline renewal={renewal} onTick={onTick} />
      <p data-testid="renewal-due-now">
        {renewal.dueNow
          ? tl('dueNow', {
              milestone: t(`milestone.${renewal.dueNow.id}` as SectionKey),
              timing: timing(renewal.milestones, renewal.milestones.indexOf(renewal.dueNow), renewal.daysLeft),
            })
          : tl('nothingDue')}
      </p>
    </div>
  );
}
