// Builders shared by the health measure tests (lib/metrics/health/*.test.ts): one account whose
// every measure has data, and a way to read its health as the panel computes it.
import type { AccountSnapshot, Contact, Invoice, NpsAnswer, Ticket, UsagePeriod } from '../../lib/crm/snapshot';
import { computeAccountMetrics, type Health, type Measure, type MeasureId } from '../../lib/metrics';
import { DEFAULT_METRICS_SETTINGS as S, type MetricsSettings } from '../../lib/settings/metrics-settings';
import { emptySnapshot } from './snapshot-builder';

export const now = new Date('2026-11-22T12:00:00.000Z');
export const asOf = '2026-11-22T11:00:00.000Z';
export const ok = <T>(data: T) => ({ status: 'ok' as const, asOf, data });
export const period = (p: Partial<UsagePeriod>): UsagePeriod => ({
  periodStart: '2026-10-23',
  periodEnd: '2026-11-21',
  activeUsers: null,
  licensedSeats: null,
  logins: null,
  featuresUsed: null,
  featuresTotal: null,
  ...p,
});
export const answer = (id: string, score: number): NpsAnswer => ({
  respondentId: id,
  respondentName: null,
  score,
  comment: null,
  answeredAt: '2026-11-01T00:00:00.000Z',
});
export const openTicket = (id: string, createdAt: string, priority: Ticket['priority'] = 'medium'): Ticket => ({
  id,
  subject: id,
  status: 'Open',
  isClosed: false,
  priority,
  createdAt,
  closedAt: null,
});
export const champion = (c: Partial<Contact> = {}): Contact => ({
  id: 'c1',
  name: 'Ana Kim',
  email: null,
  title: 'VP Ops',
  isChampion: true,
  hasLeft: false,
  ...c,
});
export const invoice = (dueDate: string, paidAt: string | null = null): Invoice => ({ id: `i${dueDate}`, amount: 1000, dueDate, paidAt });

/** Every measure has data: usage 80, adoption 50, NPS +40 → 70, support 100, finance 100, relationship 100. */
/** A ticket of the window, closed within its SLA: a clean support record. */
export const solvedTicket: Ticket = {
  id: 'solved',
  subject: 'solved',
  status: 'Closed',
  isClosed: true,
  priority: 'low',
  createdAt: '2026-11-01T00:00:00.000Z',
  closedAt: '2026-11-02T00:00:00.000Z',
};

export function fullSnapshot(over: Partial<AccountSnapshot> = {}): AccountSnapshot {
  const base = emptySnapshot();
  return {
    ...base,
    account: { ...base.account, lastTouchAt: '2026-11-10T09:00:00.000Z' },
    usage: ok([period({ activeUsers: 80, licensedSeats: 100, featuresUsed: 5, featuresTotal: 10 })]),
    nps: ok([answer('a', 10), answer('b', 9), answer('c', 10), answer('d', 8), answer('e', 0)]),
    tickets: ok([solvedTicket]),
    invoices: ok([]),
    contacts: ok([champion()]),
    ...over,
  };
}

export const health = (
  s: AccountSnapshot,
  settings: MetricsSettings = S,
  at = now,
  tz = 'UTC',
  extras: Parameters<typeof computeAccountMetrics>[4] = {},
) => computeAccountMetrics(s, settings, at, tz, extras).health;
export const measure = (h: Health, id: MeasureId): Measure => h.measures.find((m) => m.id === id)!;
export function scored(h: Health) {
  if (h.state !== 'scored') throw new Error(`expected a score, got ${h.state}`);
  return h;
}
