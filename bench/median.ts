/** The median of a list of samples (the machine is noisy: never report a single run). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds a figure for results.json (two decimals are plenty for milliseconds and kilobytes). */
export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
