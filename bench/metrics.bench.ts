import { computeAccountMetrics } from '../lib/metrics/compute-all.ts';
import { DEFAULT_METRICS_SETTINGS } from '../lib/settings/metrics-settings.ts';
import { generateSnapshots } from '../test/support/generate-snapshots.ts';
import { median, round2 } from './median.ts';

const SNAPSHOTS = 5000;
const RUNS = 15;

/** Every metric of 5,000 generated snapshots, as the portfolio view would compute them. */
export default async function metrics(): Promise<Record<string, number>> {
  const snapshots = generateSnapshots(SNAPSHOTS, 42);
  const now = new Date('2026-11-22T12:00:00Z');
  const run = () => {
    const started = performance.now();
    for (const s of snapshots) computeAccountMetrics(s, DEFAULT_METRICS_SETTINGS, now, 'Asia/Seoul');
    return performance.now() - started;
  };
  for (let i = 0; i < 3; i++) run();
  const samples = Array.from({ length: RUNS }, run);
  return { snapshots: SNAPSHOTS, median_ms: round2(median(samples)) };
}
