import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { keepGoodParts } from './keep-good-parts';

const ticket = {
  id: '500A',
  subject: 'Login fails',
  status: 'New',
  isClosed: false,
  priority: 'high' as const,
  createdAt: '2026-11-20T09:00:00.000Z',
  closedAt: null,
};
const limited = { status: 'error' as const, error: { kind: 'rate-limited' as const, detail: 'Daily limit reached', code: 'DAILY' } };

describe('what the next visit paints', () => {
  it('keeps the last good tickets when this read of them failed', () => {
    const before = emptySnapshot({ tickets: { status: 'ok', asOf: '2026-11-26T10:00:00.000Z', data: [ticket] } });
    const now = emptySnapshot({ fetchedAt: '2026-11-27T10:00:00.000Z', tickets: limited });
    const kept = keepGoodParts(now, before);
    expect(kept.tickets).toEqual(before.tickets);
    expect(kept.fetchedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('takes a new good part, and never another account’s data', () => {
    const before = emptySnapshot({ tickets: { status: 'ok', asOf: '2026-11-26T10:00:00.000Z', data: [ticket] } });
    const fresh = emptySnapshot({ tickets: { status: 'ok', asOf: '2026-11-27T10:00:00.000Z', data: [] } });
    expect(keepGoodParts(fresh, before).tickets).toEqual(fresh.tickets);
    const other = emptySnapshot({ tickets: limited, account: { ...before.account, id: '001OTHER' } });
    expect(keepGoodParts(other, before).tickets).toEqual(limited);
    expect(keepGoodParts(other, { not: 'a snapshot' }).tickets).toEqual(limited);
  });
});
