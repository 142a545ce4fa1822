import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { HealthView, type OverrideControls } from '../../components/panel/health-view';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { computeAccountMetrics, type MetricsExtras } from '../../lib/metrics';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { fullSnapshot, now, ok, openTicket } from '../support/health-fixtures';
import { emptySnapshot } from '../support/snapshot-builder';

// HealthView (components/panel/health-view.tsx) as a CSM reads it, from a snapshot built the
// way a connector would hand it over and metrics computed as the panel computes them.

function renderHealth(snapshot: AccountSnapshot, extras: MetricsExtras = {}, override?: OverrideControls, locale: 'en' | 'ko' = 'en') {
  const metrics = computeAccountMetrics(snapshot, S, now, 'UTC', extras);
  render(
    <I18nProvider locale={locale}>
      <HealthView health={metrics.health} trend={metrics.trend} history={extras.history ?? []} override={override} />
    </I18nProvider>,
  );
  return metrics;
}

const measureItem = (name: string) => screen.getAllByRole('listitem').find((li) => li.querySelector('strong')?.textContent === name)!;

describe('HealthView', () => {
  // The score and its band lead the panel's summary (components/panel/summary.test.tsx); here
  // the breakdown answers "Why 84?".
  it('puts the breakdown behind “Why N?” with how much of the scorecard had data', () => {
    renderHealth(fullSnapshot());
    expect(screen.getByText('Why 84?')).toBeTruthy();
    expect(screen.getByText('100% of the scorecard has data')).toBeTruthy();
  });

  it('lists every measure with its score, weight, contribution and inputs', () => {
    renderHealth(fullSnapshot());
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual([
      'Usage',
      'Adoption',
      'NPS',
      'Support',
      'Finance',
      'Relationship',
    ]);
    const usage = measureItem('Usage');
    expect(usage.textContent).toContain('80');
    expect(within(usage).getByText('weight 25 · adds 20', { exact: false })).toBeTruthy();
    expect(within(usage).getByText('active users: 80 · seats: 100')).toBeTruthy();
  });

  it('says “No data” for a measure whose source failed, and leaves it out of the score', () => {
    renderHealth(fullSnapshot({ invoices: { status: 'error', error: { kind: 'offline', detail: '' } } }));
    const finance = measureItem('Finance');
    expect(finance.textContent).toContain('No data');
    expect(finance.textContent).toContain('adds —');
    expect(screen.getByText('85% of the scorecard has data')).toBeTruthy();
  });

  it('shows the inputs of a measure that has a lever', () => {
    const tickets = [openTicket('a', '2026-11-01T00:00:00.000Z', 'high'), openTicket('b', '2026-11-02T00:00:00.000Z', 'high')];
    renderHealth(fullSnapshot({ tickets: ok(tickets) }));
    expect(within(measureItem('Support')).getByText('unresolved: 100% · SLA breaches: 2 · open > 30 d: 0')).toBeTruthy();
  });

  it('shows the trend against the stored scores, and nothing for a window without history', () => {
    renderHealth(fullSnapshot(), {
      history: [
        { day: '2026-11-15', score: 74 },
        { day: '2026-10-23', score: 90 },
      ],
    });
    expect(screen.getByTestId('health-trend-7').textContent).toBe('▲ +10 up in 7 days');
    expect(screen.getByTestId('health-trend-30').textContent).toBe('▼ \u22126 down in 30 days');
    expect(screen.queryByTestId('health-trend-90')).toBeNull();
  });

  it('gives no number when under half the scorecard has data', () => {
    renderHealth(fullSnapshot({ usage: { status: 'missing' }, invoices: { status: 'missing' }, contacts: { status: 'missing' } }));
    expect(screen.getByText('Why no score?')).toBeTruthy();
    expect(screen.getByText('40% of the scorecard has data')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Trend' })).toBeNull();
  });

  it('shows no score and offers no override for a churned account', () => {
    const controls = { current: null, defaultExpiry: '2026-12-22', onSave: vi.fn(), onClear: vi.fn() };
    renderHealth(fullSnapshot({ account: { ...emptySnapshot().account, churned: true } }), {}, controls);
    expect(screen.getByText('Churned account: no health score.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Override the score' })).toBeNull();
  });

  it('shows an override in force beside the computed score', () => {
    renderHealth(fullSnapshot(), { override: { score: 30, reason: 'Sponsor unhappy', expiresAt: '2026-12-01' } });
    const banner = screen.getByTestId('health-override').textContent!;
    expect(banner).toContain('Override: 30 (At risk)');
    expect(banner).toContain('Sponsor unhappy');
    expect(banner).toContain('(Computed: 84)');
  });

  it('sets an override only with a reason', async () => {
    const onSave = vi.fn();
    renderHealth(fullSnapshot(), {}, { current: null, defaultExpiry: '2026-12-22', onSave, onClear: vi.fn() });
    await userEvent.click(screen.getByRole('button', { name: 'Override the score' }));
    const form = screen.getByRole('form', { name: 'Override the score' });
    await userEvent.type(within(form).getByRole('spinbutton', { name: 'Your score (0–100)' }), '35');
    await userEvent.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(within(form).getByRole('alert').textContent).toContain('Say why');
    expect(onSave).not.toHaveBeenCalled();
    await userEvent.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Sponsor unhappy after outage');
    await userEvent.click(within(form).getByRole('button', { name: 'Save override' }));
    expect(onSave).toHaveBeenCalledWith({ score: 35, reason: 'Sponsor unhappy after outage', expiresAt: '2026-12-22' });
  });

  it('speaks Korean', () => {
    renderHealth(fullSnapshot(), {}, undefined, 'ko');
    expect(screen.getByText('왜 84점인가요?')).toBeTruthy();
  });
});
