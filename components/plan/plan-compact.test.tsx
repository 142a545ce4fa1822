import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../query-client';
import { I18nProvider } from '../i18n/i18n-context';
import { memoryPlanApi } from '../../test/support/plan-fixtures';
import { PlanCompact } from './plan-compact';

describe('the account plan in the popup', () => {
  it('shows the onboarding stage, goals on track and this quarter’s QBR progress', async () => {
    const api = memoryPlanApi();
    api.otherTab({
      kind: 'stage',
      stage: 'kickoff',
      value: { planned: '2026-11-01', done: '2026-11-02' },
      base: { planned: null, done: null },
    });
    api.otherTab({
      kind: 'goal',
      id: 'g1',
      value: { what: 'Close in 3 days', target: '3 days', byWhen: '2026-12-31', measuredBy: '' },
      base: null,
    });
    api.otherTab({
      kind: 'goal',
      id: 'g2',
      value: { what: 'Train 40 users', target: '40', byWhen: '2027-06-30', measuredBy: '' },
      base: null,
    });
    api.otherTab({ kind: 'goal-status', id: 'g2', status: 'at-risk' });
    api.otherTab({ kind: 'qbr-tick', quarter: '2026-11-15', item: 'qbr-usage', checked: true });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <I18nProvider locale="en">
          <PlanCompact
            accountKey="salesforce:org:001A"
            accountName="Acme"
            today="2026-11-27"
            contractStart="2026-08-15"
            basis="contract"
            api={api}
          />
        </I18nProvider>
      </QueryClientProvider>,
    );
    const region = await screen.findByRole('region', { name: 'Account plan' });
    expect(within(region).getByTestId('plan-onboarding-stage').textContent).toBe('Onboarding: Setup');
    expect(within(region).getByTestId('plan-goals-on-track').textContent).toBe('1 of 2');
    expect(within(region).getByTestId('plan-compact-qbr').textContent).toBe('QBR this quarter: Agenda 1/7');
  });
});
