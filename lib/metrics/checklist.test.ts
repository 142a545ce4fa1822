import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import type { Ticket } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings';
import { checklistProgress, inChecklistWindow, renewalChecklist } from './checklist';
import { computeAccountMetrics } from './compute-all';

const now = new Date('2026-11-22T12:00:00Z');
const late: Ticket = {
  id: 't',
  subject: 'x',
  status: 'Open',
  isClosed: false,
  priority: 'high',
  createdAt: '2026-11-01T00:00:00Z',
  closedAt: null,
};

describe('renewal checklist', () => {
  it('lists the milestones of the cycle then the QBR agenda, with ticks and hints from the data', () => {
    const snapshot = emptySnapshot({
      account: { ...emptySnapshot().account, renewalDate: '2027-01-31' },
      tickets: { status: 'ok', asOf: now.toISOString(), data: [late] },
    });
    const metrics = computeAccountMetrics(snapshot, DEFAULT_METRICS_SETTINGS, now, 'UTC', { doneMilestones: new Set(['risk-review']) });
    const items = renewalChecklist(metrics, { 'risk-review': '2026-10-01T00:00:00Z', 'qbr-goals': '2026-11-20T00:00:00Z' });
    expect(items.map((i) => i.id)).toEqual([
      'risk-review',
      'qbr',
      'proposal',
      'commercial',
      'signed',
      'qbr-usage',
      'qbr-goals',
      'qbr-sla',
      'qbr-features',
      'qbr-difficulties',
      'qbr-review',
      'qbr-upsell',
    ]);
    expect(items[0]).toMatchObject({ state: 'done', checkedAt: '2026-10-01T00:00:00Z' });
    expect(items[1]).toMatchObject({ dueDate: '2026-11-02', state: 'due' });
    expect(items.find((i) => i.id === 'qbr-sla')!.hint).toEqual({ id: 'hint.slaBreached', vars: { n: 1 } });
    expect(items.find((i) => i.id === 'qbr-difficulties')!.hint).toEqual({ id: 'hint.openTickets', vars: { n: 1, days: 21 } });
    expect(items.find((i) => i.id === 'qbr-goals')!.checkedAt).toBe('2026-11-20T00:00:00Z');
  });
});

describe('checklist progress (the book)', () => {
  it('counts the ticked steps of the cycle against every step, as the popup lists them', () => {
    const ticks = { 'risk-review': '2026-10-01T00:00:00Z', 'qbr-goals': '2026-11-20T00:00:00Z', 'qbr-sla': '2026-11-21T00:00:00Z' };
    expect(checklistProgress(ticks, DEFAULT_METRICS_SETTINGS.milestones)).toEqual({ done: 3, total: 12 });
    expect(checklistProgress({}, DEFAULT_METRICS_SETTINGS.milestones)).toEqual({ done: 0, total: 12 });
  });

  it('leaves out ticks of a milestone no longer in the settings', () => {
    const milestones = DEFAULT_METRICS_SETTINGS.milestones.filter((m) => m.id !== 'risk-review');
    expect(checklistProgress({ 'risk-review': '2026-10-01T00:00:00Z', qbr: '2026-11-01T00:00:00Z' }, milestones)).toEqual({
      done: 1,
      total: 11,
    });
  });

  it.each([
    [null, false],
    [121, false],
    [120, true],
    [0, true],
    [-30, true],
    [-31, false],
  ] as const)('a renewal %s days away is in the checklist window: %s', (days, inside) => {
    expect(inChecklistWindow(days)).toBe(inside);
  });
});
