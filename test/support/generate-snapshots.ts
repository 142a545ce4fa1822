import type { AccountSnapshot, Contact, Contract, Invoice, NpsAnswer, Opportunity, Ticket, UsagePeriod } from '../../lib/crm/snapshot.ts';
import { mulberry32 } from './prng.ts';

/** The kinds of account the generator cycles through (account i is KINDS[i % KINDS.length]). */
export const SNAPSHOT_KINDS = [
  'typical',
  'no-data', // every source missing or failing, no account fields
  'zero-tickets',
  'past-renewal', // the contract ended 1–60 days ago, nothing renewed
  'six-month-contract',
  'churned',
  'many-tickets', // a few hundred tickets, many old and past SLA
  'logins-no-champion', // usage as logins only; no champion among the contacts
  'champion-left-overdue', // the champion left; an invoice 20–120 days overdue
  'leap-day-renewal', // renewal on 2028-02-29 from the account field only; tickets failed to load
] as const;
export type SnapshotKind = (typeof SNAPSHOT_KINDS)[number];

/**
 * Deterministic, varied snapshots for tests and the metrics benchmark: the same seed gives the
 * same accounts on every machine. Dates are relative to `now` and in the canonical UTC form the
 * CRM clients produce.
 */
export function generateSnapshots(count: number, seed: number, now = '2026-11-22T12:00:00.000Z'): AccountSnapshot[] {
  const rnd = mulberry32(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const base = Date.parse(now);
  const iso = (daysAgo: number) => new Date(base - daysAgo * 86_400_000).toISOString();
  const day = (daysFromNow: number) => new Date(base + daysFromNow * 86_400_000).toISOString().slice(0, 10);
  const asOf = iso(0);
  const priorities = ['urgent', 'high', 'medium', 'low', null] as const;
  const ok = <T>(data: T) => ({ status: 'ok' as const, asOf, data });

  return Array.from({ length: count }, (_, i): AccountSnapshot => {
    const kind = SNAPSHOT_KINDS[i % SNAPSHOT_KINDS.length]!;
    const ticketCount = kind === 'zero-tickets' ? 0 : kind === 'many-tickets' ? 200 + int(200) : int(40);
    const tickets: Ticket[] = Array.from({ length: ticketCount }, (_, n) => {
      const age = rnd() * (kind === 'many-tickets' ? 400 : 120);
      const closed = rnd() < 0.7;
      return {
        id: `t${i}-${n}`,
        subject: `Ticket ${n}`,
        status: closed ? 'Closed' : 'Open',
        isClosed: closed,
        priority: priorities[n % 5]!,
        createdAt: iso(age),
        closedAt: closed ? iso(age * rnd()) : null,
      };
    });
    const nps: NpsAnswer[] = Array.from({ length: int(14) }, (_, n) => ({
      respondentId: `r${n % 7}`,
      respondentName: n % 3 ? `Respondent ${n % 7}` : null,
      score: int(11),
      comment: n % 4 ? null : 'Comment',
      answeredAt: iso(rnd() * 500),
    }));
    const seats = 10 + int(500);
    const term = kind === 'six-month-contract' ? 6 : [12, 24, 36][i % 3]!;
    const contractStart = kind === 'past-renewal' ? -(term * 30 + 1 + int(60)) : -int(term * 28);
    const contract: Contract = {
      id: `c${i}`,
      status: 'Activated',
      isActive: true,
      startDate: day(contractStart),
      endDate: i % 11 === 0 ? null : day(contractStart + term * 30),
      termMonths: i % 13 === 0 ? null : term,
      value: i % 17 === 0 ? null : 12_000 * term + int(100_000),
    };
    const opportunities: Opportunity[] =
      kind === 'past-renewal' || rnd() < 0.4
        ? []
        : [
            {
              id: `o${i}`,
              name: 'Renewal',
              isRenewal: true,
              stage: 'Negotiation',
              amount: rnd() < 0.1 ? null : 10_000 + int(300_000),
              closeDate: day(int(300) - 10),
              isClosed: false,
              isWon: false,
            },
          ];
    const contacts: Contact[] = [
      {
        id: `p${i}`,
        name: 'Champion',
        email: null,
        title: 'VP',
        isChampion: kind !== 'logins-no-champion',
        hasLeft: kind === 'champion-left-overdue',
      },
      { id: `q${i}`, name: 'User', email: null, title: null, isChampion: false, hasLeft: false },
    ];
    const logins = kind === 'logins-no-champion';
    const usage: UsagePeriod[] = [
      {
        periodStart: day(-60),
        periodEnd: day(-31),
        activeUsers: logins ? null : int(seats),
        licensedSeats: logins ? null : seats,
        logins: logins ? int(60) : null,
        featuresUsed: 3,
        featuresTotal: 10,
      },
      {
        periodStart: day(-30),
        periodEnd: day(-1),
        activeUsers: logins ? null : int(seats),
        licensedSeats: logins ? null : seats,
        logins: logins ? int(60) : null,
        featuresUsed: int(11),
        featuresTotal: 10,
      },
    ];
    const invoices: Invoice[] =
      kind === 'champion-left-overdue'
        ? [{ id: `i${i}`, amount: 1000, dueDate: day(-20 - int(100)), paidAt: null }]
        : rnd() < 0.2
          ? [{ id: `i${i}`, amount: 1000, dueDate: day(-int(90)), paidAt: rnd() < 0.5 ? day(0) : null }]
          : [];

    if (kind === 'no-data') {
      return {
        crm: 'salesforce',
        source: 'org',
        fetchedAt: asOf,
        account: {
          id: `a${i}`,
          name: `Account ${i}`,
          currency: 'USD',
          ownerName: null,
          industry: null,
          churned: false,
          customerSince: null,
          arr: null,
          renewalDate: null,
          lastTouchAt: null,
        },
        tickets: { status: 'error', error: { kind: 'offline', detail: 'offline' } },
        opportunities: { status: 'missing' },
        contracts: { status: 'missing' },
        contacts: { status: 'error', error: { kind: 'session-expired', detail: 'INVALID_SESSION_ID' } },
        nps: { status: 'missing' },
        usage: { status: 'missing' },
        invoices: { status: 'missing' },
      };
    }
    const leap = kind === 'leap-day-renewal';
    return {
      crm: i % 2 ? 'salesforce' : 'hubspot',
      source: 'org',
      fetchedAt: asOf,
      account: {
        id: `a${i}`,
        name: `Account ${i}`,
        currency: i % 7 === 0 ? 'KRW' : 'USD',
        ownerName: null,
        industry: null,
        churned: kind === 'churned',
        customerSince: day(-(100 + int(1500))),
        arr: 10_000 + int(500_000),
        renewalDate: leap ? '2028-02-29' : day(int(400) - 30),
        lastTouchAt: i % 9 === 0 ? null : iso(rnd() * 150),
      },
      tickets: leap
        ? { status: 'error', error: { kind: 'rate-limited', detail: 'TEN_SECONDLY_ROLLING', retryAfterSeconds: 10 } }
        : ok(tickets),
      opportunities: ok(leap ? [] : opportunities),
      contracts: ok(leap ? [] : [contract]),
      contacts: ok(contacts),
      nps: i % 5 === 3 ? { status: 'missing' } : ok(nps),
      usage: i % 6 === 5 ? { status: 'missing' } : ok(usage),
      invoices: ok(invoices),
    };
  });
}
