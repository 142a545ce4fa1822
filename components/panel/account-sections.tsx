import type { ReactNode } from 'react';
import type { AccountSnapshot, Part } from '../../lib/crm/snapshot';
import type { AccountMetrics } from '../../lib/metrics/compute-all';
import type { MetricsSettings } from '../../lib/settings/metrics-settings';
import { useFormat, useT } from '../i18n/i18n-context';
import { measureSources } from '../../lib/imports/measure-sources';
import { HealthView, type OverrideControls } from './health-view';
import { NpsView } from './nps-view';
import { panelMessages } from './panel-messages';
import { RenewalView } from './renewal-view';
import { Section, type SectionState } from './section';
import { sectionMessages } from './sections-messages';
import { TicketsView } from './tickets-view';
import { useCrmErrorText } from './use-crm-error-text';

/** The panel's sections; each has its own state, so one failing source blanks only itself. */
export function AccountSections({
  snapshot,
  metrics,
  settings,
  history,
  loading,
  override,
  notes,
}: {
  snapshot: AccountSnapshot | null;
  metrics: AccountMetrics | null;
  settings: MetricsSettings;
  history: ReadonlyArray<{ day: string; score: number | null }>;
  loading: boolean;
  override?: OverrideControls;
  /** The notes view, wired by the page (it needs the account key and the store). */
  notes?: ReactNode;
}) {
  const t = useT(panelMessages);
  const s = useT(sectionMessages);
  const format = useFormat();
  const errorText = useCrmErrorText(snapshot?.crm);
  const base: SectionState | null = loading ? { kind: 'loading' } : !snapshot || !metrics ? { kind: 'empty', message: s('unavailable') } : null;
  const partState = (part: Part<unknown>): SectionState => {
    if (part.status === 'error') return { kind: 'error', ...errorText(part.error) };
    if (part.status === 'missing') return { kind: 'empty', message: part.reason ? s(`missing.${part.reason}`) : s('noData') };
    return { kind: 'ready' };
  };
  const asOf = (part: Part<unknown> | undefined) => (part?.status === 'ok' ? t('asOf', { time: format.dateTime(part.asOf) }) : undefined);

  return (
    <>
      <Section id="health" title={t('health')} state={base ?? { kind: 'ready' }} asOf={snapshot ? t('asOf', { time: format.dateTime(snapshot.fetchedAt) }) : undefined}>
        {metrics ? <HealthView health={metrics.health} trend={metrics.trend} history={history} override={override} sources={snapshot ? measureSources(snapshot) : undefined} /> : null}
      </Section>
      <Section id="renewal" title={t('renewal')} state={base ?? { kind: 'ready' }} asOf={asOf(snapshot?.opportunities)}>
        {metrics ? <RenewalView renewal={metrics.renewal} /> : null}
      </Section>
      <Section id="tickets" title={t('tickets')} state={base ?? partState(snapshot!.tickets)} asOf={asOf(snapshot?.tickets)}>
        {metrics?.tickets ? <TicketsView aging={metrics.tickets} windowDays={settings.ticketWindowDays} /> : null}
      </Section>
      <Section id="nps" title={t('nps')} state={base ?? partState(snapshot!.nps)} asOf={asOf(snapshot?.nps)}>
        {metrics ? <NpsView nps={metrics.nps} windowMonths={settings.npsWindowMonths} /> : null}
      </Section>
      <Section id="notes" title={t('notes')} state={base ?? { kind: 'ready' }}>
        {notes}
      </Section>
    </>
  );
}
