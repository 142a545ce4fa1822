import { describe, expect, it } from 'vitest';
import { asOf, fullSnapshot, health, measure, ok, openTicket } from '../../../test/support/health-fixtures';

describe('support', () => {
  it('scores 100 with every ticket solved in time, and takes penalties for unresolved, late and old tickets', () => {
    expect(measure(health(fullSnapshot()), 'support')).toMatchObject({ score: 100, lever: null });
    const tickets = [
      openTicket('late', '2026-11-10T00:00:00.000Z', 'high'), // 12 d, SLA 3 → breach
      openTicket('old', '2026-09-01T00:00:00.000Z', 'low'), // 82 d → breach and old
      { ...openTicket('done', '2026-11-01T00:00:00.000Z'), isClosed: true, status: 'Closed', closedAt: '2026-11-02T00:00:00.000Z' },
    ];
    const m = measure(health(fullSnapshot({ tickets: ok(tickets) })), 'support');
    // 100 − (2/3)·40 − 2·10 − 1·10 = 43.3
    expect(m.score).toBeCloseTo(43.33, 1);
    expect(m.inputs.map((i) => [i.id, i.value])).toEqual([
      ['unresolvedRatio', 2 / 3],
      ['slaBreaches', 2],
      ['oldTickets', 1],
    ]);
    expect(m.inputs[0]!.asOf).toBe(asOf);
    // resolving both open tickets leaves the two breaches: 100 − 20
    expect(m.lever).toMatchObject({ action: 'resolve-open-tickets', vars: { tickets: 2, pastSla: 2 }, score: 80 });
  });

  it('has no score when the tickets failed to load', () => {
    expect(
      measure(health(fullSnapshot({ tickets: { status: 'error', error: { kind: 'rate-limited', detail: '' } } })), 'support').score,
    ).toBeNull();
  });

  it('has no score without a ticket in the window or open: no ticket is no evidence', () => {
    const h = health(fullSnapshot({ tickets: ok([]) }));
    expect(measure(h, 'support')).toMatchObject({ score: null, contribution: null, lever: null });
    expect(h.state === 'scored' && h.coverage).toBeCloseTo(0.8);
  });
});
