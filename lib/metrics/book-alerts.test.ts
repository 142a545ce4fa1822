import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings';
import { pickBookAlerts } from './book-alerts';
import { bookRowOf } from './book-row';
import { computeAccountMetrics } from './compute-all';

const reasonsOf = (before: Parameters<typeof bookRow>[0], after: Parameters<typeof bookRow>[0]) =>
  pickBookAlerts([bookRow(before)], [bookRow(after)])[0]?.reasons ?? [];

describe('the alerts a book refresh raises', () => {
  it('raises one when a band drops, and none when it holds or climbs', () => {
    expect(reasonsOf({ name: 'A', band: 'healthy' }, { name: 'A', band: 'needs-attention' })).toEqual([
      { kind: 'band-drop', from: 'healthy', to: 'needs-attention' },
    ]);
    expect(reasonsOf({ name: 'A', band: 'needs-attention' }, { name: 'A', band: 'at-risk' })).toEqual([
      { kind: 'band-drop', from: 'needs-attention', to: 'at-risk' },
    ]);
    expect(reasonsOf({ name: 'A', band: 'at-risk' }, { name: 'A', band: 'needs-attention' })).toEqual([]);
    expect(reasonsOf({ name: 'A', band: 'healthy' }, { name: 'A', band: 'healthy', score: 76 })).toEqual([]);
    // A score that could not be computed is no drop.
    expect(reasonsOf({ name: 'A', band: 'healthy' }, { name: 'A', band: null, score: null })).toEqual([]);
  });

  it('raises one when a renewal step became overdue, not for the ones already overdue', () => {
    expect(reasonsOf({ name: 'A', overdueSteps: 1 }, { name: 'A', overdueSteps: 2 })).toEqual([{ kind: 'overdue-step', steps: 2 }]);
    expect(reasonsOf({ name: 'A', overdueSteps: 2 }, { name: 'A', overdueSteps: 2 })).toEqual([]);
    expect(reasonsOf({ name: 'A', overdueSteps: 2 }, { name: 'A', overdueSteps: 0 })).toEqual([]);
  });

  it('tells a new detractor answer by its date, even when the count of detractors stays the same', () => {
    // One detractor left the window, another answered: still two, one of them new.
    expect(
      reasonsOf(
        { name: 'A', detractors: 2, newestDetractorAt: '2026-11-01T00:00:00.000Z' },
        { name: 'A', detractors: 2, newestDetractorAt: '2026-11-21T00:00:00.000Z' },
      ),
    ).toEqual([{ kind: 'new-detractor', detractors: 2 }]);
    expect(
      reasonsOf(
        { name: 'A', detractors: 0, newestDetractorAt: null },
        { name: 'A', detractors: 1, newestDetractorAt: '2026-11-21T00:00:00.000Z' },
      ),
    ).toEqual([{ kind: 'new-detractor', detractors: 1 }]);
    // The detractor answered again as a promoter: fewer detractors, nothing new.
    expect(
      reasonsOf(
        { name: 'A', detractors: 1, newestDetractorAt: '2026-11-01T00:00:00.000Z' },
        { name: 'A', detractors: 0, newestDetractorAt: null },
      ),
    ).toEqual([]);
    expect(
      reasonsOf(
        { name: 'A', detractors: 1, newestDetractorAt: '2026-11-01T00:00:00.000Z' },
        { name: 'A', detractors: 1, newestDetractorAt: '2026-11-01T00:00:00.000Z' },
      ),
    ).toEqual([]);
  });

  it('compares a row stored before detractor dates were kept by its count, so an upgrade raises nothing', () => {
    expect(reasonsOf({ name: 'A', detractors: 1 }, { name: 'A', detractors: 1, newestDetractorAt: '2026-11-21T00:00:00.000Z' })).toEqual(
      [],
    );
    expect(reasonsOf({ name: 'A', detractors: 1 }, { name: 'A', detractors: 2, newestDetractorAt: '2026-11-21T00:00:00.000Z' })).toEqual([
      { kind: 'new-detractor', detractors: 2 },
    ]);
  });

  it('puts every reason of an account in one alert, biggest ARR first, and leaves out new and churned accounts', () => {
    const before = [
      bookRow({ name: 'Small', arr: 10_000, overdueSteps: 0 }),
      bookRow({ name: 'Big', arr: 900_000, band: 'healthy', detractors: 0, newestDetractorAt: null }),
      bookRow({ name: 'Gone', arr: 500_000, band: 'healthy' }),
      bookRow({ name: 'Calm', arr: 300_000 }),
    ];
    const after = [
      bookRow({ name: 'Small', arr: 10_000, overdueSteps: 1 }),
      bookRow({ name: 'Big', arr: 900_000, band: 'at-risk', detractors: 1, newestDetractorAt: '2026-11-21T00:00:00.000Z' }),
      bookRow({ name: 'Gone', arr: 500_000, band: 'at-risk', churned: true }),
      bookRow({ name: 'Calm', arr: 300_000 }),
      bookRow({ name: 'New', arr: 700_000, band: 'at-risk', overdueSteps: 3 }),
    ];
    expect(pickBookAlerts(before, after)).toEqual([
      {
        accountKey: after[1]!.accountKey,
        name: 'Big',
        arr: 900_000,
        reasons: [
          { kind: 'band-drop', from: 'healthy', to: 'at-risk' },
          { kind: 'new-detractor', detractors: 1 },
        ],
      },
      { accountKey: after[0]!.accountKey, name: 'Small', arr: 10_000, reasons: [{ kind: 'overdue-step', steps: 1 }] },
    ]);
  });

  it('raises nothing on the first refresh, with no rows before', () => {
    expect(pickBookAlerts([], [bookRow({ name: 'A', band: 'at-risk', overdueSteps: 2, detractors: 3 })])).toEqual([]);
  });
});

describe('the book row a refresh keeps', () => {
  it('keeps when the newest detractor answered, so the next refresh can tell a new one', () => {
    const at = '2026-11-22T00:00:00.000Z';
    const answer = (respondentId: string, score: number, answeredAt: string) => ({
      respondentId,
      respondentName: null,
      score,
      comment: null,
      answeredAt,
    });
    const snapshot = emptySnapshot({
      nps: {
        status: 'ok',
        asOf: at,
        data: [
          answer('a', 3, '2026-10-01T00:00:00.000Z'),
          answer('b', 5, '2026-11-02T00:00:00.000Z'),
          answer('c', 10, '2026-11-20T00:00:00.000Z'),
        ],
      },
    });
    const now = new Date('2026-11-22T12:00:00.000Z');
    const row = bookRowOf(
      snapshot,
      computeAccountMetrics(snapshot, DEFAULT_METRICS_SETTINGS, now, 'UTC'),
      DEFAULT_METRICS_SETTINGS,
      at,
      null,
      [],
    );
    expect(row).toMatchObject({ detractors: 2, newestDetractorAt: '2026-11-02T00:00:00.000Z' });
    const calm = emptySnapshot();
    expect(
      bookRowOf(calm, computeAccountMetrics(calm, DEFAULT_METRICS_SETTINGS, now, 'UTC'), DEFAULT_METRICS_SETTINGS, at, null, [])
        .newestDetractorAt,
    ).toBeNull();
  });
});
