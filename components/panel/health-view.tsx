import type { MeasureSource } from '../../lib/imports/measure-sources';
import type { Health, Measure, MeasureId, NextStep, Trend } from '../../lib/metrics/health';
import { useFormat, useT } from '../i18n/i18n-context';
import type { Absence } from './measure-absence';
import { useNextStepText } from './next-step-text';
import { Sparkline, TrendChips } from './trend-chips';
import { OverrideForm, type OverrideDraft } from './override-form';
import { sectionMessages, type SectionKey } from './sections-messages';
import { CONFIDENT_COVERAGE } from './summary';
import { summaryMessages } from './summary-messages';

export interface OverrideControls {
  current: OverrideDraft | null;
  defaultExpiry: string;
  onSave: (draft: OverrideDraft) => void;
  onClear: () => void;
}

function MeasureRow({
  measure,
  snapshotDay,
  absence,
  source,
}: {
  measure: Measure;
  snapshotDay?: string;
  absence: Absence | null;
  source?: MeasureSource;
}) {
  const t = useT(sectionMessages);
  const w = useT(summaryMessages);
  const format = useFormat();
  const value = (id: string, v: number | string | null) => {
    if (v === null) return t('noData');
    if (id === 'touchSource' && typeof v === 'string') return t(`touchSource.${v}` as SectionKey);
    if (typeof v === 'string') return v === 'left' ? t('championLeft') : v;
    return id === 'unresolvedRatio' || id === 'usageChange' ? format.percent(v) : format.number(v, 1);
  };
  return (
    <li className="sl-measure" data-testid={`measure-${measure.id}`}>
      <div className="sl-measure-head">
        <strong>{t(`measure.${measure.id}`)}</strong>
        <span>{measure.score === null ? t('noData') : format.number(measure.score)}</span>
      </div>
      <div className="sl-measure-meta">
        {t('measureLine', {
          weight: measure.weight,
          contribution: measure.contribution === null ? '—' : format.number(measure.contribution, 1),
        })}
        {measure.asOf && measure.asOf.slice(0, 10) !== snapshotDay ? ` · ${t('asOf', { date: format.date(measure.asOf) })}` : ''}
        {source ? (
          <span
            data-testid={`measure-${measure.id}-source`}
          >{` · ${t('fromImport', { file: source.file, date: format.date(source.importedAt) })}`}</span>
        ) : null}
      </div>
      {absence ? (
        <div className="sl-measure-inputs" data-testid={`absence-${measure.id}`}>
          {w(absence.key, absence.vars)} · {absence.counted ? w('counted') : w('notCounted')}
        </div>
      ) : measure.inputs.length ? (
        <div className="sl-measure-inputs">
          {measure.inputs.map((i) => `${t(`input.${i.id}` as SectionKey)}: ${value(i.id, i.value)}`).join(' · ')}
        </div>
      ) : null}
    </li>
  );
}

/** Where the CSM gives the scorecard more data: the options page's mapping, and the import page. */
export interface SignalSetup {
  mappingsHref: string;
  /** Opens the mapping (through the background: a framed page may not open tabs itself). */
  openMappings: () => void;
  importHref: string;
}

/** Under the confidence threshold, what would fill the scorecard, one click away. */
function SetUpSignals({ coverage, setup }: { coverage: number; setup: SignalSetup }) {
  const t = useT(sectionMessages);
  const format = useFormat();
  return (
    <p className="sl-banner" data-testid="set-up-signals">
      {t('setUpWhy', { coverage: format.percent(coverage) })}{' '}
      <a
        href={setup.mappingsHref}
        target="_blank"
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          setup.openMappings();
        }}
      >
        {t('setUpSignals')}
      </a>
      {' · '}
      <a href={setup.importHref} target="_blank" rel="noreferrer">
        {t('importSignals')}
      </a>
    </p>
  );
}

export function HealthView({
  health,
  trend,
  history,
  override,
  snapshotDay,
  absence = () => null,
  sources,
  steps = [],
  setup,
}: {
  /** One next step per measure below green, the biggest lift first. */
  steps?: readonly NextStep[];
  /** Offered when coverage is under the confidence threshold; absent where nothing can be set up. */
  setup?: SignalSetup;
  /** Measures whose newest input came from an imported file, by measure. */
  sources?: Partial<Record<MeasureId, MeasureSource>>;
  /** A measure's inputs that are all absences, in words, and whether they count. */
  absence?: (measure: Measure) => Absence | null;
  health: Health;
  trend: Trend[];
  history: ReadonlyArray<{ day: string; score: number | null }>;
  override?: OverrideControls;
  /** The day the snapshot was read: a measure's "as of" shows only when it differs. */
  snapshotDay?: string;
}) {
  const t = useT(sectionMessages);
  const w = useT(summaryMessages);
  const format = useFormat();
  const say = useNextStepText();
  return (
    <div>
      {health.state === 'churned' ? <p className="sl-empty">{t('churned')}</p> : null}
      {health.state !== 'churned' && health.override ? (
        <p className="sl-banner" data-testid="health-override">
          {t('override', {
            score: format.number(health.override.score),
            band: t(`band.${health.override.band}`),
            date: format.date(health.override.expiresAt),
            reason: health.override.reason,
          })}
          {health.state === 'scored' ? ` (${t('computed')}: ${format.number(health.score)})` : ''}
        </p>
      ) : null}
      {health.state === 'scored' ? (
        <div className="sl-trend-row">
          <TrendChips trend={trend} />
          <Sparkline history={history} />
        </div>
      ) : null}
      {setup && health.state !== 'churned' && health.coverage < CONFIDENT_COVERAGE ? (
        <SetUpSignals coverage={health.coverage} setup={setup} />
      ) : null}
      {override && health.state !== 'churned' ? <OverrideForm {...override} /> : null}
      <details className="sl-breakdown" data-testid="breakdown">
        <summary>{health.state === 'scored' ? w('why', { score: format.number(health.score) }) : w('whyNoScore')}</summary>
        {health.state !== 'churned' ? (
          <p className="sl-muted" data-testid="health-coverage">
            {t('coverage', { coverage: format.percent(health.coverage) })}
          </p>
        ) : null}
        {steps.length ? (
          <ol className="sl-next-steps" aria-label={w('nextSteps')}>
            {steps.map((step) => (
              <li key={step.measure} data-testid="next-step" data-measure={step.measure}>
                {say(step)}
              </li>
            ))}
          </ol>
        ) : null}
        <ul className="sl-measures">
          {health.measures.map((m) => (
            <MeasureRow
              key={m.id}
              measure={m}
              snapshotDay={snapshotDay}
              absence={absence(m)}
              {...(sources?.[m.id] ? { source: sources[m.id] } : {})}
            />
          ))}
        </ul>
      </details>
    </div>
  );
}
