import type { AccountSnapshot, Contract } from '../../lib/crm/snapshot';

/** A snapshot with every part present and empty, to be filled in by a test. */
export function emptySnapshot(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  const asOf = '2026-11-22T00:00:00.000Z';
  return {
    crm: 'salesforce',
    source: '00DSa0000000001',
    fetchedAt: asOf,
    account: {
      id: '001Sa0000000001IAA',
      name: 'Test Co',
      currency: 'USD',
      ownerName: null,
      industry: null,
      churned: false,
      customerSince: '2024-01-01',
      arr: null,
      renewalDate: null,
      lastTouchAt: null,
    },
    tickets: { status: 'ok', asOf, data: [] },
    opportunities: { status: 'ok', asOf, data: [] },
    contracts: { status: 'ok', asOf, data: [] },
    contacts: { status: 'ok', asOf, data: [] },
    nps: { status: 'ok', asOf, data: [] },
    usage: { status: 'missing' },
    invoices: { status: 'missing' },
    ...overrides,
  };
}

/** An active 24-month contract of 200,000 ending on 2026-12-31, changed where a test says. */
export const activeContract = (c: Partial<Contract> = {}): Contract => ({
  id: 'c',
  status: 'Activated',
  isActive: true,
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  termMonths: 24,
  value: 200000,
  ...c,
});

/** The records of a part that must have been read; any other state fails the test, saying what it was. */
export const okData = <T>(part: { status: string }): T => {
  if (part.status !== 'ok') throw new Error(`expected an ok part, got ${JSON.stringify(part)}`);
  return (part as unknown as { data: T }).data;
};
