import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { I18nProvider } from '../i18n/i18n-context';
import { BookFiguresView } from './book-figures-view';

const today = '2026-11-27';
const renewed = (closeDate: string, isWon: boolean) => [{ closeDate, isClosed: true, isWon }];
const rows = [
  // Renewed in March: inside the last 12 months and this year, not the last quarter (July–September).
  bookRow({ name: 'March kept', arr: 100, renewals: renewed('2026-03-10', true) }),
  bookRow({ name: 'August lost', arr: 100, churned: true, renewals: renewed('2026-08-10', false) }),
  bookRow({ name: 'Seoul kept', currency: 'KRW', arr: 50_000_000, renewals: renewed('2026-03-10', true) }),
  bookRow({ name: 'December renewal', arr: 120_000, renewalDate: '2026-12-15' }),
  bookRow({ name: 'February renewal', currency: 'KRW', arr: 90_000_000, renewalDate: '2027-02-01' }),
];

function show(locale: 'en' | 'ko' = 'en') {
  render(
    <I18nProvider locale={locale}>
      <BookFiguresView rows={rows} today={today} />
    </I18nProvider>,
  );
}

describe("the book's figures", () => {
  it('shows revenue retention per currency, never a sum of dollars and won, and says why', () => {
    show();
    expect(screen.getByTestId('gross-retention').textContent).toBe('KRW 100% · USD 50%');
    expect(screen.getByText(/never added up/)).toBeTruthy();
    expect(screen.getByTestId('logo-retention').textContent).toMatch(/^67% 2 of 3 existing customers renewed/);
  });

  it('covers the period the CSM picks, with its dates', () => {
    show();
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: 'last-quarter' } });
    expect(screen.getByTestId('figures-range').textContent).toBe('Jul 1, 2026 – Sep 30, 2026');
    expect(screen.getByTestId('logo-retention').textContent).toMatch(/^0% 0 of 1 existing customers renewed/);
    expect(screen.getByTestId('gross-retention').textContent).toBe('0%');
  });

  it('lists the renewals due month by month with their ARR in its own currency', () => {
    show();
    const table = screen.getByRole('table', { name: 'Renewals due by month (next 12 months)' });
    const lines = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(lines).toEqual(['Dec 20261$120K', 'Feb 20271₩90M', 'Jun 20272₩50M · $100']);
  });

  it('speaks Korean', () => {
    show('ko');
    expect(screen.getByRole('heading', { name: '월별 갱신 예정(향후 12개월)' })).toBeTruthy();
    expect(screen.getByLabelText('기간')).toBeTruthy();
  });
});
