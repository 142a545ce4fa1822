import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { AttentionList } from '../../components/book/attention-list';
import { BookFiguresView } from '../../components/book/book-figures-view';
import { bookMessages } from '../../components/book/book-messages';
import { bookQuery } from '../../components/book/book-query';
import { BookStatus } from '../../components/book/book-status';
import { BookTable } from '../../components/book/book-table';
import { useAfterPaint } from '../../components/hooks/use-after-paint';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useT } from '../../components/i18n/i18n-context';
import { useCrmErrorText } from '../../components/panel/use-crm-error-text';
import { crmError, CrmQueryError } from '../../lib/crm/errors';
import { bookSettings, bookStatus, metricsSettings } from '../../lib/browser/stored-keys';
import { downloadText } from '../../lib/browser/download-file';
import { bookClient } from '../../lib/messages/book-client';
import { needsAttention } from '../../lib/metrics/attention';
import type { BookRow } from '../../lib/metrics/book-row';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/settings/metrics-settings';
import { dayInTimeZone, userTimeZone } from '../../lib/time';
import { useChecklistProgress } from './use-checklist-progress';
import { useOnboardingStages } from './use-onboarding-stages';

// The import link (its words and the imports client) loads beside the first rows, not before them.
const ImportLink = lazy(() => import('./import-link').then((m) => ({ default: m.BookImportLink })));

// The CSV writer (and its parser library) loads on the first export, not before the first paint.
async function exportCsv(rows: readonly BookRow[], today: string) {
  const { bookCsv } = await import('../../lib/store/book-csv');
  downloadText(`success-lens-book-${today}.csv`, bookCsv(rows, today), 'text/csv;charset=utf-8');
}

export function BookApp() {
  const t = useT(bookMessages);
  const errorText = useCrmErrorText();
  // The background's own failure (it did not answer, or out of shape) in words, with what to do.
  const failure = (error: Error) => errorText(error instanceof CrmQueryError ? error.crm : crmError('internal', error.message));
  const client = useQueryClient();
  const book = useQuery(bookQuery());
  // What the first rows do not show (onboarding stages, checklist progress) is read once they are on screen.
  const painted = useAfterPaint(book.isSuccess);
  const [metrics] = useStoredValue(metricsSettings);
  const [settings] = useStoredValue(bookSettings);
  // A refresh the alarm ran while the page is open shows without a reload.
  useEffect(() => bookStatus.watch(() => void client.invalidateQueries({ queryKey: bookQuery().queryKey })), [client]);
  const refresh = useMutation({
    mutationFn: () => bookClient.refresh(),
    onSettled: () => client.invalidateQueries({ queryKey: bookQuery().queryKey }),
  });
  const today = dayInTimeZone(new Date(), userTimeZone());
  const rows = useMemo(() => book.data?.rows ?? [], [book.data]);
  const attention = useMemo(() => (metrics ? needsAttention(rows, today, metrics) : []), [rows, today, metrics]);
  const onboarding = useOnboardingStages(painted, today);
  const checklists = useChecklistProgress(rows, today, (metrics ?? DEFAULT_METRICS_SETTINGS).milestones, painted);

  return (
    <main aria-label="Success Lens" className="sl-options sl-book">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* Usage, NPS and invoices that live outside the CRM feed every account's score. */}
      <Suspense fallback={null}>
        <ImportLink />
      </Suspense>
      <p>
        <button type="button" onClick={() => refresh.mutate()} disabled={refresh.isPending}>
          {refresh.isPending ? t('refreshing') : t('refresh')}
        </button>{' '}
        <button type="button" disabled={!rows.length} onClick={() => void exportCsv(rows, today)}>
          {t('exportCsv')}
        </button>
      </p>
      {book.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : book.isError ? (
        <p role="alert">{t('loadFailed', failure(book.error))}</p>
      ) : (
        <>
          <BookStatus view={book.data} budgetShare={settings?.budgetShare ?? 0.02} />
          {rows.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <>
              <AttentionList items={attention} />
              <BookFiguresView rows={rows} today={today} />
              <BookTable rows={rows} today={today} onboarding={onboarding} checklists={checklists} />
            </>
          )}
        </>
      )}
    </main>
  );
}
