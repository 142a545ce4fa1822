import { describe, expect, it } from 'vitest';
import { fullSnapshot, health, measure, ok, period } from '../../../test/support/health-fixtures';

describe('adoption', () => {
  it('scores key features used ÷ key features, pointing at the unused ones', () => {
    const m = measure(
      health(fullSnapshot({ usage: ok([period({ activeUsers: 1, licensedSeats: 1, featuresUsed: 3, featuresTotal: 12 })]) })),
      'adoption',
    );
    expect(m).toMatchObject({ score: 25, lever: { action: 'introduce-features', vars: { features: 9 }, score: 100 } });
  });

  it('reads the latest period that counts features, and has no data when none does', () => {
    const m = measure(
      health(
        fullSnapshot({
          usage: ok([
            period({ periodEnd: '2026-10-22', featuresUsed: 2, featuresTotal: 4 }),
            period({ featuresUsed: 4, featuresTotal: 4 }),
          ]),
        }),
      ),
      'adoption',
    );
    expect(m).toMatchObject({ score: 100, asOf: '2026-11-21', lever: null });
    expect(measure(health(fullSnapshot({ usage: ok([period({ activeUsers: 5, licensedSeats: 10 })]) })), 'adoption').score).toBeNull();
  });
});
