import { describe, expect, it } from 'vitest';
import { readHealthHistory, recordHealthScore } from './health-history';
import { readCachedSnapshot, writeCachedSnapshot } from './snapshot-cache';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { openStore } from './db';

describe('health history', () => {
  it('keeps one score per account per day, the last of the day winning, oldest first', async () => {
    await recordHealthScore('sf:org:001A', '2026-11-20', 70);
    await recordHealthScore('sf:org:001A', '2026-11-22', 60);
    await recordHealthScore('sf:org:001A', '2026-11-22', 65);
    await recordHealthScore('sf:org:001B', '2026-11-22', 10);
    expect(await readHealthHistory('sf:org:001A')).toEqual([
      { day: '2026-11-20', score: 70 },
      { day: '2026-11-22', score: 65 },
    ]);
  });

  it('skips a corrupt row instead of failing the trend', async () => {
    const db = await openStore();
    await db.put('healthHistory', { accountKey: 'sf:org:001C', day: 'yesterday', score: 500 });
    await recordHealthScore('sf:org:001C', '2026-11-22', 50);
    expect(await readHealthHistory('sf:org:001C')).toEqual([{ day: '2026-11-22', score: 50 }]);
  });
});

describe('snapshot cache', () => {
  it('gives back the last snapshot of a record, and nothing for one that no longer parses', async () => {
    const snapshot = emptySnapshot();
    await writeCachedSnapshot('salesforce:acme:Account:1', snapshot, new Date('2026-11-22T10:00:00Z'));
    expect(await readCachedSnapshot('salesforce:acme:Account:1')).toEqual({ savedAt: '2026-11-22T10:00:00.000Z', snapshot });
    const db = await openStore();
    await db.put('snapshots', { key: 'salesforce:acme:Account:2', savedAt: 'x', snapshot: { account: 'broken' } });
    expect(await readCachedSnapshot('salesforce:acme:Account:2')).toBeNull();
  });
});
