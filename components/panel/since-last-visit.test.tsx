import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../lib/crm/snapshot';
import type { Locale } from '../../lib/i18n/locale';
import type { NewNpsAnswer, SinceLastVisit } from '../../lib/metrics/since-last-visit';
import { I18nProvider } from '../i18n/i18n-context';
import { SinceLastVisitView } from './since-last-visit';

const ticket = (id: string, subject: string): Ticket => ({
  id,
  subject,
  status: 'New',
  isClosed: false,
  priority: 'high',
  createdAt: '2026-11-18T10:00:00.000Z',
  closedAt: null,
  url: `https://acme.lightning.force.com/lightning/r/Case/${id}/view`,
});
const answer = (name: string, score: number): NewNpsAnswer => ({
  respondentId: name,
  respondentName: name,
  score,
  comment: null,
  answeredAt: '2026-11-18T00:00:00.000Z',
  detractor: score <= 6,
});
const unchanged = { from: { score: 78, band: 'healthy' as const }, to: { score: 78, band: 'healthy' as const }, changed: false };
const since = (over: Partial<Extract<SinceLastVisit, { kind: 'since' }>>): SinceLastVisit => ({
  kind: 'since',
  at: '2026-11-16T09:00:00.000Z',
  ago: { value: 3, unit: 'day' },
  health: unchanged,
  tickets: { state: 'read', added: [], partial: false },
  nps: { state: 'read', added: [], partial: false },
  changed: false,
  complete: true,
  ...over,
});
const show = (change: SinceLastVisit, locale: Locale = 'en') =>
  render(
    <I18nProvider locale={locale}>
      <SinceLastVisitView change={change} />
    </I18nProvider>,
  );

describe('what changed since the last visit, on the panel', () => {
  it('says only a quiet line on a first visit', () => {
    show({ kind: 'first-visit' });
    expect(screen.getByTestId('since-first-visit').textContent).toBe('First visit: what changes will show here next time.');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says in one line that nothing changed, with when the last visit was, in English and Korean', () => {
    const english = show(since({}));
    const region = screen.getByRole('region', { name: 'Since your last visit' });
    expect(region.textContent).toBe('Since your last visitNothing changed since your last visit (3 days ago).');
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
    english.unmount();
    show(since({ ago: { value: 1, unit: 'day' } }), 'ko');
    expect(screen.getByRole('region', { name: '지난 방문 이후' }).textContent).toContain('지난 방문(어제) 이후 바뀐 점이 없습니다.');
  });

  it('names the score move with both bands, the new tickets by subject and the detractors by name', () => {
    show(
      since({
        health: { from: { score: 78, band: 'healthy' }, to: { score: 64, band: 'needs-attention' }, changed: true },
        tickets: { state: 'read', added: [ticket('500A', 'Export fails'), ticket('500B', 'SSO down')], partial: false },
        nps: { state: 'read', added: [answer('Ana Kim', 3), answer('Ben Lee', 9)], partial: false },
        changed: true,
      }),
    );
    const region = screen.getByRole('region', { name: 'Since your last visit' });
    expect(within(region).getByTestId('since-when').textContent).toBe('Last visit 3 days ago');
    expect(within(region).getByTestId('since-when').getAttribute('dateTime')).toBe('2026-11-16T09:00:00.000Z');
    expect(within(region).getByTestId('since-health').textContent).toBe('Health 78 → 64 ▲ Healthy → ● Needs attention');
    const tickets = within(region).getByTestId('since-tickets');
    expect(tickets.textContent).toMatch(/^2 new tickets/);
    expect(within(tickets).getByRole('link', { name: 'SSO down' }).getAttribute('href')).toBe(
      'https://acme.lightning.force.com/lightning/r/Case/500B/view',
    );
    const nps = within(region).getByTestId('since-nps');
    expect(nps.textContent).toBe('2 new NPS answers · 1 from a detractorAna Kim gave 3');
    expect(
      within(nps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ana Kim gave 3']);
  });

  it('counts many new tickets without listing them, and words it all in Korean', () => {
    const many = ['1', '2', '3', '4', '5'].map((id) => ticket(id, `Ticket ${id}`));
    show(
      since({
        ago: { value: 2, unit: 'hour' },
        health: { from: { score: 52, band: 'needs-attention' }, to: { score: 44, band: 'at-risk' }, changed: true },
        tickets: { state: 'read', added: many, partial: false },
        nps: { state: 'read', added: [answer('김지수', 2), answer('박서준', 5)], partial: false },
        changed: true,
      }),
      'ko',
    );
    const region = screen.getByRole('region', { name: '지난 방문 이후' });
    expect(within(region).getByTestId('since-when').textContent).toBe('지난 방문: 2시간 전');
    expect(within(region).getByTestId('since-health').textContent).toBe('헬스 52 → 44 ● 주의 필요 → ▼ 위험');
    expect(within(region).getByTestId('since-tickets').textContent).toBe('새 티켓 5건');
    expect(within(region).getByTestId('since-nps').textContent).toBe('새 NPS 응답 2건 · 비추천 고객 2명김지수: 2점박서준: 5점');
  });

  it('never says "nothing changed" or "no new tickets" when the tickets could not be read, or only in part', () => {
    show(since({ tickets: { state: 'unread' }, complete: false }));
    const region = screen.getByRole('region', { name: 'Since your last visit' });
    expect(region.textContent).not.toMatch(/Nothing changed since/);
    expect(within(region).getByTestId('since-tickets').textContent).toBe('Tickets could not be read, so new ones are unknown.');
    expect(region.textContent).toContain('Nothing changed in what could be read.');
  });

  it('says "at least" when only part of the answers was read', () => {
    show(
      since({
        nps: { state: 'read', added: [answer('Ana Kim', 10)], partial: true },
        tickets: { state: 'none' },
        changed: true,
        complete: false,
      }),
    );
    expect(screen.getByTestId('since-nps').textContent).toBe('New NPS answers: at least 1 (not every answer was read) · no detractor');
    expect(screen.queryByTestId('since-tickets')).toBeNull();
  });
});
