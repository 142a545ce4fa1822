import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { computeRenewal } from '../../lib/metrics/renewal';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { I18nProvider } from '../i18n/i18n-context';
import { RenewalView } from './renewal-view';

const renewalIn = (today: string, date: string, done: string[] = []) =>
  computeRenewal(emptySnapshot({ account: { ...emptySnapshot().account, renewalDate: date } }), today, S, new Set(done));

function renderRenewal(renewal: ReturnType<typeof renewalIn>, onTick?: (id: string, done: boolean) => void, churned = false) {
  render(
    <I18nProvider locale="en">
      <RenewalView renewal={renewal} onTick={onTick} churned={churned} />
    </I18nProvider>,
  );
}

const left = (el: HTMLElement) => parseFloat(el.style.left);

describe('the renewal timeline', () => {
  it('places the milestones from T−120 to the renewal date and today by its date', () => {
    // 20 days before the renewal: 100 of the 120 days of the axis have passed.
    renderRenewal(renewalIn('2026-11-22', '2026-12-12'));
    const axis = screen.getByRole('group', { name: 'Renewal timeline' });
    expect(left(within(axis).getByRole('img', { name: /^Risk review, T−120/ }))).toBe(0);
    expect(left(within(axis).getByRole('img', { name: /^QBR, T−90/ }))).toBe(25);
    expect(left(within(axis).getByRole('img', { name: /^Proposal sent, T−60/ }))).toBe(50);
    expect(left(within(axis).getByRole('img', { name: /^Signed, T−0/ }))).toBe(100);
    expect(left(within(axis).getByRole('img', { name: 'Today, 20 days before renewal' }))).toBeCloseTo(83.33, 1);
  });

  it('says how late an overdue step is and how long the due one has left', () => {
    renderRenewal(renewalIn('2026-11-22', '2026-12-12'));
    // The proposal's window closed at T−30, ten days ago; the commercial agreement runs to T−0.
    expect(screen.getByTestId('milestone-timing-proposal').textContent).toBe('10 days late');
    expect(screen.getByTestId('milestone-timing-commercial').textContent).toBe('due, 20 days left');
    expect(screen.getByTestId('renewal-due-now').textContent).toBe('Now: Commercial agreement (due, 20 days left)');
  });

  it('keeps today at the start of the axis when the renewal is further off than T−120', () => {
    renderRenewal(renewalIn('2026-01-01', '2026-12-12'));
    expect(left(screen.getByRole('img', { name: /^Today, 345 days before renewal/ }))).toBe(0);
    expect(screen.getByTestId('milestone-timing-risk-review').textContent).toBe('in 225 days');
  });

  it('ticks a step from the panel', async () => {
    const onTick = vi.fn();
    renderRenewal(renewalIn('2026-11-22', '2026-12-12', ['qbr']), onTick);
    expect((screen.getByRole('checkbox', { name: 'QBR' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Proposal sent' }));
    expect(onTick).toHaveBeenCalledWith('proposal', true);
  });

  it('shows no playbook for a churned account', () => {
    renderRenewal(renewalIn('2026-11-22', '2026-12-12'), undefined, true);
    expect(screen.queryByRole('group', { name: 'Renewal timeline' })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
