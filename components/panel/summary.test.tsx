import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { computeAccountMetrics } from '../../lib/metrics/compute-all';
import { nextStepsOf } from '../../lib/metrics/health';
import { DEFAULT_METRICS_SETTINGS } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { I18nProvider } from '../i18n/i18n-context';
import { Summary } from './summary';

const NOW = new Date('2026-11-22T12:00:00Z');
const asOf = '2026-11-22T00:00:00.000Z';
const nps = (id: string, score: number, name: string | null = null) => ({
  respondentId: id,
  respondentName: name,
  score,
  comment: null,
  answeredAt: '2026-10-01T00:00:00Z',
});

/** An account in trouble: two detractors (Kim, Lee), an invoice 45 days late, its champion Park gone. */
function troubled(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return emptySnapshot({
    account: { ...emptySnapshot().account, lastTouchAt: '2026-11-20T00:00:00Z' },
    opportunities: {
      status: 'ok',
      asOf,
      data: [
        {
          id: '006A',
          name: 'Renewal',
          isRenewal: true,
          stage: 'Open',
          amount: 200000,
          closeDate: '2026-12-12',
          isClosed: false,
          isWon: false,
        },
      ],
    },
    nps: { status: 'ok', asOf, data: [nps('a', 3, 'Kim'), nps('b', 5, 'Lee'), nps('c', 8)] },
    invoices: { status: 'ok', asOf, data: [{ id: 'inv1', amount: 1000, dueDate: '2026-10-08', paidAt: null }] },
    contacts: { status: 'ok', asOf, data: [{ id: '003A', name: 'Park Ji-ho', email: null, title: null, isChampion: true, hasLeft: true }] },
    tickets: {
      status: 'ok',
      asOf,
      data: [
        {
          id: '500A',
          subject: 'Login',
          status: 'Closed',
          isClosed: true,
          priority: 'low',
          createdAt: '2026-11-01T00:00:00Z',
          closedAt: '2026-11-02T00:00:00Z',
        },
      ],
    },
    ...overrides,
  });
}

function renderSummary(snapshot: AccountSnapshot, locale: 'en' | 'ko' = 'en') {
  const metrics = computeAccountMetrics(snapshot, DEFAULT_METRICS_SETTINGS, NOW, 'UTC');
  render(
    <I18nProvider locale={locale}>
      <Summary
        health={metrics.health}
        renewal={metrics.renewal}
        steps={nextStepsOf(metrics.health, DEFAULT_METRICS_SETTINGS.bands.healthyFrom, 3)}
        asOf={snapshot.fetchedAt}
      />
    </I18nProvider>,
  );
  return { metrics, summary: screen.getByRole('region', { name: locale === 'en' ? 'At a glance' : '한눈에 보기' }) };
}

describe('the summary at the top of the panel', () => {
  it('says the score, its band, the days to renewal and what to do, in words with their numbers', () => {
    const { summary } = renderSummary(troubled());
    expect(within(summary).getByTestId('health-band').textContent).toContain('At risk');
    expect(within(summary).getByText('20 days to renewal')).toBeTruthy();
    const steps = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toHaveLength(3);
    expect(steps.some((s) => s!.startsWith('Follow up the 2 detractors (Kim, Lee)'))).toBe(true);
    expect(steps.some((s) => s!.startsWith('Collect the invoice overdue 45 days'))).toBe(true);
    expect(steps.some((s) => s!.startsWith('Name a new champion: Park Ji-ho left'))).toBe(true);
  });

  it('speaks Korean with the same numbers', () => {
    const { summary } = renderSummary(troubled(), 'ko');
    const steps = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps.some((s) => s!.startsWith('비추천 고객 2명(Kim, Lee)에게 후속 연락하세요'))).toBe(true);
    expect(steps.some((s) => s!.startsWith('45일 연체된 청구서를 회수하세요'))).toBe(true);
    expect(within(summary).getByText('갱신까지 20일')).toBeTruthy();
  });

  it('marks a score resting on under 80 % of the scorecard as low confidence, and not one above', () => {
    const { metrics, summary } = renderSummary(troubled());
    expect(metrics.health.state === 'scored' && metrics.health.coverage).toBeLessThan(0.8);
    expect(within(summary).getByTestId('confidence').textContent).toMatch(/Low confidence: only \d+% of the scorecard has data/);
  });

  it('names no step for a churned account and says it is churned', () => {
    const { summary } = renderSummary(troubled({ account: { ...troubled().account, churned: true } }));
    expect(within(summary).getByText('Churned account')).toBeTruthy();
    expect(within(summary).queryAllByTestId('next-step')).toHaveLength(0);
    expect(within(summary).queryByTestId('health-score')).toBeNull();
  });

  it('says the time of the data once', () => {
    const { summary } = renderSummary(troubled());
    expect(within(summary).getByTestId('snapshot-as-of').textContent).toMatch(/^Data as of Nov 22, 2026/);
  });
});
