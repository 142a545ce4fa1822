import { useEffect, useMemo, useRef, useState } from 'react';
import { lastVisit } from '../../lib/browser/stored-keys';
import { accountKeyOf, type AccountSnapshot } from '../../lib/crm/snapshot';
import type { Health } from '../../lib/metrics/health';
import { sinceLastVisit, visitRecordOf, type SinceLastVisit, type VisitRecord } from '../../lib/metrics/since-last-visit';
import { userTimeZone } from '../../lib/time';

/**
 * How long the account's data must be on screen before the visit counts. Flicking through records,
 * or a record opened in a background tab, does not use up what changed before the CSM read it.
 */
export const VISIT_DWELL_MS = 3_000;

function usePageVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState !== 'hidden');
  useEffect(() => {
    const onChange = () => setVisible(document.visibilityState !== 'hidden');
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);
  return visible;
}

/**
 * What changed since the CSM's previous visit to this account, and the record of this visit.
 * The previous visit is read once per account, so what the panel says stays put while it is open;
 * this visit is recorded once the open panel has shown the data for VISIT_DWELL_MS, and again when
 * newer data replaces it. null until both the data and the previous visit are known.
 */
export function useSinceLastVisit(
  snapshot: AccountSnapshot | undefined,
  health: Health | undefined,
  shown: boolean,
): SinceLastVisit | null {
  const key = snapshot ? accountKeyOf(snapshot) : null;
  const [previous, setPrevious] = useState<{ key: string; visit: VisitRecord | null } | null>(null);
  useEffect(() => {
    if (!key) return;
    let alive = true;
    // A failed read shows nothing and records nothing: never a false "first visit".
    lastVisit(key)
      .get()
      .then(
        (visit) => alive && setPrevious({ key, visit }),
        () => undefined,
      );
    return () => {
      alive = false;
    };
  }, [key]);
  const ready = previous?.key === key;
  const visible = usePageVisible();
  const latest = useRef(health);
  latest.current = health;
  // The recorded values, not the health object, which is rebuilt whenever any metric input moves.
  const scored = health?.state === 'scored' ? `${health.score}:${health.band}` : health ? health.state : null;
  useEffect(() => {
    if (!ready || !key || !snapshot || !scored || !shown || !visible) return;
    const timer = setTimeout(() => {
      if (latest.current) void lastVisit(key).set(visitRecordOf(snapshot, latest.current, new Date().toISOString()));
    }, VISIT_DWELL_MS);
    return () => clearTimeout(timer);
  }, [ready, key, snapshot, scored, shown, visible]);
  return useMemo(
    () => (ready && previous && snapshot && health ? sinceLastVisit(previous.visit, snapshot, health, new Date(), userTimeZone()) : null),
    [ready, previous, snapshot, health],
  );
}
