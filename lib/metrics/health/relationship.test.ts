import { describe, expect, it } from 'vitest';
import { champion, fullSnapshot, health, measure, ok } from '../../../test/support/health-fixtures';
import { emptySnapshot } from '../../../test/support/snapshot-builder';
import type { Contact } from '../../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S } from '../../settings/metrics-settings';
import { touchScore } from '..';

describe('relationship', () => {
  const rel = (contacts: Contact[] | null, lastTouchAt: string | null) =>
    measure(
      health(
        fullSnapshot({ contacts: contacts ? ok(contacts) : { status: 'missing' }, account: { ...emptySnapshot().account, lastTouchAt } }),
      ),
      'relationship',
    );

  it.each([
    ['2026-11-20T00:00:00.000Z', 100], // 2 days
    ['2026-10-23T12:00:00.000Z', 100], // 30 days
    ['2026-10-08T12:00:00.000Z', 83.33], // 45 days: (45 − 30) ÷ 90 of the way down
    ['2026-07-25T12:00:00.000Z', 0], // 120 days
  ])('with the champion in place and the last touch at %s scores %f', (touch, score) => {
    expect(rel([champion()], touch).score).toBeCloseTo(score, 1);
  });

  it('decays in a straight line from 100 at 30 days of silence to 0 at 120', () => {
    expect([0, 30, 31, 75, 119, 120, 400].map((d) => Math.round(touchScore(d, S)))).toEqual([100, 100, 99, 50, 1, 0, 0]);
    expect(touchScore(null, S)).toBe(0);
  });

  it('is 0 when the champion left, whatever the touches, unless another champion is in place', () => {
    expect(rel([champion({ hasLeft: true })], '2026-11-20T00:00:00.000Z')).toMatchObject({ score: 0, lever: { action: 'name-champion' } });
    expect(rel([champion({ hasLeft: true })], '2026-11-20T00:00:00.000Z').inputs[0]).toMatchObject({ id: 'champion', value: 'left' });
    expect(rel([champion({ id: 'x', hasLeft: true }), champion({ id: 'y', name: 'Min Park' })], '2026-11-20T00:00:00.000Z')).toMatchObject({
      score: 100,
    });
  });

  it('counts the touch half when no champion is known', () => {
    expect(rel([], '2026-11-20T00:00:00.000Z')).toMatchObject({ score: 50, lever: { action: 'name-champion', score: 100 } });
    // 90 days of silence: 33.3 for the touch, halved
    expect(rel([{ ...champion(), isChampion: false }], '2026-08-24T12:00:00.000Z').score).toBeCloseTo(16.67, 1);
  });

  it('has no data without the contacts, and scores 0 when nobody ever touched the account', () => {
    expect(rel(null, '2026-11-20T00:00:00.000Z').score).toBeNull();
    expect(rel([champion()], null)).toMatchObject({ score: 0, lever: { action: 'touch-account' } });
  });
});
