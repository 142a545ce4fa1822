/**
 * A sliding-window limit per requester: a page that frames the panel and rewrites its hash in a
 * loop must not be able to spend the org's daily API budget. A CSM opening records by hand stays
 * far below it.
 */
export function createThrottle(limit: number, windowMs: number) {
  const calls = new Map<string, number[]>();
  return {
    /** Counts a call at `now`; returns the seconds to wait when over the limit, or 0. */
    take(key: string, now: number): number {
      const recent = (calls.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        calls.set(key, recent);
        return Math.ceil((recent[0]! + windowMs - now) / 1000);
      }
      recent.push(now);
      calls.set(key, recent);
      return 0;
    },
  };
}
