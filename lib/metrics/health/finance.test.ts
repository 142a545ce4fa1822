import { describe, expect, it } from 'vitest';
import { fullSnapshot, health, invoice, measure, ok } from '../../../test/support/health-fixtures';

describe('finance', () => {
  it.each([
    ['2026-11-22', 100], // due today: not overdue yet
    ['2026-11-21', 60],
    ['2026-10-23', 60], // 30 days
    ['2026-10-22', 30],
    ['2026-09-23', 30], // 31, 60 days
    ['2026-09-22', 0], // 61 days
  ])('scores by the oldest overdue invoice (due %s → %i)', (dueDate, score) => {
    expect(measure(health(fullSnapshot({ invoices: ok([invoice(dueDate), invoice('2026-11-20', '2026-11-21')]) })), 'finance').score).toBe(
      score,
    );
  });

  it('ignores paid invoices, and points at collecting the overdue ones', () => {
    expect(measure(health(fullSnapshot({ invoices: ok([invoice('2026-01-01', '2026-03-01')]) })), 'finance').score).toBe(100);
    const m = measure(health(fullSnapshot({ invoices: ok([invoice('2026-10-01'), invoice('2026-11-01')]) })), 'finance');
    expect(m).toMatchObject({
      score: 30,
      inputs: [{ id: 'daysOverdue', value: 52 }],
      lever: { action: 'collect-overdue-invoices', vars: { invoices: 2, days: 52 } },
    });
  });

  it('has no score when the invoices failed to load', () => {
    expect(
      measure(health(fullSnapshot({ invoices: { status: 'error', error: { kind: 'offline', detail: '' } } })), 'finance').score,
    ).toBeNull();
  });
});
