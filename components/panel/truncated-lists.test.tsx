import { cleanup, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../lib/crm/snapshot';
import { computeTicketAging } from '../../lib/metrics/ticket-aging';
import { DEFAULT_METRICS_SETTINGS as S } from '../../lib/settings/metrics-settings';
import { I18nProvider } from '../i18n/i18n-context';
import { Section } from './section';
import { TicketsView } from './tickets-view';

const NOW = new Date('2026-11-22T12:00:00Z');
const open = (n: number): Ticket[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `t${i}`,
    subject: `Ticket ${i}`,
    status: 'Working',
    isClosed: false,
    priority: 'low',
    createdAt: `2026-11-${String(10 + i).padStart(2, '0')}T00:00:00Z`,
    closedAt: null,
  }));

function tickets(n: number, locale: 'en' | 'ko' = 'en') {
  render(
    <I18nProvider locale={locale}>
      <TicketsView aging={computeTicketAging(open(n), NOW, S)} windowDays={90} />
    </I18nProvider>,
  );
}

describe('lists that show only their first items say so', () => {
  it('says how many of the open tickets the oldest list shows', () => {
    tickets(7);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByTestId('oldest-shown').textContent).toBe('Showing 5 of 7');
  });

  it('says nothing when the list shows them all, and speaks Korean', () => {
    tickets(3);
    expect(screen.queryByTestId('oldest-shown')).toBeNull();
    cleanup();
    tickets(9, 'ko');
    expect(screen.getByTestId('oldest-shown').textContent).toBe('전체 9개 중 5개 표시');
  });

  it('says when the CRM answered only part of a list, with how many of how many', () => {
    render(
      <I18nProvider locale="en">
        <Section id="tickets" title="Support tickets" state={{ kind: 'ready' }} cut={{ read: 22000, total: 30500 }}>
          <p>figures</p>
        </Section>
        <Section id="nps" title="NPS" state={{ kind: 'ready' }} cut={{ read: 4000, total: null }}>
          <p>figures</p>
        </Section>
      </I18nProvider>,
    );
    expect(within(screen.getByRole('region', { name: 'Support tickets' })).getByTestId('tickets-cut').textContent).toBe(
      'The CRM sent the first 22,000 of 30,500 records: figures here count only those.',
    );
    expect(within(screen.getByRole('region', { name: 'NPS' })).getByTestId('nps-cut').textContent).toContain(
      'The CRM sent the first 4,000 records and more were left',
    );
  });
});
