import type { AccountSnapshot, NpsAnswer, Ticket } from '../../lib/crm/snapshot';
import { mulberry32 } from './prng';

/**
 * Deterministic, varied snapshots for the metrics benchmark: accounts with no data at all,
 * zero or many tickets, past and future renewals, short contracts, churned ones.
 */
export function generateSnapshots(count: number, seed: number): AccountSnapshot[] {
  const rnd = mulberry32(seed);
  const base = Date.parse('2026-11-22T12:00:00Z');
  const iso = (daysAgo: number) => new Date(base - daysAgo * 86_400_000).toISOString();
  const day = (daysFromNow: number) => new Date(base + daysFromNow * 86_400_000).toISOString().slice(0, 10);
  const asOf = iso(0);
  const priorities = ['urgent', 'high', 'medium', 'low', null] as const;
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 10;
    const tickets: Ticket[] = Array.from({ length: kind === 0 ? 0 : Math.floor(rnd() * 40) }, (_, n) => {
      const age = rnd() * 120;
      const closed = rnd() < 0.7;
      return {
        id: `t${i}-${n}`, subject: 'Ticket', status: closed ? 'Closed' : 'Open', isClosed: closed,
        priority: priorities[n % 5]!, createdAt: iso(age), closedAt: closed ? iso(age * rnd()) : null,
      };
    });
    const nps: NpsAnswer[] = Array.from({ length: Math.floor(rnd() * 12) }, (_, n) => ({
      respondentId: `r${n % 6}`, respondentName: null, score: Math.floor(rnd() * 11), comment: null, answeredAt: iso(rnd() * 500),
    }));
    const seats = 10 + Math.floor(rnd() * 500);
    const term = [6, 12, 24, 36][i % 4]!;
    return {
      crm: 'salesforce', source: 'org', fetchedAt: asOf,
      account: {
        id: `a${i}`, name: `Account ${i}`, currency: i % 7 === 0 ? 'KRW' : 'USD', ownerName: null, industry: null,
        churned: kind === 9, customerSince: day(-400), arr: 10000 + Math.floor(rnd() * 500000), renewalDate: day(Math.floor(rnd() * 400) - 30),
        lastTouchAt: kind === 1 ? null : iso(rnd() * 150),
      },
      tickets: kind === 2 ? { status: 'error', error: { kind: 'server-error', detail: 'x' } } : { status: 'ok', asOf, data: tickets },
      opportunities: { status: 'ok', asOf, data: rnd() < 0.6 ? [{ id: `o${i}`, name: 'Renewal', isRenewal: true, stage: 'Open', amount: 100000, closeDate: day(Math.floor(rnd() * 300) - 20), isClosed: false, isWon: false }] : [] },
      contracts: { status: 'ok', asOf, data: [{ id: `c${i}`, status: 'Activated', isActive: true, startDate: day(-200), endDate: day(term * 30 - 200), termMonths: term, value: 100000 }] },
      contacts: { status: 'ok', asOf, data: [{ id: `p${i}`, name: 'Champion', email: null, title: null, isChampion: true, hasLeft: rnd() < 0.1 }] },
      nps: kind === 3 ? { status: 'missing' } : { status: 'ok', asOf, data: nps },
      usage: kind === 0 ? { status: 'missing' } : {
        status: 'ok', asOf, data: [
          { periodStart: day(-60), periodEnd: day(-31), activeUsers: Math.floor(rnd() * seats), licensedSeats: seats, logins: null, featuresUsed: 3, featuresTotal: 10 },
          { periodStart: day(-30), periodEnd: day(0), activeUsers: Math.floor(rnd() * seats), licensedSeats: seats, logins: null, featuresUsed: Math.floor(rnd() * 10), featuresTotal: 10 },
        ],
      },
      invoices: { status: 'ok', asOf, data: rnd() < 0.2 ? [{ id: `i${i}`, amount: 1000, dueDate: day(-Math.floor(rnd() * 90)), paidAt: null }] : [] },
    } satisfies AccountSnapshot;
  });
}
