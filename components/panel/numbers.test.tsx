import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeNps } from '../../lib/metrics/nps';
import { computeRenewal } from '../../lib/metrics/renewal';
import { computeTicketAging } from '../../lib/metrics/ticket-aging';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { I18nProvider } from '../i18n/i18n-context';
import { NpsView } from './nps-view';
import { RenewalView } from './renewal-view';
import { TicketsView } from './tickets-view';

const asOf = '2026-11-22T00:00:00.000Z';

function renewal(currency: string, arr: number, amount: number) {
  const snapshot = emptySnapshot({
    account: { ...emptySnapshot().account, currency, arr },
    opportunities: {
      status: 'ok',
      asOf,
      data: [
        { id: '006A', name: 'Renewal', isRenewal: true, stage: 'Open', amount, closeDate: '2026-12-12', isClosed: false, isWon: false },
      ],
    },
  });
  return computeRenewal(snapshot, '2026-11-22', S);
}

describe('numbers in the panel', () => {
  it('shows money compact with the full amount on hover and for screen readers, and the renewal against ARR', () => {
    render(
      <I18nProvider locale="en">
        <RenewalView renewal={renewal('USD', 250000, 200000)} />
      </I18nProvider>,
    );
    const arr = screen.getByTestId('arr');
    expect(arr.getAttribute('title')).toBe('$250,000.00');
    expect(arr.querySelector('[aria-hidden="true"]')!.textContent).toBe('$250K');
    expect(arr.tabIndex).toBe(0);
    expect(screen.getByTestId('renewal-size-change').querySelector('[aria-hidden="true"]')!.textContent).toBe('$200K');
    expect(screen.getByTestId('renewal-size-change').textContent).toContain('(\u221220% vs ARR)');
  });

  it('shows a renewal of more than a year per year, as ARR is, with its whole term beside it', () => {
    const twoYears = { ...renewal('USD', 250000, 400000), renewalTermMonths: 24, renewalArr: 200000, sizeChange: -0.2 };
    render(
      <I18nProvider locale="en">
        <RenewalView renewal={twoYears} />
      </I18nProvider>,
    );
    const size = screen.getByTestId('renewal-size-change');
    expect(size.querySelector('[aria-hidden="true"]')!.textContent).toBe('$200K');
    expect(size.textContent).toContain('a year, $400K over 24 months');
    expect(size.textContent).toContain('(\u221220% vs ARR)');
  });

  it('writes won in Korean units', () => {
    render(
      <I18nProvider locale="ko">
        <RenewalView renewal={renewal('KRW', 96000000, 108000000)} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('arr').querySelector('[aria-hidden="true"]')!.textContent).toBe('₩9,600만');
    expect(screen.getByTestId('renewal-size-change').textContent).toContain('(ARR 대비 +13%)');
  });

  it('names the NPS segments and signs the score with a true minus', () => {
    const answers = [3, 5, 8].map((score, i) => ({
      respondentId: `r${i}`,
      respondentName: null,
      score,
      comment: null,
      answeredAt: '2026-10-01T00:00:00Z',
    }));
    render(
      <I18nProvider locale="en">
        <NpsView nps={computeNps(answers, '2026-11-22', 12)} windowMonths={12} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('nps-segments').textContent).toBe('Promoters 0 · Passives 1 · Detractors 2');
    expect(screen.getByTestId('account-nps').textContent).toBe('\u221267');
  });

  it('translates the aging buckets', () => {
    render(
      <I18nProvider locale="ko">
        <TicketsView aging={computeTicketAging([], new Date('2026-11-22T12:00:00Z'), S)} windowDays={90} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['0–2일', '3–7일', '8–14일', '15–30일', '30일 초과']);
  });
});
