import { describe, expect, it } from 'vitest';
import type { AccountSnapshot, NpsAnswer, Ticket } from '../crm/snapshot';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import type { Health } from './health/scorecard';
import { sinceLastVisit, VisitRecordSchema, visitRecordOf } from './since-last-visit';

const ZONE = 'Asia/Seoul';
const scored = (score: number, band: 'at-risk' | 'needs-attention' | 'healthy'): Health => ({
  state: 'scored',
  score,
  band,
  coverage: 1,
  measures: [],
  biggestLift: null,
  override: null,
});
const ticket = (id: string, createdAt: string, isClosed = false): Ticket => ({
  id,
  subject: `Subject ${id}`,
  status: isClosed ? 'Closed' : 'Open',
  isClosed,
  priority: 'medium',
  createdAt,
  closedAt: isClosed ? createdAt : null,
});
const answer = (respondentId: string, score: number, answeredAt: string): NpsAnswer => ({
  respondentId,
  respondentName: `Person ${respondentId}`,
  score,
  comment: null,
  answeredAt,
});
const snapshot = (asOf: string, tickets: Ticket[], answers: NpsAnswer[] = []): AccountSnapshot =>
  emptySnapshot({
    fetchedAt: asOf,
    tickets: { status: 'ok', asOf, data: tickets },
    nps: { status: 'ok', asOf, data: answers },
  });

// Monday's visit read the account at 09:00 UTC; today is Thursday.
const monday = '2026-11-16T09:00:00.000Z';
const thursday = new Date('2026-11-19T09:00:00.000Z');
const before = snapshot(monday, [ticket('T1', '2026-11-10T00:00:00.000Z')], [answer('p1', 9, '2026-11-01T00:00:00.000Z')]);
const visit = visitRecordOf(before, scored(78, 'healthy'), monday);

describe('what changed since the last visit', () => {
  it('says nothing to compare on a first visit', () => {
    expect(sinceLastVisit(null, before, scored(78, 'healthy'), thursday, ZONE)).toEqual({ kind: 'first-visit' });
  });

  it('finds nothing changed when the account reads as it did, and may say so', () => {
    const now = snapshot('2026-11-19T08:59:00.000Z', before.tickets.status === 'ok' ? before.tickets.data : [], [
      answer('p1', 9, '2026-11-01T00:00:00.000Z'),
    ]);
    expect(sinceLastVisit(visit, now, scored(78, 'healthy'), thursday, ZONE)).toMatchObject({
      kind: 'since',
      at: monday,
      ago: { value: 3, unit: 'day' },
      health: { changed: false },
      tickets: { state: 'read', added: [], partial: false },
      nps: { state: 'read', added: [], partial: false },
      changed: false,
      complete: true,
    });
  });

  it('names the score move, the band, the tickets opened and the answers given since, newest first and detractors marked', () => {
    const now = snapshot(
      '2026-11-19T08:59:00.000Z',
      [ticket('T1', '2026-11-10T00:00:00.000Z'), ticket('T2', '2026-11-17T10:00:00.000Z'), ticket('T3', '2026-11-18T10:00:00.000Z', true)],
      [
        answer('p1', 9, '2026-11-01T00:00:00.000Z'),
        answer('d1', 3, '2026-11-18T00:00:00.000Z'),
        answer('p2', 10, '2026-11-17T00:00:00.000Z'),
      ],
    );
    const change = sinceLastVisit(visit, now, scored(64, 'needs-attention'), thursday, ZONE);
    expect(change).toMatchObject({
      health: { from: { score: 78, band: 'healthy' }, to: { score: 64, band: 'needs-attention' }, changed: true },
      changed: true,
      complete: true,
    });
    if (change.kind !== 'since' || change.tickets.state !== 'read' || change.nps.state !== 'read') throw new Error('not compared');
    // A ticket opened and closed between the visits is still new.
    expect(change.tickets.added.map((t) => t.id)).toEqual(['T3', 'T2']);
    expect(change.nps.added.map((a) => [a.respondentId, a.detractor])).toEqual([
      ['d1', true],
      ['p2', false],
    ]);
  });

  it('counts an item dated just before the last read once, by its id: CRM clocks and search indexes lag', () => {
    // T-lag was created a minute before Monday's read but reached the search index after it;
    // T-skew was seen on Monday though the CRM's clock dated it a few seconds later.
    const monday2 = snapshot(monday, [ticket('T-skew', '2026-11-16T09:00:05.000Z')]);
    const seen = visitRecordOf(monday2, scored(78, 'healthy'), monday);
    expect(seen.tickets?.recentIds).toEqual(['T-skew']);
    const now = snapshot('2026-11-19T08:59:00.000Z', [
      ticket('T-skew', '2026-11-16T09:00:05.000Z'),
      ticket('T-lag', '2026-11-16T08:59:00.000Z'),
    ]);
    const change = sinceLastVisit(seen, now, scored(78, 'healthy'), thursday, ZONE);
    expect(change.kind === 'since' && change.tickets).toMatchObject({ state: 'read', added: [{ id: 'T-lag' }] });
  });

  it('never takes an old ticket that shows up for the first time for a new one', () => {
    const now = snapshot('2026-11-19T08:59:00.000Z', [
      ticket('T1', '2026-11-10T00:00:00.000Z'),
      ticket('T0', '2026-09-01T00:00:00.000Z', true),
    ]);
    const change = sinceLastVisit(visit, now, scored(78, 'healthy'), thursday, ZONE);
    expect(change).toMatchObject({ tickets: { state: 'read', added: [] }, changed: false });
  });

  it('does not claim "no new tickets" when the tickets could not be read now, or only in part', () => {
    const failed = emptySnapshot({
      fetchedAt: '2026-11-19T08:59:00.000Z',
      tickets: { status: 'error', error: { kind: 'offline', detail: 'offline' } },
    });
    expect(sinceLastVisit(visit, failed, scored(78, 'healthy'), thursday, ZONE)).toMatchObject({
      tickets: { state: 'unread' },
      changed: false,
      complete: false,
    });
    const cut = emptySnapshot({
      fetchedAt: '2026-11-19T08:59:00.000Z',
      tickets: { status: 'ok', asOf: '2026-11-19T08:59:00.000Z', data: [], cut: { read: 2000, total: 2300 } },
    });
    expect(sinceLastVisit(visit, cut, scored(78, 'healthy'), thursday, ZONE)).toMatchObject({
      tickets: { state: 'read', added: [], partial: true },
      complete: false,
    });
  });

  it('counts from the visit itself when the part could not be read then', () => {
    const unread = { ...visit, tickets: null };
    const now = snapshot('2026-11-19T08:59:00.000Z', [ticket('T1', '2026-11-10T00:00:00.000Z'), ticket('T2', '2026-11-17T00:00:00.000Z')]);
    const change = sinceLastVisit(unread, now, scored(78, 'healthy'), thursday, ZONE);
    expect(change.kind === 'since' && change.tickets).toMatchObject({ state: 'read', added: [{ id: 'T2' }] });
  });

  it('has nothing to say of a source the CRM does not have, and still may say nothing changed', () => {
    const noNps = emptySnapshot({
      fetchedAt: '2026-11-19T08:59:00.000Z',
      tickets: { status: 'ok', asOf: '2026-11-19T08:59:00.000Z', data: [ticket('T1', '2026-11-10T00:00:00.000Z')] },
      nps: { status: 'missing', reason: 'no-feedback-management' },
    });
    expect(sinceLastVisit(visit, noNps, scored(78, 'healthy'), thursday, ZONE)).toMatchObject({
      nps: { state: 'none' },
      changed: false,
      complete: true,
    });
  });

  it('tells a score that is gone (not enough data) from one that stayed', () => {
    const gone: Health = { state: 'not-enough-data', coverage: 0.3, measures: [], override: null };
    expect(sinceLastVisit(visit, before, gone, thursday, ZONE)).toMatchObject({
      health: { from: { score: 78 }, to: null, changed: true },
      changed: true,
    });
  });

  it('says how long ago in the unit a person would: minutes, hours, or calendar days in the CSM’s zone', () => {
    const ago = (at: string, now: string) => {
      const change = sinceLastVisit({ ...visit, at }, before, scored(78, 'healthy'), new Date(now), ZONE);
      return change.kind === 'since' ? change.ago : null;
    };
    expect(ago('2026-11-19T08:40:00.000Z', '2026-11-19T09:00:00.000Z')).toEqual({ value: 20, unit: 'minute' });
    expect(ago('2026-11-19T01:00:00.000Z', '2026-11-19T09:00:00.000Z')).toEqual({ value: 8, unit: 'hour' });
    // 23:00 in Seoul last night, 08:00 this morning: yesterday, not nine hours ago.
    expect(ago('2026-11-18T14:00:00.000Z', '2026-11-18T23:00:00.000Z')).toEqual({ value: 1, unit: 'day' });
  });

  it('keeps a small record that reads back as it was stored', () => {
    const stored = JSON.parse(JSON.stringify(visit)) as unknown;
    expect(VisitRecordSchema.parse(stored)).toEqual(visit);
    expect(visit).toEqual({
      at: monday,
      score: 78,
      band: 'healthy',
      tickets: { asOf: monday, recentIds: [] },
      nps: { asOf: monday, recentIds: [] },
    });
  });
});
