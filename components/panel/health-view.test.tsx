import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { computeAccountMetrics } from '../../lib/metrics/compute-all';
import { nextStepsOf, type Trend } from '../../lib/metrics/health';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { I18nProvider } from '../i18n/i18n-context';
import { HealthView, type SignalSetup } from './health-view';
import { absenceOf } from './measure-absence';

const NOW = new Date('2026-11-22T12:00:00Z');
const asOf = '2026-11-22T00:00:00.000Z';

function renderHealth(
  snapshot: AccountSnapshot,
  options: { trend?: Trend[]; history?: Array<{ day: string; score: number | null }>; locale?: 'en' | 'ko'; setup?: SignalSetup } = {},
) {
  const m = computeAccountMetrics(snapshot, S, NOW, 'UTC');
  render(
    <I18nProvider locale={options.locale ?? 'en'}>
      <HealthView
        health={m.health}
        trend={options.trend ?? m.trend}
        history={options.history ?? []}
        steps={nextStepsOf(m.health, S.bands.healthyFrom)}
        absence={(measure) => absenceOf(measure, { tickets: m.tickets, ticketWindowDays: 90, npsWindowMonths: 12 })}
        setup={options.setup}
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

describe('the next steps in the breakdown', () => {
  it('says one step per measure below green, in words with its numbers, the biggest lift first', async () => {
    const troubled = emptySnapshot({
      ...littleData(),
      account: { ...littleData().account, lastTouchAt: '2026-11-20T00:00:00Z' },
      nps: {
        status: 'ok',
        asOf,
        data: ['Kim', 'Lee'].map((name) => ({
          respondentId: name,
          respondentName: name,
          score: 4,
          comment: null,
          answeredAt: '2026-11-01T00:00:00Z',
        })),
      },
      invoices: { status: 'ok', asOf, data: [{ id: 'i1', amount: 1000, dueDate: '2026-10-08', paidAt: null }] },
      contacts: { status: 'ok', asOf, data: [{ id: 'c1', name: 'Park', email: null, title: null, isChampion: true, hasLeft: true }] },
    });
    const m = renderHealth(troubled);
    if (m.health.state !== 'scored') throw new Error(m.health.state);
    await userEvent.click(screen.getByText(`Why ${m.health.score}?`));
    const list = screen.getByRole('list', { name: 'Next steps' });
    const steps = within(list).getAllByRole('listitem');
    // Usage (40 of 50 seats, 80) is green: no step for it.
    expect(steps.map((s) => s.dataset.testid)).toEqual(['next-step', 'next-step', 'next-step']);
    expect(steps.map((s) => s.textContent).sort()).toEqual([
      'Collect the invoice overdue 45 days',
      'Follow up the 2 detractors (Kim, Lee)',
      'Name a new champion: Park left',
    ]);
    expect(steps[0]!.dataset.measure).toBe(m.health.biggestLift!.measure);
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

describe('“Set up signals” when the scorecard lacks data', () => {
  const coverageOf = (m: ReturnType<typeof renderHealth>) => (m.health.state === 'churned' ? null : m.health.coverage);
  const setup = () => {
    const opened: string[] = [];
    return {
      opened,
      setup: {
        mappingsHref: 'chrome-extension://x/options.html#mappings',
        openMappings: () => opened.push('mappings'),
        importHref: 'chrome-extension://x/import.html',
      },
    };
  };

  it('offers the mapping and the import page under the confidence threshold, and opens the mapping in one click', async () => {
    const { opened, setup: s } = setup();
    const m = renderHealth(littleData(), { setup: s });
    const coverage = coverageOf(m)!;
    expect(coverage).toBeLessThan(0.8);
    const banner = screen.getByTestId('set-up-signals');
    expect(banner.textContent).toContain(`Only ${Math.round(coverage * 100)}% of the scorecard has data`);
    const link = within(banner).getByRole('link', { name: 'Set up signals' });
    expect(link.getAttribute('href')).toBe('chrome-extension://x/options.html#mappings');
    await userEvent.click(link);
    expect(opened).toEqual(['mappings']);
    expect(within(banner).getByRole('link', { name: 'Import a file' }).getAttribute('href')).toBe('chrome-extension://x/import.html');
  });

  it('says it in Korean too', () => {
    renderHealth(littleData(), { setup: setup().setup, locale: 'ko' });
    expect(screen.getByRole('link', { name: '신호 설정' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '파일 가져오기' })).toBeTruthy();
  });

  it('stays out of the way once the scorecard has enough data', () => {
    const full = emptySnapshot({
      ...littleData(),
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
            featuresUsed: 6,
            featuresTotal: 10,
          },
        ],
      },
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
    const m = renderHealth(full, { setup: setup().setup });
    expect(coverageOf(m)).toBeGreaterThanOrEqual(0.8);
    expect(screen.queryByRole('link', { name: 'Set up signals' })).toBeNull();
  });
});
