import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { AttentionList } from '../../components/book/attention-list';
import { BookFiguresView } from '../../components/book/book-figures-view';
import { bookMessages } from '../../components/book/book-messages';
import { BookStatus } from '../../components/book/book-status';
import { BookTable } from '../../components/book/book-table';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { bookSettings, bookStatus, metricsSettings, plansChanged } from '../../lib/browser/stored-keys';
import { downloadText } from '../../lib/browser/download-file';
import { bookClient } from '../../lib/messages/book-client';
import { needsAttention, type BookRow } from '../../lib/metrics';
import { bookQuery } from '../../components/book/book-query';
import { ImportLink } from '../../components/import/import-link';
import { importPageUrl } from '../../lib/messages/imports-client';
import { allPlansQuery } from '../../components/plan/queries';
import { planApi } from '../../lib/messages/plan-client';
import { onboardingStageLabel } from '../../lib/plan/onboarding';
import { dayInTimeZone, userTimeZone } from '../../lib/time';

// The CSV writer (and its parser library) loads on the first export, not before the first paint.
async function exportCsv(rows: readonly BookRow[], today: string) {
  const { bookCsv } = await import('../../lib/store/book-csv');
  downloadText(`success-lens-book-${today}.csv`, bookCsv(rows, today), 'text/csv;charset=utf-8');
}

export function BookApp() {
  const t = useT(bookMessages);
  const client = useQueryClient();
  const book = useQuery(bookQuery());
  const plans = useQuery(allPlansQuery(planApi));
  const format = useFormat();
  const [metrics] = useStoredValue(metricsSettings);
  const [settings] = useStoredValue(bookSettings);
  // A refresh the alarm ran while the page is open shows without a reload.
  useEffect(() => bookStatus.watch(() => void client.invalidateQueries({ queryKey: bookQuery().queryKey })), [client]);
  useEffect(() => plansChanged.watch(() => void client.invalidateQueries({ queryKey: allPlansQuery(planApi).queryKey })), [client]);
  const refresh = useMutation({
    mutationFn: () => bookClient.refresh(),
    onSettled: () => client.invalidateQueries({ queryKey: bookQuery().queryKey }),
  });
  const today = dayInTimeZone(new Date(), userTimeZone());
  const rows = useMemo(() => book.data?.rows ?? [], [book.data]);
  const attention = useMemo(() => (metrics ? needsAttention(rows, today, metrics) : []), [rows, today, metrics]);
  // Accounts still onboarding say at which stage, as their plan's glance does.
  const onboarding = useMemo(() => {
    const stages: Record<string, string> = {};
    for (const plan of plans.data ?? []) {
      const label = onboardingStageLabel(plan, today, format);
      if (label?.inOnboarding) stages[plan.accountKey] = label.text;
    }
    return stages;
  }, [plans.data, today, format]);

  return (
    <main aria-label="Success Lens" className="sl-options sl-book">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* Usage, NPS and invoices that live outside the CRM feed every account's score. */}
      <ImportLink href={importPageUrl()} />
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
        <p role="alert">{t('loadFailed', { detail: book.error.message })}</p>
      ) : (
        <>
          <BookStatus view={book.data} budgetShare={settings?.budgetShare ?? 0.02} />
          {rows.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <>
              <AttentionList items={attention} />
              <BookFiguresView rows={rows} today={today} />
              <BookTable rows={rows} today={today} onboarding={onboarding} />
            </>
          )}
        </>
      )}
    </main>
  );
}
