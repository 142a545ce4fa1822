import { describe, expect, it } from 'vitest';
import { useFreshStore } from '../../test/support/store-fixtures';
import { pruneHealthHistory, readHealthHistory, recordHealthScore } from './health-history';

useFreshStore();

describe('health history pruning', () => {
  it('keeps 400 days of daily scores and removes what is older', async () => {
    await recordHealthScore('salesforce:org:001A', '2025-10-18', 40); // 400 days before 2026-11-21: the oldest kept
    await recordHealthScore('salesforce:org:001A', '2025-10-17', 41);
    await recordHealthScore('salesforce:org:001A', '2026-11-21', 70);
    expect(await pruneHealthHistory('2026-11-21')).toEqual({ ok: true, value: { pruned: 1 } });
    expect(await readHealthHistory('salesforce:org:001A', '2026-11-21', 800)).toEqual([
      { day: '2025-10-18', score: 40 },
      { day: '2026-11-21', score: 70 },
    ]);
  });
});
