import type { Health } from '../../lib/metrics/health';
import type { Renewal } from '../../lib/metrics/renewal';
import { useFormat, useT } from '../i18n/i18n-context';
import { BandLabel } from './band-label';
import type { NextStep } from './next-steps';
import { summaryMessages, type SummaryKey } from './summary-messages';

/** Below this share of the scorecard's weight with data, the score carries a confidence mark. */
export const CONFIDENT_COVERAGE = 0.8;

type Worded = { key: SummaryKey; vars: Record<string, number | string> };

/** A lever (action + numbers) as a sentence key and its values; `championLeft` names who left. */
export function stepWords(step: NextStep, championLeft: string | null): Worded {
  const { action, vars } = step.lever;
  const form = (n: number | undefined) => (n === 1 ? 'one' : 'other');
  switch (action) {
    case 'recover-usage':
      return { key: vars.users !== undefined ? 'step.recover-usage.users' : 'step.recover-usage.logins', vars };
    case 'introduce-features':
      return { key: `step.introduce-features.${form(vars.features)}`, vars };
    case 'follow-up-detractors':
      return { key: `step.follow-up-detractors.${form(vars.detractors)}`, vars };
    case 'convert-passives':
      return { key: `step.convert-passives.${form(vars.passives)}`, vars };
    case 'resolve-open-tickets':
      return { key: vars.pastSla ? 'step.resolve-open-tickets.pastSla' : `step.resolve-open-tickets.${form(vars.tickets)}`, vars };
    case 'collect-overdue-invoices':
      return { key: `step.collect-overdue-invoices.${form(vars.invoices)}`, vars };
    case 'touch-account':
      return { key: vars.days === undefined ? 'step.touch-account.never' : 'step.touch-account', vars };
    case 'name-champion':
      return championLeft ? { key: 'step.name-champion.left', vars: { name: championLeft } } : { key: 'step.name-champion', vars };
    default:
      return { key: `step.${action}`, vars };
  }
}

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
  championLeft,
  asOf,
}: {
  health: Health;
  renewal: Renewal;
  steps: readonly NextStep[];
  championLeft: string | null;
  /** When the snapshot was read (an ISO instant). */
  asOf: string;
}) {
  const t = useT(summaryMessages);
  const format = useFormat();
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
              {steps.map((step) => {
                const words = stepWords(step, championLeft);
                return (
                  <li key={step.measure} data-testid="next-step" data-measure={step.measure}>
                    {t(words.key, words.vars)}
                    {step.lever.points > 0 ? (
                      <span className="sl-muted"> · {t('stepGain', { points: format.number(step.lever.points) })}</span>
                    ) : null}
                  </li>
                );
              })}
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
