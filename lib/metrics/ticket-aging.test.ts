import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S } from '../settings/metrics-settings';
import { computeTicketAging } from './ticket-aging';

const now = new Date('2026-11-22T12:00:00.000Z');
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(now.getTime() - hours * HOUR).toISOString();
const ticket = (id: string, createdAt: string, closedAt: string | null, priority: Ticket['priority'] = 'medium'): Ticket => ({
  id,
  subject: id,
  status: closedAt ? 'Closed' : 'Open',
  isClosed: closedAt !== null,
  priority,
  createdAt,
  closedAt,
});

const agingOf = (t: Ticket, settings = S) => computeTicketAging([t], now, settings);
const bucketOfOne = (t: Ticket) => Object.entries(agingOf(t).buckets).find(([, n]) => n === 1)?.[0];

describe('age buckets (whole days)', () => {
  it.each([
    [0, '0-2'],
    [2, '0-2'],
    [3, '3-7'],
    [7, '3-7'],
    [8, '8-14'],
    [14, '8-14'],
    [15, '15-30'],
    [30, '15-30'],
    [31, '>30'],
    [400, '>30'],
  ] as const)('an open ticket %i days old is in bucket %s', (d, b) => {
    expect(bucketOfOne(ticket('t', ago(d * 24), null, 'low'))).toBe(b);
  });

  it.each([
    [71.9, 2, '0-2'], // 2 days 23.9 hours is still "0–2 d"
    [72, 3, '3-7'],
    [30 * 24 + 23, 30, '15-30'],
    [31 * 24, 31, '>30'],
  ])('an open ticket opened %f hours ago is %i days old (%s)', (hours, days, bucket) => {
    const a = agingOf(ticket('t', ago(hours), null));
    expect(a.oldestOpen[0]!.ageDays).toBe(days);
    expect(a.buckets[bucket as '0-2']).toBe(1);
  });

  it('counts an open ticket as old only past 30 whole days', () => {
    expect(agingOf(ticket('t', ago(30 * 24 + 23), null, 'low')).olderThan30).toBe(0);
    expect(agingOf(ticket('t', ago(31 * 24), null, 'low')).olderThan30).toBe(1);
  });

  it('never gives a negative age to a ticket stamped in the future (clock skew)', () => {
    const a = agingOf(ticket('t', ago(-5), null));
    expect(a.oldestOpen[0]!.ageDays).toBe(0);
    expect(a.buckets['0-2']).toBe(1);
  });
});

describe('SLA boundaries', () => {
  it.each([
    ['urgent', 24, false],
    ['urgent', 24.1, true],
    ['high', 72, false],
    ['high', 73, true],
    ['medium', 7 * 24, false],
    ['medium', 7 * 24 + 1, true],
    ['low', 14 * 24 - 1, false],
    ['low', 14 * 24 + 1, true],
    [null, 7 * 24 - 1, false],
    [null, 7 * 24 + 1, true], // an unmapped priority uses Medium
  ] as const)('an open %s ticket %f hours old is a breach: %s', (priority, hours, breach) => {
    expect(agingOf(ticket('t', ago(hours), null, priority))).toMatchObject({
      breaches: breach ? [{ id: 't' }] : [],
      openBreaches: breach ? 1 : 0,
    });
  });

  it('counts a closed ticket that took longer than its SLA, not one closed in time, and not as open', () => {
    expect(agingOf(ticket('t', ago(100), ago(100 - 25), 'urgent'))).toMatchObject({ breaches: [{ id: 't' }], openBreaches: 0, open: 0 });
    expect(agingOf(ticket('t', ago(100), ago(100 - 23), 'urgent')).breaches).toEqual([]);
  });

  it('follows the SLA days in the settings', () => {
    const slower = { ...S, slaDays: { ...S.slaDays, urgent: 2 } };
    expect(agingOf(ticket('t', ago(30), null, 'urgent'), slower).breaches).toEqual([]);
    expect(agingOf(ticket('t', ago(49), null, 'urgent'), slower).breaches).toHaveLength(1);
  });
});

describe('ticket aging of an account', () => {
  const tickets = [
    ticket('u-open', '2026-11-20T12:00:00.000Z', null, 'urgent'), // 2 days open, SLA 1 d → breach
    ticket('h-ok', '2026-11-21T12:00:00.000Z', null, 'high'), // 1 day, SLA 3 d
    ticket('l-closed-late', '2026-10-01T00:00:00.000Z', '2026-10-20T00:00:00.000Z', 'low'), // took 19 d, SLA 14 → breach
    ticket('m-closed-ok', '2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', null),
    ticket('old', '2026-09-01T00:00:00.000Z', null, 'low'), // 82 days open → breach, > 30 d
    ticket('ancient-late', '2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z', 'urgent'), // late, but long before the window
  ];
  const aging = computeTicketAging(tickets, now, S);

  it('counts open tickets, SLA breaches of the check period, and old open tickets', () => {
    expect(aging.breaches.map((t) => t.id).sort()).toEqual(['l-closed-late', 'old', 'u-open']);
    expect(aging).toMatchObject({ open: 3, openBreaches: 2, olderThan30: 1, windowTickets: 5 });
    expect(aging.buckets).toEqual({ '0-2': 2, '3-7': 0, '8-14': 0, '15-30': 0, '>30': 1 });
  });

  it('gives the unresolved ratio: open tickets created in the 90-day window ÷ all created in it', () => {
    // created in the window: u-open, h-ok, l-closed-late, m-closed-ok, old (Sep 1 is 82 days ago) → 3 open of 5
    expect(aging.unresolvedRatio).toBeCloseTo(3 / 5);
    const shortWindow = computeTicketAging(tickets, now, { ...S, ticketWindowDays: 30 });
    // created in the last 30 days: u-open, h-ok, m-closed-ok → 2 open of 3
    expect(shortWindow.unresolvedRatio).toBeCloseTo(2 / 3);
  });

  it('lists the oldest open tickets first, with their age, top N only', () => {
    expect(aging.oldestOpen.map((t) => [t.id, t.ageDays])).toEqual([
      ['old', 82],
      ['u-open', 2],
      ['h-ok', 1],
    ]);
    expect(computeTicketAging(tickets, now, S, 1).oldestOpen.map((t) => t.id)).toEqual(['old']);
  });

  it('has no ratio, no breach and empty buckets with zero tickets', () => {
    expect(computeTicketAging([], now, S)).toEqual({
      open: 0,
      buckets: { '0-2': 0, '3-7': 0, '8-14': 0, '15-30': 0, '>30': 0 },
      breaches: [],
      openBreaches: 0,
      unresolvedRatio: null,
      windowTickets: 0,
      oldestOpen: [],
      olderThan30: 0,
    });
  });

  it('has no ratio when every ticket was created before the window, yet still counts the old open one', () => {
    const a = computeTicketAging([ticket('x', '2026-01-01T00:00:00.000Z', null, 'low')], now, S);
    expect(a).toMatchObject({ unresolvedRatio: null, open: 1, olderThan30: 1, openBreaches: 1 });
  });

  it('treats a ticket marked closed without a close date as neither open nor a breach', () => {
    const t: Ticket = { ...ticket('x', '2026-01-01T00:00:00.000Z', null, 'urgent'), isClosed: true };
    expect(computeTicketAging([t], now, S)).toMatchObject({ open: 0, breaches: [], unresolvedRatio: null });
  });

  it('keeps the top N in the same order as a full sort, whatever the tickets', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (hours, n) => {
        const ts = hours.map((h, i) => ticket(`t${i}`, ago(h), null));
        const top = computeTicketAging(ts, now, S, n).oldestOpen.map((t) => t.ageDays);
        const expected = hours
          .map((h) => Math.floor(h / 24))
          .sort((a, b) => b - a)
          .slice(0, n);
        return JSON.stringify(top) === JSON.stringify(expected);
      }),
    );
  });
});
