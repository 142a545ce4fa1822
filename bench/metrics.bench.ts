import type { AccountSnapshot } from '../lib/crm/snapshot.ts';
import { computeAccountMetrics } from '../lib/metrics/compute-all.ts';
import { DEFAULT_METRICS_SETTINGS } from '../lib/settings/metrics-settings.ts';
import { addDays } from '../lib/time/days.ts';
import { generateSnapshots } from '../test/support/generate-snapshots.ts';
import { median, round2 } from './median.ts';

const SNAPSHOTS = 5000;
const WARM_UP = 5;
const RUNS = 21;

/**
 * Every metric of 5,000 generated snapshots, as the popup's portfolio computes them: health
 * with its levers, trend against a stored history, renewal with ticked milestones, tickets, NPS.
 */
export default async function metrics(): Promise<{ snapshots: number; median_ms: number }> {
  const now = new Date('2026-11-22T12:00:00.000Z');
  const snapshots: AccountSnapshot[] = generateSnapshots(SNAPSHOTS, 42, now.toISOString());
  const history = Array.from({ length: 120 }, (_, d) => ({
    day: addDays('2026-11-22', -(d + 1)),
    score: d % 11 === 0 ? null : 40 + ((d * 7) % 50),
  }));
  const extras = { history, doneMilestones: new Set(['risk-review']), override: { score: 40, reason: 'bench', expiresAt: '2026-12-31' } };
  let sink = 0;
  const run = () => {
    const started = performance.now();
    for (const s of snapshots) {
      const m = computeAccountMetrics(s, DEFAULT_METRICS_SETTINGS, now, 'Asia/Seoul', extras);
      sink += m.health.state === 'scored' ? m.health.score : 0;
    }
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP; i++) run();
  const samples = Array.from({ length: RUNS }, run);
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return { snapshots: SNAPSHOTS, median_ms: round2(median(samples)) };
}
