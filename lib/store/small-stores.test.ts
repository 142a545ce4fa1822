import { describe, expect, it, vi } from 'vitest';
import { listChecklists, readChecklist, setChecklistItem } from './checklists.ts';
import { openStore } from './db.ts';
import { firstDayOfWindow, readHealthHistory, recordHealthScore } from './health-history.ts';
import { listCachedSnapshots, readCachedSnapshot, writeCachedSnapshot } from './snapshot-cache.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';

const ACME = 'salesforce:org:001A';
const now = new Date('2026-11-22T12:00:00Z');

const problemLog = useFreshStore();

describe('health history', () => {
  it('keeps one score per account per day, the last of the day winning, oldest first', async () => {
    await recordHealthScore(ACME, '2026-11-20', 70);
    await recordHealthScore(ACME, '2026-11-22', 60);
    expect(await recordHealthScore(ACME, '2026-11-22', 65)).toEqual({ ok: true, value: { day: '2026-11-22', score: 65 } });
    await recordHealthScore(ACME, '2026-11-21', null);
    await recordHealthScore('salesforce:org:001B', '2026-11-22', 10);
    expect(await readHealthHistory(ACME, '2026-11-22')).toEqual([
      { day: '2026-11-20', score: 70 },
      { day: '2026-11-21', score: null },
      { day: '2026-11-22', score: 65 },
    ]);
  });

  it('reads the last 120 days: enough for the 90-day trend, not the whole past', async () => {
    expect(firstDayOfWindow('2026-11-22', 120)).toBe('2026-07-26');
    expect(firstDayOfWindow('2024-03-01', 2)).toBe('2024-02-29');
    await recordHealthScore(ACME, '2026-07-25', 1);
    await recordHealthScore(ACME, '2026-07-26', 2);
    await recordHealthScore(ACME, '2026-08-30', 3);
    expect(await readHealthHistory(ACME, '2026-11-22')).toEqual([
      { day: '2026-07-26', score: 2 },
      { day: '2026-08-30', score: 3 },
    ]);
    expect(await readHealthHistory(ACME, '2026-11-22', 90)).toEqual([{ day: '2026-08-30', score: 3 }]);
    // Recorded in Seoul on the 23rd while it is still the 22nd in UTC: still today's score.
    await recordHealthScore(ACME, '2026-11-23', 4);
    expect((await readHealthHistory(ACME, '2026-11-22', 90)).at(-1)).toEqual({ day: '2026-11-23', score: 4 });
  });

  it('refuses a score that is not a score, and skips a corrupt stored row', async () => {
    expect(await recordHealthScore(ACME, 'yesterday', 50)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await recordHealthScore(ACME, '2026-11-22', 500)).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    const db = await openStore();
    await db.put('healthHistory', { accountKey: ACME, day: '2026-11-21', score: 'high' as unknown as number });
    await recordHealthScore(ACME, '2026-11-22', 50);
    expect(await readHealthHistory(ACME, '2026-11-22')).toEqual([{ day: '2026-11-22', score: 50 }]);
    expect(problemLog.list).toContainEqual(expect.objectContaining({ kind: 'corrupt-record', store: 'healthHistory' }));
  });
});

describe('renewal checklists', () => {
  it('keeps ticks per renewal cycle with when they were ticked; a new renewal date starts fresh', async () => {
    await setChecklistItem(ACME, '2027-01-31', 'qbr', true, now);
    await setChecklistItem(ACME, '2027-01-31', 'proposal', true, now);
    await setChecklistItem(ACME, '2027-01-31', 'proposal', false, new Date('2026-11-23T00:00:00Z'));
    // Ticking again keeps the first tick's time.
    await setChecklistItem(ACME, '2027-01-31', 'qbr', true, new Date('2026-11-24T00:00:00Z'));
    expect(await readChecklist(ACME, '2027-01-31')).toEqual({
      accountKey: ACME,
      renewalDate: '2027-01-31',
      checked: { qbr: now.toISOString() },
      updatedAt: '2026-11-24T00:00:00.000Z',
    });
    expect((await readChecklist(ACME, '2028-01-31')).checked).toEqual({});
    await setChecklistItem(ACME, '2028-01-31', 'risk-review', true, now);
    await setChecklistItem('salesforce:org:001B', '2027-01-31', 'qbr', true, now);
    expect((await listChecklists(ACME)).map((c) => c.renewalDate)).toEqual(['2027-01-31', '2028-01-31']);
  });

  it('says a full disk instead of losing the tick silently', async () => {
    await openStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await setChecklistItem(ACME, '2027-01-31', 'qbr', true, now)).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
  });
});

describe('snapshot cache', () => {
  it('gives back the last snapshot of a record as stored, for the caller to validate', async () => {
    const snapshot = { account: { id: '001A', name: 'Acme' }, tickets: [] };
    await writeCachedSnapshot('salesforce:acme:Account:001A', { old: true }, new Date('2026-11-21T10:00:00Z'));
    expect(await writeCachedSnapshot('salesforce:acme:Account:001A', snapshot, new Date('2026-11-22T10:00:00Z'))).toEqual({
      ok: true,
      value: null,
    });
    expect(await readCachedSnapshot('salesforce:acme:Account:001A')).toEqual({
      key: 'salesforce:acme:Account:001A',
      savedAt: '2026-11-22T10:00:00.000Z',
      snapshot,
    });
    expect(await readCachedSnapshot('salesforce:acme:Account:002B')).toBeNull();
  });

  it('skips a row that is not a cache entry at all', async () => {
    const db = await openStore();
    await db.put('snapshots', { key: 'salesforce:acme:Account:2', savedAt: 'x', snapshot: {} });
    await writeCachedSnapshot('salesforce:acme:Account:3', {}, now);
    expect(await readCachedSnapshot('salesforce:acme:Account:2')).toBeNull();
    expect((await listCachedSnapshots()).map((r) => r.key)).toEqual(['salesforce:acme:Account:3']);
  });
});
