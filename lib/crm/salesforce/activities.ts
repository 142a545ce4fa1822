import { fieldOf, type CrmSchema } from '../schema';
import { sfDateTime } from './normalise';

type Raw = Record<string, unknown>;

/** Where the last touch came from: the account's Last Activity, a completed task, or an event. */
export type TouchSource = 'account' | 'task' | 'event';

/**
 * The account's related Tasks and Events, read with sObject Relationships GETs: they ride in the
 * view's one composite call without using one of its five query slots (the five lists need them).
 * Only fields the org has; nothing when it lacks the object or a field to date an activity by.
 */
export const ACTIVITY_READS = [
  { name: 'tasks', object: 'Task', relationship: 'Tasks', fields: ['Id', 'Subject', 'ActivityDate', 'LastModifiedDate', 'IsClosed'] },
  {
    name: 'events',
    object: 'Event',
    relationship: 'Events',
    fields: ['Id', 'Subject', 'ActivityDate', 'ActivityDateTime', 'LastModifiedDate'],
  },
] as const;

/** The fields to read of one activity object, or null when the org cannot date its records. */
export function activityFields(schema: CrmSchema, object: string, wanted: readonly string[]): string[] | null {
  const have = wanted.filter((f) => fieldOf(schema, object, f) !== null);
  return have.includes('LastModifiedDate') || have.includes('ActivityDate') ? have : null;
}

/** When an activity happened: its own date (ActivityDateTime, ActivityDate) unless still ahead, else when it was last changed. */
function activityAt(r: Raw, now: string): string | null {
  const own = sfDateTime(r.ActivityDateTime) ?? sfDateTime(r.ActivityDate);
  if (own && own <= now) return own;
  const changed = sfDateTime(r.LastModifiedDate);
  return changed && changed <= now ? changed : null;
}

/**
 * The most recent touch of the account: its Last Activity Date (Salesforce's own, a date, which
 * skips tasks closed without a due date), a completed task, or an event that has taken place.
 * An open task is a plan, not a touch. On the same instant the activity wins: it says more.
 */
export function latestTouch(
  lastActivityDate: unknown,
  activities: { tasks?: readonly Raw[]; events?: readonly Raw[] },
  now: string,
): { at: string; source: TouchSource } | null {
  let best: { at: string; source: TouchSource } | null = null;
  const consider = (at: string | null, source: TouchSource) => {
    if (at && (!best || at > best.at || (at === best.at && source !== 'account'))) best = { at, source };
  };
  consider(sfDateTime(lastActivityDate), 'account');
  for (const t of activities.tasks ?? []) if (t.IsClosed !== false) consider(activityAt(t, now), 'task');
  for (const e of activities.events ?? []) consider(activityAt(e, now), 'event');
  return best;
}
