import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useFormat, useT } from '../../components/i18n/i18n-context';
import { popupMessages } from '../../components/popup/popup-messages';
import { RenewalChecklist } from '../../components/popup/renewal-checklist';
import { UpcomingRenewals, type UpcomingRenewal } from '../../components/popup/upcoming-renewals';
import { lastAccount, metricsSettings } from '../../lib/browser/stored-keys';
import { accountKeyOf } from '../../lib/crm/snapshot';
import { inChecklistWindow, renewalChecklist } from '../../lib/metrics/checklist';
import { computeAccountMetrics } from '../../lib/metrics/compute-all';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/settings/metrics-settings';
import { tickChecklistViaBackground } from '../../lib/messages/checklist-client';
import { planApi } from '../../lib/messages/plan-client';
import { goalsDue } from '../../lib/plan/goals';
import { dayInTimeZone, userTimeZone } from '../../lib/time/today';
import { planQuery } from '../../components/plan/queries';
import { checklistQuery, CHECKLISTS } from '../../components/checklist/queries';
import { daysBetween } from '../../lib/time';
import { bookQuery } from '../../components/book/book-query';
import { PlanSummary } from './plan-summary';
import { portfolioQuery } from './queries';

export function PopupApp() {
  const t = useT(popupMessages);
  const format = useFormat();
  const client = useQueryClient();
  const [settingsValue] = useStoredValue(metricsSettings);
  const settings = settingsValue ?? DEFAULT_METRICS_SETTINGS;
  const [failed, setFailed] = useState(false);
  // What the CSM just ticked, shown within the click (a query-cache update lands a tick later).
  const [optimistic, setOptimistic] = useState<Record<string, string> | null>(null);
  const portfolio = useQuery(portfolioQuery());
  const [last] = useStoredValue(lastAccount);
  const current = last ?? null;
  const now = useMemo(() => new Date(), []);
  const computed = useMemo(
    () =>
      (portfolio.data ?? []).map(({ snapshot }) => ({ snapshot, metrics: computeAccountMetrics(snapshot, settings, now, userTimeZone()) })),
    [portfolio.data, settings, now],
  );
  // The book knows every owned account, opened or not; opened ones keep their live figures.
  const book = useQuery(bookQuery());
  const mine = computed.find((c) => accountKeyOf(c.snapshot) === current?.accountKey) ?? null;
  const renewalDate = mine?.metrics.renewal.date ?? null;
  const checklist = useQuery(checklistQuery(current?.accountKey ?? null, renewalDate));
  const checked = optimistic ?? checklist.data ?? null;
  // The same query (and cache entry) as the plan summary below: one read of the plan.
  const plan = useQuery({ ...planQuery(planApi, current?.accountKey ?? '', current?.accountName ?? ''), enabled: Boolean(current) });
  const dueGoals = plan.data ? goalsDue(plan.data.goals, dayInTimeZone(now, userTimeZone())) : [];
  const items = useMemo(() => {
    if (!mine || !checked) return [];
    // Checked milestones count as done in the timeline too.
    const metrics = computeAccountMetrics(mine.snapshot, settings, now, userTimeZone(), { doneMilestones: new Set(Object.keys(checked)) });
    return renewalChecklist(metrics, checked);
  }, [mine, checked, settings, now]);

  const upcoming: UpcomingRenewal[] = computed
    .filter(({ metrics }) => inChecklistWindow(metrics.renewal.daysLeft) && metrics.health.state !== 'churned')
    .map(({ snapshot, metrics }) => ({
      accountKey: accountKeyOf(snapshot),
      accountName: snapshot.account.name,
      url: snapshot.account.url ?? null,
      date: metrics.renewal.date!,
      daysLeft: metrics.renewal.daysLeft!,
      score: metrics.health.state === 'scored' ? metrics.health.score : null,
      band: metrics.health.state === 'scored' ? metrics.health.band : null,
      arr: metrics.renewal.arr,
      currency: metrics.renewal.currency,
    }))
    .concat(
      (book.data?.rows ?? []).flatMap((r) => {
        const daysLeft = r.renewalDate ? daysBetween(dayInTimeZone(now, userTimeZone()), r.renewalDate) : null;
        if (!inChecklistWindow(daysLeft) || r.churned || computed.some((c) => accountKeyOf(c.snapshot) === r.accountKey)) return [];
        return [
          {
            accountKey: r.accountKey,
            accountName: r.name,
            url: r.url,
            date: r.renewalDate!,
            daysLeft,
            score: r.score,
            band: r.band,
            arr: r.arr,
            currency: r.currency,
          },
        ];
      }),
    )
    .sort((a, b) => a.daysLeft - b.daysLeft);

  const toggle = async (item: string, isChecked: boolean) => {
    if (!current || !renewalDate || !checked) return;
    const at = new Date();
    const { [item]: _previous, ...rest } = checked;
    setOptimistic(isChecked ? { ...rest, [item]: at.toISOString() } : rest);
    // The background is the store's one writer; it stamps the tick itself.
    setFailed(!(await tickChecklistViaBackground(current.accountKey, renewalDate, item, isChecked)));
    await client.invalidateQueries({ queryKey: CHECKLISTS });
    setOptimistic(null);
  };

  return (
    <main aria-label="Success Lens" className="sl-popup">
      <h1 className="sl-popup-title">Success Lens</h1>
      <section aria-labelledby="checklist-title">
        <h2 id="checklist-title">{current ? t('checklistFor', { account: current.accountName }) : 'Success Lens'}</h2>
        {!current ? (
          <p className="sl-empty">{t('noAccount')}</p>
        ) : !mine || !renewalDate ? (
          <p className="sl-empty">{mine ? t('noRenewal') : t('noAccount')}</p>
        ) : (
          <>
            <p className="sl-muted">
              {t('renewsOn', {
                date: format.date(renewalDate),
                days:
                  mine.metrics.renewal.daysLeft! >= 0
                    ? t('daysLeft', { days: mine.metrics.renewal.daysLeft! })
                    : t('overdueDays', { days: -mine.metrics.renewal.daysLeft! }),
              })}
            </p>
            {failed ? (
              <p className="sl-error" role="alert">
                {t('saveFailed')}
              </p>
            ) : null}
            <RenewalChecklist items={items} goalsDue={dueGoals} onToggle={(id, checked) => void toggle(id, checked)} />
          </>
        )}
      </section>
      <PlanSummary account={current} snapshot={mine?.snapshot ?? null} />
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t('upcoming')}</h2>
        <UpcomingRenewals renewals={upcoming} accountsKnown={Math.max(computed.length, book.data?.rows.length ?? 0)} />
      </section>
      <nav aria-label={t('links')} className="sl-popup-links">
        <a href={browser.runtime.getURL('/book.html')} target="_blank" rel="noreferrer">
          {t('book')}
        </a>
        <a href={browser.runtime.getURL('/voc.html')} target="_blank" rel="noreferrer">
          {t('voc')}
        </a>
        <button type="button" className="sl-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('settings')}
        </button>
      </nav>
    </main>
  );
}
