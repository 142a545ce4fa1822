import type { Health, NextStep } from '../../lib/metrics/health';
import type { Renewal } from '../../lib/metrics/renewal';
import { useFormat, useT } from '../i18n/i18n-context';
import { BandLabel } from './band-label';
import { useNextStepText } from './next-step-text';
import { summaryMessages } from './summary-messages';

/** Below this share of the scorecard's weight with data, the score carries a confidence mark. */
export const CONFIDENT_COVERAGE = 0.8;

function RenewalDays({ renewal }: { renewal: Renewal }) {
  const t = useT(summaryMessages);
  const days = renewal.daysLeft;
  const text =
    days === null
      ? t('noRenewal')
      : days === 0
        ? t('renewalToday')
        : days === 1
          ? t('daysToRenewal1')
          : days > 0
            ? t('daysToRenewal', { days })
            : t('renewalPassed', { days: -days });
  return (
    <p className="sl-summary-renewal" data-testid="summary-renewal" data-days={days ?? undefined}>
      {text}
    </p>
  );
}

/** What a CSM needs in three seconds: the score and how sure it is, the renewal, and what to do. */
export function Summary({
  health,
  renewal,
  steps,
  asOf,
}: {
  health: Health;
  renewal: Renewal;
  /** The first few next steps, the biggest lift first. */
  steps: readonly NextStep[];
  /** When the snapshot was read (an ISO instant). */
  asOf: string;
}) {
  const t = useT(summaryMessages);
  const format = useFormat();
  const say = useNextStepText();
  const shown = health.state !== 'churned' ? (health.override ?? null) : null;
  // The CSM's override in force leads; the computed score stays beside it.
  const display = shown ?? (health.state === 'scored' ? health : null);
  return (
    <section className="sl-summary" data-testid="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="sl-visually-hidden">
        {t('title')}
      </h2>
      <div className="sl-score-row">
        {health.state === 'churned' ? (
          <p className="sl-summary-status">{t('churned')}</p>
        ) : !display ? (
          <p className="sl-summary-status">{t('notEnoughData', { coverage: format.percent(health.coverage) })}</p>
        ) : (
          <>
            <span className="sl-big-number" data-testid="health-score">
              {format.number(display.score)}
            </span>
            <BandLabel band={display.band} testId="health-band" />
            {health.coverage < CONFIDENT_COVERAGE ? (
              <span className="sl-confidence" data-testid="confidence">
                <span aria-hidden="true">◔</span> {t('lowConfidence', { coverage: format.percent(health.coverage) })}
              </span>
            ) : null}
            {shown && health.state === 'scored' ? (
              <span className="sl-muted">({t('overridden', { score: format.number(health.score) })})</span>
            ) : null}
          </>
        )}
      </div>
      {health.state !== 'churned' ? (
        <>
          <RenewalDays renewal={renewal} />
          <h3 className="sl-subheading">{t('nextSteps')}</h3>
          {steps.length ? (
            <ol className="sl-next-steps">
              {steps.map((step) => (
                <li key={step.measure} data-testid="next-step" data-measure={step.measure}>
                  {say(step)}
                  {step.points > 0 ? <span className="sl-muted"> · {t('stepGain', { points: format.number(step.points) })}</span> : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="sl-empty">{t('noSteps')}</p>
          )}
        </>
      ) : null}
      <p className="sl-as-of" data-testid="snapshot-as-of">
        {t('asOf', { time: format.dateTime(asOf) })}
      </p>
    </section>
  );
}
