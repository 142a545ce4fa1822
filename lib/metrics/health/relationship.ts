import type { MetricsSettings } from '../../settings/metrics-settings.ts';
import { DAY_MS, isoToMs } from '../../time/days.ts';
import { clamp, NO_DATA, type LeverDraft, type MeasureContext, type Scored } from './measure.ts';

// Relationship.
// The touch curve: 100 while the last CSM touch is at most `touchWithinDays` (30) days old,
// then a straight line down to 0 at `zeroAfterDays` (120) days; never touched: 0.
// Champion in place: the touch curve. Champion left (and no other in place): 0.
// No champion known: the touch curve × `noChampionFactor` (½): a CSM who talks to the account
// but has nobody who carries the product inside it is half way there, not all the way.
// Without the contacts we cannot tell whether the champion left, so there is no data.

export function touchScore(daysSinceTouch: number | null, settings: Pick<MetricsSettings, 'relationship'>): number {
  const r = settings.relationship;
  if (daysSinceTouch === null) return 0;
  if (daysSinceTouch <= r.touchWithinDays) return 100;
  return clamp(100 * (1 - (daysSinceTouch - r.touchWithinDays) / Math.max(1, r.zeroAfterDays - r.touchWithinDays)));
}

export function relationship({ snapshot, settings, now }: MeasureContext): Scored {
  if (snapshot.contacts.status !== 'ok') return NO_DATA;
  let champion: string | null = null;
  let left: string | null = null;
  for (const c of snapshot.contacts.data) {
    if (!c.isChampion) continue;
    if (!c.hasLeft) {
      champion = c.name;
      break;
    }
    left ??= c.name;
  }
  const lastTouch = snapshot.account.lastTouchAt;
  const sinceTouch = lastTouch ? Math.max(0, Math.floor((now.getTime() - isoToMs(lastTouch)) / DAY_MS)) : null;
  const touch = touchScore(sinceTouch, settings);
  const score = champion !== null ? touch : left !== null ? 0 : touch * settings.relationship.noChampionFactor;
  const asOf = snapshot.contacts.asOf;
  let lever: LeverDraft | null = null;
  if (champion === null) lever = { action: 'name-champion', vars: {}, ...(left !== null ? { names: [left] } : {}), score: 100 };
  else if (touch < 100) lever = { action: 'touch-account', vars: sinceTouch === null ? {} : { days: sinceTouch }, score: 100 };
  return {
    score,
    inputs: [
      { id: 'champion', value: champion ?? (left !== null ? 'left' : null), asOf },
      { id: 'daysSinceTouch', value: sinceTouch, asOf: lastTouch },
      // Where the CRM says which record the touch was (a task, an event, the account's Last Activity).
      ...(lastTouch && snapshot.account.lastTouchSource
        ? [{ id: 'touchSource', value: snapshot.account.lastTouchSource, asOf: lastTouch }]
        : []),
    ],
    asOf,
    lever,
  };
}
