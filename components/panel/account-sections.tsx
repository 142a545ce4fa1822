import { useRef, type ReactNode } from 'react';
import type { AccountSnapshot, Part } from '../../lib/crm/snapshot';
import type { AccountMetrics } from '../../lib/metrics/compute-all';
import type { MetricsSettings } from '../../lib/settings/metrics-settings';
import { measureSources } from '../../lib/imports/measure-sources';
import { useFormat, useT } from '../i18n/i18n-context';
import { HealthView, type OverrideControls } from './health-view';
import { absenceOf } from './measure-absence';
import { nextStepsOf } from './next-steps';
import { NpsView } from './nps-view';
import { panelMessages } from './panel-messages';
import { RenewalView } from './renewal-view';
import { Section, type SectionState } from './section';
import { sectionMessages } from './sections-messages';
import { Summary } from './summary';
import { summaryMessages } from './summary-messages';
import { TicketsView } from './tickets-view';
import { useCrmErrorText } from './use-crm-error-text';

/** The champion who left, when no other champion is in place: the summary names them. */
export function championLeftOf(snapshot: AccountSnapshot): string | null {
  if (snapshot.contacts.status !== 'ok') return null;
  const champions = snapshot.contacts.data.filter((c) => c.isChampion);
  return champions.some((c) => !c.hasLeft) ? null : (champions.find((c) => c.hasLeft)?.name ?? null);
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
  milestoneTicks,
}: {
  snapshot: AccountSnapshot | null;
  metrics: AccountMetrics | null;
  settings: MetricsSettings;
  history: ReadonlyArray<{ day: string; score: number | null }>;
  loading: boolean;
  override?: OverrideControls;
  /** The notes view, wired by the page (it needs the account key and the store). */
  notes?: ReactNode;
  /** Ticks a renewal step in the checklist the popup shows; absent where it cannot be stored. */
  milestoneTicks?: (id: string, done: boolean) => void;
}) {
  const t = useT(panelMessages);
  const s = useT(sectionMessages);
  const w = useT(summaryMessages);
  const format = useFormat();
  const errorText = useCrmErrorText(snapshot?.crm);
  const notesRef = useRef<HTMLDivElement>(null);
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
        <Summary
          health={metrics.health}
          renewal={metrics.renewal}
          steps={nextStepsOf(metrics.health, settings.bands.healthyFrom)}
          championLeft={championLeftOf(snapshot)}
          asOf={snapshot.fetchedAt}
        />
      ) : null}
      <Section id="health" title={t('health')} state={base ?? { kind: 'ready' }}>
        {metrics ? (
          <HealthView
            health={metrics.health}
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
          />
        ) : null}
      </Section>
      <Section id="renewal" title={t('renewal')} state={base ?? { kind: 'ready' }} asOf={asOf(snapshot?.opportunities)}>
        {metrics ? <RenewalView renewal={metrics.renewal} churned={metrics.health.state === 'churned'} onTick={milestoneTicks} /> : null}
      </Section>
      <Section id="tickets" title={t('tickets')} state={base ?? partState(snapshot!.tickets)} asOf={asOf(snapshot?.tickets)}>
        {metrics?.tickets ? <TicketsView aging={metrics.tickets} windowDays={settings.ticketWindowDays} /> : null}
      </Section>
      <Section id="nps" title={t('nps')} state={base ?? partState(snapshot!.nps)} asOf={asOf(snapshot?.nps)}>
        {metrics ? <NpsView nps={metrics.nps} windowMonths={settings.npsWindowMonths} /> : null}
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
