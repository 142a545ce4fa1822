import { useQuery } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { useAfterPaint } from '../../components/hooks/use-after-paint';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { AccountSections } from '../../components/panel/account-sections';
import { panelMessages } from '../../components/panel/panel-messages';
import { PanelShell, type RailSummary } from '../../components/panel/panel-shell';
import type { AccountMetrics } from '../../lib/metrics/compute-all';
import { useCrmErrorText } from '../../components/panel/use-crm-error-text';
import { panelCollapsed, panelWidth } from '../../lib/browser/stored-keys';
import type { RecordRef } from '../../lib/pages/record-ref';
import { CrmQueryError } from '../../lib/crm/errors';
import { accountSnapshotQuery, cachedSnapshotQuery, pageTitleQuery } from './queries';
import { crmClient } from '../../lib/messages/crm-client';
import { openSettings } from '../../lib/messages/store-client';
import { importPageUrl } from '../../lib/messages/imports-client';
import { NotesSection } from '../../components/notes/notes-section';
import { captureApi, notesApi } from '../../lib/messages/notes-client';
import { useAccountMetrics } from './use-account-metrics';
import { accountKeyOf } from '../../lib/crm/snapshot';
import { recordNameFromTitle } from '../../lib/pages/page-title';
import { recordKey } from '../../lib/pages/record-ref';
import { useNotesSync } from './use-notes-sync';
import { useHashRecord } from './use-hash-record';
import { PlanPanel } from './plan-panel';
import { useSinceLastVisit } from './use-since-last-visit';
import { SinceLastVisitView } from '../../components/panel/since-last-visit';

export function PanelApp() {
  const t = useT(panelMessages);
  const ref = useHashRecord();
  return ref ? <AccountPanel key={`${ref.crm}:${ref.recordId}`} record={ref} /> : <p className="sl-empty">{t('noRecord')}</p>;
}

function AccountPanel({ record }: { record: RecordRef }) {
  const t = useT(panelMessages);
  const format = useFormat();
  const errorText = useCrmErrorText(record.crm);
  const [collapsed, setCollapsed] = useStoredValue(panelCollapsed);
  const [width, setWidth] = useStoredValue(panelWidth);
  const cached = useQuery(cachedSnapshotQuery(record));
  const painted = useAfterPaint(cached.isFetched);
  // The live request waits for the cache read and the paint that follows it, so a revisited
  // account shows its stored snapshot before any request leaves; then it revalidates.
  const live = useQuery({ ...accountSnapshotQuery(record), enabled: cached.isFetched && (!cached.data || painted) });
  const snapshot = live.data ?? cached.data?.snapshot;
  const error = live.error instanceof CrmQueryError ? live.error.crm : null;
  const loading = !snapshot && !error;
  const { metrics, settings, history, override, tick } = useAccountMetrics(snapshot);
  useNotesSync(snapshot, record);
  const sinceLastVisit = useSinceLastVisit(snapshot, metrics?.health, collapsed === false);

  const typeLabel = t(`object.${record.objectType}` as keyof typeof panelMessages.en);
  // Without CRM data, the tab's title still names the record (shown as text, never as HTML).
  const pageTitle = useQuery({ ...pageTitleQuery(record), enabled: !snapshot && !loading });
  const pageName = recordNameFromTitle(pageTitle.data);
  const title = snapshot?.account.name ?? pageName ?? t('recordFallback', { type: typeLabel, id: record.recordId });
  const stale = !live.data && cached.data;

  return (
    <PanelShell
      title={title}
      subtitle={snapshot && record.objectType !== 'Account' && record.objectType !== 'company' ? typeLabel : undefined}
      collapsed={collapsed ?? false}
      onToggleCollapsed={() => setCollapsed(!collapsed)}
      resize={width === undefined ? undefined : { width, onResize: setWidth }}
      rail={railOf(metrics)}
      toolbar={
        <>
          <a className="sl-toolbar-link" href={browser.runtime.getURL('/voc.html')} target="_blank" rel="noreferrer" title={t('openVoc')}>
            VOC
          </a>
          <button
            type="button"
            onClick={() => void live.refetch()}
            disabled={live.isFetching}
            aria-label={t('refresh')}
            title={t('refresh')}
          >
            <span aria-hidden="true">↻</span>
          </button>
        </>
      }
    >
      {error ? (
        <div className="sl-error sl-panel-alert" role="alert">
          <p>{errorText(error).message}</p>
          <p className="sl-next-step">{errorText(error).nextStep}</p>
          {stale ? <p>{t('staleAsOf', { time: format.dateTime(stale.savedAt) })}</p> : null}
          <button type="button" onClick={() => void live.refetch()}>
            {t('retry')}
          </button>
          {error.kind === 'not-connected' || error.kind === 'invalid-field' || error.kind === 'no-api-access' ? (
            <button type="button" onClick={() => void openSettings(record.crm)}>
              {t('openSettings')}
            </button>
          ) : null}
        </div>
      ) : stale && live.isFetching ? (
        <p className="sl-as-of" role="status">
          {t('staleAsOf', { time: format.dateTime(stale.savedAt) })}
        </p>
      ) : null}
      <AccountSections
        snapshot={snapshot ?? null}
        metrics={metrics}
        settings={settings}
        history={history}
        loading={loading}
        sinceLastVisit={sinceLastVisit ? <SinceLastVisitView change={sinceLastVisit} /> : null}
        override={override}
        milestoneTicks={tick ?? undefined}
        captureNps={
          snapshot
            ? (capture) =>
                void captureApi.open({
                  ...capture,
                  accountKey: accountKeyOf(snapshot),
                  accountName: snapshot.account.name,
                  sourceUrl: snapshot.account.url || null,
                })
            : undefined
        }
        signalSetup={{
          mappingsHref: browser.runtime.getURL('/options.html#mappings'),
          openMappings: () => void openSettings('mappings'),
          importHref: importPageUrl(),
        }}
        notes={
          // Notes never wait for the CRM: without its data they are kept under the record itself.
          snapshot || error ? (
            <NotesSection
              key={snapshot ? accountKeyOf(snapshot) : recordKey(record)}
              accountKey={snapshot ? accountKeyOf(snapshot) : recordKey(record)}
              accountName={snapshot?.account.name ?? pageName ?? title}
              sourceUrl={snapshot?.account.url ?? ''}
              api={notesApi}
              share={snapshot ? (note) => crmClient.shareNote(note.id, record) : undefined}
            />
          ) : null
        }
      />
      <PlanPanel record={record} snapshot={snapshot} metrics={metrics} />
    </PanelShell>
  );
}

/** The score, band and days to renewal the collapsed rail shows. */
function railOf(metrics: AccountMetrics | null): RailSummary | undefined {
  if (!metrics) return undefined;
  const h = metrics.health;
  const shown = h.state === 'churned' ? null : (h.override ?? (h.state === 'scored' ? h : null));
  const days = metrics.renewal.daysLeft;
  return {
    score: shown?.score ?? null,
    band: shown?.band ?? null,
    daysLeft: h.state === 'churned' || days === null || days < 0 ? null : days,
  };
}
