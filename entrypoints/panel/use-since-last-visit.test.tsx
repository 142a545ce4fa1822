import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastVisit } from '../../lib/browser/stored-keys';
import { accountKeyOf, type AccountSnapshot, type Ticket } from '../../lib/crm/snapshot';
import type { Health } from '../../lib/metrics/health';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { useSinceLastVisit, VISIT_DWELL_MS } from './use-since-last-visit';

const health = (score: number): Health => ({
  state: 'scored',
  score,
  band: score >= 75 ? 'healthy' : 'needs-attention',
  coverage: 1,
  measures: [],
  biggestLift: null,
  override: null,
});
const ticket = (id: string, createdAt: string): Ticket => ({
  id,
  subject: id,
  status: 'Open',
  isClosed: false,
  priority: 'low',
  createdAt,
  closedAt: null,
});
const read = (asOf: string, tickets: Ticket[]): AccountSnapshot =>
  emptySnapshot({ fetchedAt: asOf, tickets: { status: 'ok', asOf, data: tickets } });
const monday = read('2026-11-16T09:00:00.000Z', []);
const key = accountKeyOf(monday);

/** Lets the stored visit's read settle (its promise chain runs on microtasks). */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));
const dwell = () => act(() => vi.advanceTimersByTimeAsync(VISIT_DWELL_MS));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date('2026-11-16T09:01:00.000Z') });
});
afterEach(() => vi.useRealTimers());

describe('the panel’s visits', () => {
  it('records a visit once the open panel has shown the data a moment, and keeps saying "first visit" meanwhile', async () => {
    const { result } = renderHook(() => useSinceLastVisit(monday, health(78), true));
    await settle();
    expect(result.current).toEqual({ kind: 'first-visit' });
    expect(await lastVisit(key).get()).toBeNull();
    await dwell();
    expect(await lastVisit(key).get()).toMatchObject({ score: 78, band: 'healthy', tickets: { asOf: monday.fetchedAt } });
    expect(result.current).toEqual({ kind: 'first-visit' });
  });

  it('compares the next visit with the last one, and keeps that comparison while the panel stays open', async () => {
    const first = renderHook(() => useSinceLastVisit(monday, health(78), true));
    await settle();
    await dwell();
    first.unmount();
    vi.setSystemTime(new Date('2026-11-19T09:00:00.000Z'));
    const thursday = read('2026-11-19T08:59:00.000Z', [ticket('T9', '2026-11-19T08:30:00.000Z')]);
    const { result } = renderHook(() => useSinceLastVisit(thursday, health(64), true));
    await settle();
    const expected = {
      kind: 'since',
      ago: { value: 3, unit: 'day' },
      health: { from: { score: 78 }, to: { score: 64 }, changed: true },
      tickets: { state: 'read', added: [{ id: 'T9' }] },
    };
    expect(result.current).toMatchObject(expected);
    // Thursday's visit is recorded; what the panel says has not moved.
    await dwell();
    expect(await lastVisit(key).get()).toMatchObject({ score: 64, tickets: { recentIds: ['T9'] } });
    expect(result.current).toMatchObject(expected);
  });

  it('records nothing while the panel is collapsed, or when the CSM moves on before the moment passes', async () => {
    const collapsed = renderHook(() => useSinceLastVisit(monday, health(78), false));
    await settle();
    await dwell();
    expect(await lastVisit(key).get()).toBeNull();
    collapsed.unmount();
    const glance = renderHook(() => useSinceLastVisit(monday, health(78), true));
    await settle();
    await act(() => vi.advanceTimersByTimeAsync(VISIT_DWELL_MS - 1000));
    glance.unmount();
    await dwell();
    expect(await lastVisit(key).get()).toBeNull();
  });
});
