import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { reasonCounts } from '../../lib/plan/reasons';
import type { Outcome } from '../../lib/plan/plan-schema';
import { I18nProvider } from '../i18n/i18n-context';
import { ChurnReasonsView } from './churn-reasons-view';

const outcome = (over: Partial<Outcome>) => ({
  outcome: { kind: 'churned', reason: 'price', competitor: null, note: '', on: '2026-11-01', ...over } as Outcome,
});

describe('churn and downsize reasons on the VOC page', () => {
  it('counts each reason by churned and downsized, and names the competitors', () => {
    const report = reasonCounts([
      outcome({ reason: 'competitor', competitor: 'Rival Inc' }),
      outcome({ reason: 'competitor', competitor: 'Rival Inc', kind: 'downsized' }),
      outcome({ reason: 'budget' }),
    ]);
    render(
      <I18nProvider locale="en">
        <ChurnReasonsView report={report} />
      </I18nProvider>,
    );
    const reasons = screen.getByRole('table', { name: 'Why customers left or shrank' });
    expect(
      within(reasons)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Moved to a competitor11', 'Budget cut10']);
    expect(within(screen.getByRole('table', { name: 'Competitors they moved to' })).getByRole('row', { name: 'Rival Inc 2' })).toBeTruthy();
  });

  it('says how to record one when there is none, in Korean too', () => {
    render(
      <I18nProvider locale="ko">
        <ChurnReasonsView report={reasonCounts([])} />
      </I18nProvider>,
    );
    expect(screen.getByText(/아직 기록된 이탈이나 축소가 없습니다/)).toBeTruthy();
  });
});
