import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { computeAccountMetrics } from '../../lib/metrics/compute-all';
import type { Trend } from '../../lib/metrics/health';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { I18nProvider } from '../i18n/i18n-context';
import { HealthView } from './health-view';
import { absenceOf } from './measure-absence';

const NOW = new Date('2026-11-22T12:00:00Z');
const asOf = '2026-11-22T00:00:00.000Z';

function renderHealth(
  snapshot: AccountSnapshot,
  options: { trend?: Trend[]; history?: Array<{ day: string; score: number | null }>; locale?: 'en' | 'ko' } = {},
) {
  const m = computeAccountMetrics(snapshot, S, NOW, 'UTC');
  render(
    <I18nProvider locale={options.locale ?? 'en'}>
      <HealthView
        health={m.health}
        trend={options.trend ?? m.trend}
        history={options.history ?? []}
        absence={(measure) => absenceOf(measure, { tickets: m.tickets, ticketWindowDays: 90, npsWindowMonths: 12 })}
      />
    </I18nProvider>,
  );
  return m;
}

/** Little data: no ticket, no overdue invoice, nobody touched it, but NPS answers and usage. */
const littleData = () =>
  emptySnapshot({
    invoices: { status: 'ok', asOf, data: [] },
    nps: {
      status: 'ok',
      asOf,
      data: [{ respondentId: 'a', respondentName: null, score: 9, comment: null, answeredAt: '2026-11-01T00:00:00Z' }],
    },
    usage: {
      status: 'ok',
      asOf,
      data: [
        {
          periodStart: '2026-10-23',
          periodEnd: '2026-11-21',
          activeUsers: 40,
          licensedSeats: 50,
          logins: null,
          featuresUsed: null,
          featuresTotal: null,
        },
      ],
    },
  });

describe('the breakdown behind “Why N?”', () => {
  it('opens from its summary and says which absences count and which do not', async () => {
    const m = renderHealth(littleData());
    if (m.health.state !== 'scored') throw new Error(m.health.state);
    const why = screen.getByText(`Why ${m.health.score}?`);
    await userEvent.click(why);
    expect(screen.getByTestId('absence-support').textContent).toBe(
      'No tickets in the last 90 days and none open · left out of the score: this absence proves nothing',
    );
    expect(screen.getByTestId('absence-finance').textContent).toBe(
      'No overdue invoice recorded · counts toward the score: this absence is itself a signal',
    );
    expect(screen.getByTestId('absence-relationship').textContent).toContain('No champion and no CSM touch recorded');
    expect(within(screen.getByTestId('measure-support')).getByText('No data')).toBeTruthy();
  });
});

describe('the trend chips', () => {
  const scoredSnapshot = () =>
    emptySnapshot({
      ...littleData(),
      tickets: {
        status: 'ok',
        asOf,
        data: [
          {
            id: 't',
            subject: 't',
            status: 'Closed',
            isClosed: true,
            priority: 'low',
            createdAt: '2026-11-01T00:00:00Z',
            closedAt: '2026-11-02T00:00:00Z',
          },
        ],
      },
    });

  it('shows one chip per window with its arrow, a true minus and words', () => {
    renderHealth(scoredSnapshot(), {
      trend: [
        { days: 7, change: 5, then: { day: '2026-11-15', score: 60 } },
        { days: 30, change: 0, then: { day: '2026-10-23', score: 65 } },
        { days: 90, change: -45, then: { day: '2026-08-24', score: 110 } },
      ],
      history: [
        { day: '2026-11-15', score: 60 },
        { day: '2026-11-21', score: 64 },
      ],
    });
    const chips = within(screen.getByRole('list', { name: 'Trend' })).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual(['▲ +5 up in 7 days', '▶ 0 unchanged in 30 days', '▼ \u221245 down in 90 days']);
    expect(chips[2]!.className).toContain('sl-trend-down');
    expect(screen.getByRole('img', { name: 'Health score over the last 2 stored days' })).toBeTruthy();
  });

  it('shows nothing at all without history', () => {
    renderHealth(scoredSnapshot(), {
      trend: [
        { days: 7, change: null, then: null },
        { days: 30, change: null, then: null },
        { days: 90, change: null, then: null },
      ],
    });
    expect(screen.queryByRole('list', { name: 'Trend' })).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText(/no history/)).toBeNull();
  });
});
