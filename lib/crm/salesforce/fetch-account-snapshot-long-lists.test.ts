import { describe, expect, it } from 'vitest';
import { sampleOrg, snapshotOf } from '../../../test/support/salesforce-sample-org';
import { okData } from '../../../test/support/snapshot-builder';
import { CASE_LIMIT } from './queries';

describe('an account view with long lists', () => {
  it('opens an account with 10,000 cases with only the cases that matter, in one round trip', async () => {
    const org = await sampleOrg();
    expect(org.book.cases.filter((c) => c.AccountId === org.book.roles.manyCases)).toHaveLength(10_000);
    org.api.resetCount();
    const started = performance.now();
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(org.api.requestCount).toBe(1);
    expect(okData<unknown[]>(s.tickets)).toHaveLength(12);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('follows nextRecordsUrl when a list does not fit in one page, with one GET per further page', async () => {
    const org = await sampleOrg({ pageSize: 2 });
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.atRisk);
    // Globex: 7 cases, 2 opportunities, 1 contract, 3 contacts, 5 NPS answers → 3 + 0 + 0 + 1 + 2 more pages.
    expect(okData<unknown[]>(s.tickets)).toHaveLength(7);
    expect(okData<unknown[]>(s.contacts)).toHaveLength(3);
    expect(okData<unknown[]>(s.nps)).toHaveLength(5);
    expect(org.api.requestCount).toBe(1 + 3 + 1 + 2);
  });

  it('says a list was cut when more pages were left than it reads, with how many records came of how many', async () => {
    // 12 cases, one a page: the first page and 10 more are read, the 12th is left.
    const org = await sampleOrg({ pageSize: 1 });
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(s.tickets.status === 'ok' && s.tickets.cut).toEqual({ read: 11, total: 12 });
    expect(okData<unknown[]>(s.tickets)).toHaveLength(11);
    // A list that fits is not marked.
    expect(s.contacts.status === 'ok' && s.contacts.cut).toBeUndefined();
  });

  it('caps the cases at one page of open-first cases when an account has thousands open', async () => {
    const org = await sampleOrg();
    for (const c of org.book.cases)
      if (c.AccountId === org.book.roles.manyCases) Object.assign(c, { IsClosed: false, ClosedDate: null, Status: 'Working' });
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(okData<Array<{ isClosed: boolean }>>(s.tickets)).toHaveLength(CASE_LIMIT);
    expect(okData<Array<{ isClosed: boolean }>>(s.tickets).every((t) => !t.isClosed)).toBe(true);
    expect(org.api.requestCount).toBe(1);
  });
});
