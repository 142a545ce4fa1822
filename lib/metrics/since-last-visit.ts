import { z } from 'zod';
import type { AccountSnapshot, NpsAnswer, Part, Ticket } from '../crm/snapshot.ts';
import { daysBetween, isoToMs } from '../time/days.ts';
import { dayInTimeZone } from '../time/today.ts';
import type { Band } from './health/measure.ts';
import type { Health } from './health/scorecard.ts';
import { segmentOf } from './nps.ts';

/**
 * Items dated this close before what was read last time still count as new unless they were
 * seen: a CRM's clock and ours differ by seconds, and a search index (HubSpot's) shows a new
 * record some seconds after it was created.
 */
export const SEEN_MARGIN_MS = 86_400_000;

const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time');

const SeenSchema = z.object({
  /** When the part was read. */
  asOf: isoDateTime,
  /** Ids of the items dated within SEEN_MARGIN_MS before `asOf`: all that is needed to tell the new ones next time. */
  recentIds: z.array(z.string()),
});
type Seen = z.infer<typeof SeenSchema>;

/** What the panel keeps of one visit to an account, to say next time what changed. */
export const VisitRecordSchema = z.object({
  /** When the CSM saw the account. */
  at: isoDateTime,
  /** The computed score and band then; null without a score (not enough data, or churned). */
  score: z.number().nullable(),
  band: z.enum(['at-risk', 'needs-attention', 'healthy']).nullable(),
  /** null: the part could not be read then (or the CRM has no such source). */
  tickets: SeenSchema.nullable(),
  nps: SeenSchema.nullable(),
});
export type VisitRecord = z.infer<typeof VisitRecordSchema>;

/** New items of one part since the last visit, or why they cannot be told. */
export type PartChange<T> =
  | { state: 'read'; added: T[]; /** Not every record was read: more may be new. */ partial: boolean }
  | { state: 'unread' }
  /** The CRM has no such source (nothing mapped): nothing to say, not a failure. */
  | { state: 'none' };

export interface HealthChange {
  from: { score: number; band: Band } | null;
  to: { score: number; band: Band } | null;
  changed: boolean;
}

export type NewNpsAnswer = NpsAnswer & { detractor: boolean };

export type SinceLastVisit =
  | { kind: 'first-visit' }
  | {
      kind: 'since';
      /** The last visit, and how long ago in the unit a person would say (calendar days in the CSM's zone). */
      at: string;
      ago: { value: number; unit: 'minute' | 'hour' | 'day' };
      health: HealthChange;
      tickets: PartChange<Ticket>;
      nps: PartChange<NewNpsAnswer>;
      /** Something new or different was found. */
      changed: boolean;
      /** Every part could be compared in full: "nothing changed" may be said. */
      complete: boolean;
    };

const npsAnswerId = (a: NpsAnswer) => `${a.respondentId}|${a.answeredAt}`;

function seenOf<T>(part: Part<T[]>, dateOf: (item: T) => string, idOf: (item: T) => string): Seen | null {
  if (part.status !== 'ok') return null;
  const from = isoToMs(part.asOf) - SEEN_MARGIN_MS;
  return { asOf: part.asOf, recentIds: part.data.filter((item) => isoToMs(dateOf(item)) > from).map(idOf) };
}

/** The computed score, not a CSM override: the comparison says how the account's data moved. */
function scoredOf(health: Health): { score: number; band: Band } | null {
  return health.state === 'scored' ? { score: health.score, band: health.band } : null;
}

/** What to keep of a visit that showed this snapshot and its health. */
export function visitRecordOf(snapshot: AccountSnapshot, health: Health, at: string): VisitRecord {
  const scored = scoredOf(health);
  return {
    at,
    score: scored?.score ?? null,
    band: scored?.band ?? null,
    tickets: seenOf(
      snapshot.tickets,
      (t) => t.createdAt,
      (t) => t.id,
    ),
    nps: seenOf(snapshot.nps, (a) => a.answeredAt, npsAnswerId),
  };
}

/**
 * Items dated after what was read last time (less the margin) and not seen then. When the part
 * could not be read last time, everything dated after that visit is new.
 */
function added<T>(
  part: Part<T[]>,
  seen: Seen | null,
  visitAt: string,
  dateOf: (item: T) => string,
  idOf: (item: T) => string,
): PartChange<T> {
  if (part.status === 'error') return { state: 'unread' };
  if (part.status === 'missing') return { state: 'none' };
  const from = seen ? isoToMs(seen.asOf) - SEEN_MARGIN_MS : isoToMs(visitAt);
  const known = new Set(seen?.recentIds ?? []);
  const fresh = part.data
    .filter((item) => isoToMs(dateOf(item)) > from && !known.has(idOf(item)))
    .sort((a, b) => isoToMs(dateOf(b)) - isoToMs(dateOf(a)));
  return { state: 'read', added: fresh, partial: part.cut !== undefined };
}

function agoOf(at: string, now: Date, timeZone: string): { value: number; unit: 'minute' | 'hour' | 'day' } {
  const days = daysBetween(dayInTimeZone(new Date(at), timeZone), dayInTimeZone(now, timeZone));
  // "Yesterday" for last night's visit, even when it was only nine hours ago.
  if (days > 0) return { value: days, unit: 'day' };
  const minutes = Math.max(0, Math.floor((now.getTime() - isoToMs(at)) / 60_000));
  return minutes < 60 ? { value: minutes, unit: 'minute' } : { value: Math.floor(minutes / 60), unit: 'hour' };
}

/** What changed on the account since the previous visit (null: none recorded, a first visit). */
export function sinceLastVisit(
  previous: VisitRecord | null,
  snapshot: AccountSnapshot,
  health: Health,
  now: Date,
  timeZone: string,
): SinceLastVisit {
  if (!previous) return { kind: 'first-visit' };
  const from = previous.score !== null && previous.band ? { score: previous.score, band: previous.band } : null;
  const to = scoredOf(health);
  const score: HealthChange = { from, to, changed: from?.score !== to?.score || from?.band !== to?.band };
  const tickets = added(
    snapshot.tickets,
    previous.tickets,
    previous.at,
    (t) => t.createdAt,
    (t) => t.id,
  );
  const answers = added(snapshot.nps, previous.nps, previous.at, (a) => a.answeredAt, npsAnswerId);
  const nps: PartChange<NewNpsAnswer> =
    answers.state === 'read'
      ? { ...answers, added: answers.added.map((a) => ({ ...a, detractor: segmentOf(a.score) === 'detractor' })) }
      : answers;
  const parts = [tickets, nps];
  return {
    kind: 'since',
    at: previous.at,
    ago: agoOf(previous.at, now, timeZone),
    health: score,
    tickets,
    nps,
    changed: score.changed || parts.some((p) => p.state === 'read' && p.added.length > 0),
    complete: parts.every((p) => p.state === 'none' || (p.state === 'read' && !p.partial)),
  };
}
