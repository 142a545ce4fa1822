import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { AccountSections } from '../../components/panel/account-sections';
import { panelMessages } from '../../components/panel/panel-messages';
import { PanelShell } from '../../components/panel/panel-shell';
import { useCrmErrorText } from '../../components/panel/use-crm-error-text';
import { panelCollapsed } from '../../lib/browser/ui-state';
import type { RecordRef } from '../../lib/pages/record-ref';
import { accountSnapshotQuery, cachedSnapshotQuery, CrmQueryError } from './queries';
import { crmClient } from '../../lib/messages/crm-client';
import { openSettings } from '../../lib/messages/store-client';
import { NotesSection } from '../../components/notes/notes-section';
import { notesApi } from '../../lib/messages/notes-client';
import { useAccountMetrics } from './use-account-metrics';
import { accountKeyOf } from '../../lib/crm/snapshot';
import { useNotesSync } from './use-notes-sync';
import { useHashRecord } from './use-hash-record';
import { PlanPanel } from './plan-panel';

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
  const cached = useQuery(cachedSnapshotQuery(record));
  const painted = useAfterPaint(cached.isFetched);
  // The live request waits for the cache read and the paint that follows it, so a revisited
  // account shows its stored snapshot before any request leaves; then it revalidates.
  const live = useQuery({ ...accountSnapshotQuery(record), enabled: cached.isFetched && (!cached.data || painted) });
  const snapshot = live.data ?? cached.data?.snapshot;
  const error = live.error instanceof CrmQueryError ? live.error.crm : null;
  const loading = !snapshot && !error;
  const { metrics, settings, history, override } = useAccountMetrics(snapshot);
  useNotesSync(snapshot);

  const typeLabel = t(`object.${record.objectType}` as keyof typeof panelMessages.en);
  const title = snapshot?.account.name ?? t('recordFallback', { type: typeLabel, id: record.recordId });
  const stale = !live.data && cached.data;

  return (
    <PanelShell
      title={title}
      subtitle={snapshot && record.objectType !== 'Account' && record.objectType !== 'company' ? typeLabel : undefined}
      collapsed={collapsed ?? false}
      onToggleCollapsed={() => setCollapsed(!collapsed)}
      toolbar={
        <>
        <a className="sl-toolbar-link" href={browser.runtime.getURL('/voc.html')} target="_blank" rel="noreferrer" title={t('openVoc')}>
          VOC
        </a>
        <button type="button" onClick={() => void live.refetch()} disabled={live.isFetching} aria-label={t('refresh')} title={t('refresh')}>
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
      <AccountSections snapshot={snapshot ?? null} metrics={metrics} settings={settings} history={history}
        loading={loading}
        override={override}
        notes={
          snapshot ? (
            <NotesSection
              accountKey={accountKeyOf(snapshot)}
              accountName={snapshot.account.name}
              sourceUrl={snapshot.account.url ?? ''}
              api={notesApi}
              share={(note) => crmClient.shareNote(note.id, record)}
            />
          ) : null
        }
      />
      <PlanPanel record={record} snapshot={snapshot} metrics={metrics} />
    </PanelShell>
  );
}

/** True once the browser has painted after `ready` became true (a frame, then a task). */
function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return painted;
}
