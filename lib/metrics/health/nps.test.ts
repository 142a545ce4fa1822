import { describe, expect, it } from 'vitest';
import { answer, fullSnapshot, health, measure, ok } from '../../../test/support/health-fixtures';

describe('the NPS measure', () => {
  it.each([
    [[10, 10, 10, 10, 10], 100],
    [[0, 0, 0, 0, 0], 0],
    [[10, 9, 10, 8, 0], 70],
    [[8, 7, 8, 7, 8], 50],
  ])('scores NPS answers %j as (NPS + 100) ÷ 2 = %i', (scores, expected) => {
    expect(measure(health(fullSnapshot({ nps: ok(scores.map((s, i) => answer(`r${i}`, s))) })), 'nps').score).toBe(expected);
  });

  it('points at the detractors first', () => {
    const m = measure(health(fullSnapshot()), 'nps');
    // 3 promoters, 1 passive, 1 detractor → +40 (70); winning the detractor back to passive → +60 (80)
    expect(m.lever).toMatchObject({ action: 'follow-up-detractors', vars: { detractors: 1 }, score: 80 });
    expect(measure(health(fullSnapshot({ nps: ok([answer('a', 10), answer('b', 8)]) })), 'nps').lever).toMatchObject({
      action: 'convert-passives',
      score: 100,
    });
  });

  it('has no data without answers', () => {
    expect(measure(health(fullSnapshot({ nps: ok([]) })), 'nps').score).toBeNull();
  });
});
