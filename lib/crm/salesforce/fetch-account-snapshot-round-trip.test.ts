import { describe, expect, it } from 'vitest';
import { sampleOrg, snapshotOf, view } from '../../../test/support/salesforce-sample-org';
import { okData } from '../../../test/support/snapshot-builder';

describe('one account view from the org, in one round trip', () => {
  it('comes in one composite round trip with the account and its lists', async () => {
    const org = await sampleOrg();
    const id = org.book.roles.atRisk;
    org.api.resetCount();
    const result = await view(org, 'Account', id);
    expect(org.api.requestCount).toBe(1);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.accountId).toBe(id);
    const s = result.value.snapshot;
    expect(s.account).toMatchObject({ name: 'Globex Manufacturing', ownerName: 'Jiyoon Park', currency: 'USD', arr: 250000 });
    const tickets = okData<Array<{ isClosed: boolean; priority: string | null; createdAt: string }>>(s.tickets);
    expect(tickets.filter((t) => !t.isClosed)).toHaveLength(5);
    expect(tickets.some((t) => t.priority === 'urgent')).toBe(true);
    expect(tickets.every((t) => t.createdAt.endsWith('Z'))).toBe(true);
    expect(
      okData<Array<{ score: number }>>(s.nps)
        .map((a) => a.score)
        .sort(),
    ).toEqual([2, 3, 5, 6, 7]);
    expect(okData<Array<{ isChampion: boolean; hasLeft: boolean }>>(s.contacts).find((c) => c.isChampion)?.hasLeft).toBe(true);
    expect(okData<unknown[]>(s.invoices)).toHaveLength(1);
    expect(okData<Array<{ isRenewal: boolean; isClosed: boolean }>>(s.opportunities).some((o) => o.isRenewal && !o.isClosed)).toBe(true);
    expect(okData<Array<{ termMonths: number; value: number }>>(s.contracts)[0]).toMatchObject({ termMonths: 24, value: 500000 });
  });

  it('sends only statements the org accepts, within the composite limits', async () => {
    const org = await sampleOrg();
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(org.api.queries).toHaveLength(5);
    for (const part of [s.tickets, s.opportunities, s.contracts, s.contacts, s.nps, s.usage, s.invoices]) expect(part.status).toBe('ok');
  });

  it.each(['Contact', 'Opportunity', 'Case', 'Contract'] as const)(
    'reaches the account from a %s page in the same single round trip',
    async (type) => {
      const org = await sampleOrg();
      const account = org.book.roles.healthy;
      const table = { Contact: org.book.contacts, Opportunity: org.book.opportunities, Case: org.book.cases, Contract: org.book.contracts }[
        type
      ];
      const record = table.find((r) => r.AccountId === account)!;
      org.api.resetCount();
      const result = await view(org, type, record.Id);
      expect(org.api.requestCount).toBe(1);
      expect(result.ok && result.value.accountId).toBe(account);
      expect(result.ok && result.value.snapshot.account.name).toBe('Northwind Analytics');
    },
  );

  it('reads multi-currency accounts in their own currency', async () => {
    const org = await sampleOrg();
    const s = await snapshotOf(org, 'Account', org.book.roles.korean);
    expect(s.account).toMatchObject({ name: '한빛소프트웨어', currency: 'KRW', arr: 96_000_000 });
  });

  it('shows an account with no data as empty parts, not as errors', async () => {
    const org = await sampleOrg();
    const s = await snapshotOf(org, 'Account', org.book.roles.noData);
    expect(s.account).toMatchObject({ name: 'Stark Logistics', arr: null, renewalDate: null, lastTouchAt: null });
    for (const part of [s.tickets, s.opportunities, s.contracts, s.contacts, s.nps, s.usage, s.invoices])
      expect(okData<unknown[]>(part)).toEqual([]);
  });
});
