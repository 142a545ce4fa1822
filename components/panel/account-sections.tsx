import { useRef, type ReactNode } from 'react';
import type { AccountSnapshot, Part } from '../../lib/crm/snapshot';
import { nextStepsOf } from '../../lib/metrics/health';
import type { AccountMetrics } from '../../lib/metrics/compute-all';
import type { MetricsSettings } from '../../lib/settings/metrics-settings';
import { profileOf } from '../../lib/crm/profiles';
import { measureSources } from '../../lib/imports/measure-sources';
import { useFormat, useT } from '../i18n/i18n-context';
import { HealthView, type OverrideControls, type SignalSetup } from './health-view';
import { absenceOf } from './measure-absence';
import { NpsView, type NpsCapture } from './nps-view';
import { panelMessages } from './panel-messages';
import { RenewalView } from './renewal-view';
import { Section, type SectionState } from './section';
import { sectionMessages, type SectionKey } from './sections-messages';
import type { Translate } from '../../lib/i18n/translate';
import { Summary } from './summary';
import { summaryMessages } from './summary-messages';
import { TicketsView } from './tickets-view';
import { useCrmErrorText } from './use-crm-error-text';

/** The summary names the first few steps; the health breakdown names one per measure below green. */
const SUMMARY_STEPS = 3;

/** Where the account's NPS answers came from, in words: the file of the newest one, or the CRM. */
function npsSourceOf(snapshot: AccountSnapshot, s: Translate<SectionKey>): string {
  const file = snapshot.nps.status === 'ok' ? snapshot.nps.source?.file : undefined;
  return file ? s('npsSource.import', { file }) : s('npsSource.crm', { crm: profileOf(snapshot.crm).name });
}

/** The panel's sections; each has its own state, so one failing source blanks only itself. */
export function AccountSections({
  snapshot,
  metrics,
  settings,
  history,
  loading,
  override,
  notes,
  sinceLastVisit,
  milestoneTicks,
  signalSetup,
  captureNps,
}: {
  /** Opens the VOC capture window on an NPS comment; absent where it cannot. */
  captureNps?: (capture: NpsCapture) => void;
  /** Where the Health section sends the CSM when the scorecard lacks data. */
  signalSetup?: SignalSetup;
  snapshot: AccountSnapshot | null;
  metrics: AccountMetrics | null;
  settings: MetricsSettings;
  history: ReadonlyArray<{ day: string; score: number | null }>;
  loading: boolean;
  override?: OverrideControls;
  /** The notes view, wired by the page (it needs the account key and the store). */
  notes?: ReactNode;
  /** What changed since the CSM's last visit, wired by the page (it keeps the visits); right under the summary. */
  sinceLastVisit?: ReactNode;
  /** Ticks a renewal step in the checklist the popup shows; absent where it cannot be stored. */
  milestoneTicks?: (id: string, done: boolean) => void;
}) {
  const t = useT(panelMessages);
  const s = useT(sectionMessages);
  const w = useT(summaryMessages);
  const format = useFormat();
  const errorText = useCrmErrorText(snapshot?.crm);
  const notesRef = useRef<HTMLDivElement>(null);
  const steps = metrics ? nextStepsOf(metrics.health, settings.bands.healthyFrom) : [];
  const base: SectionState | null = loading
    ? { kind: 'loading' }
    : !snapshot || !metrics
      ? { kind: 'empty', message: s('unavailable') }
      : null;
  const partState = (part: Part<unknown>): SectionState => {
    if (part.status === 'error') return { kind: 'error', ...errorText(part.error) };
    if (part.status === 'missing') return { kind: 'empty', message: part.reason ? s(`missing.${part.reason}`) : s('noData') };
    return { kind: 'ready' };
  };
  // The snapshot's time is said once, in the summary; a part read at another time says its own.
  const snapshotTime = snapshot ? format.dateTime(snapshot.fetchedAt) : null;
  const cutOf = (part: Part<unknown> | undefined) => (part?.status === 'ok' ? part.cut : undefined);
  const asOf = (part: Part<unknown> | undefined) =>
    part?.status === 'ok' && format.dateTime(part.asOf) !== snapshotTime ? t('asOf', { time: format.dateTime(part.asOf) }) : undefined;
  // The notes editor is another component's: open it through its own "new note" control, or
  // focus its field when it is already open.
  const openNote = () => {
    const root = notesRef.current;
    const field = root?.querySelector<HTMLTextAreaElement>('textarea');
    if (field) field.focus();
    else root?.querySelector<HTMLButtonElement>('button[aria-keyshortcuts]')?.click();
    root?.scrollIntoView({ block: 'start' });
  };

  return (
    <>
      {snapshot && metrics ? (
        <Summary health={metrics.health} renewal={metrics.renewal} steps={steps.slice(0, SUMMARY_STEPS)} asOf={snapshot.fetchedAt} />
      ) : null}
      {sinceLastVisit}
      <Section id="health" title={t('health')} state={base ?? { kind: 'ready' }}>
        {metrics ? (
          <HealthView
            health={metrics.health}
            steps={steps}
            trend={metrics.trend}
            history={history}
            override={override}
            snapshotDay={snapshot?.fetchedAt.slice(0, 10)}
            absence={(m) =>
              absenceOf(m, {
                tickets: metrics.tickets,
                ticketWindowDays: settings.ticketWindowDays,
                npsWindowMonths: settings.npsWindowMonths,
              })
            }
            sources={snapshot ? measureSources(snapshot) : undefined}
            setup={signalSetup}
          />
        ) : null}
      </Section>
      <Section
        id="renewal"
        title={t('renewal')}
        state={base ?? { kind: 'ready' }}
        asOf={asOf(snapshot?.opportunities)}
        cut={cutOf(snapshot?.opportunities)}
      >
        {metrics ? <RenewalView renewal={metrics.renewal} churned={metrics.health.state === 'churned'} onTick={milestoneTicks} /> : null}
      </Section>
      <Section
        id="tickets"
        title={t('tickets')}
        state={base ?? partState(snapshot!.tickets)}
        asOf={asOf(snapshot?.tickets)}
        cut={cutOf(snapshot?.tickets)}
      >
        {metrics?.tickets ? <TicketsView aging={metrics.tickets} windowDays={settings.ticketWindowDays} /> : null}
      </Section>
      <Section id="nps" title={t('nps')} state={base ?? partState(snapshot!.nps)} asOf={asOf(snapshot?.nps)} cut={cutOf(snapshot?.nps)}>
        {metrics ? (
          <NpsView
            nps={metrics.nps}
            windowMonths={settings.npsWindowMonths}
            capture={snapshot && captureNps ? { source: npsSourceOf(snapshot, s), onCapture: captureNps } : undefined}
          />
        ) : null}
      </Section>
      <div ref={notesRef}>
        <Section id="notes" title={t('notes')} state={notes ? { kind: 'ready' } : (base ?? { kind: 'ready' })}>
          {notes}
        </Section>
      </div>
      {notes ? (
        <div className="sl-sticky-actions">
          <button type="button" className="sl-primary" onClick={openNote} data-testid="sticky-new-note">
            {w('newNote')}
          </button>
        </div>
      ) : null}
    </>
  );
}
