import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { goalsDue, newGoal, withStatus } from '../../lib/plan/goals';
import { I18nProvider } from '../i18n/i18n-context';
import { RenewalChecklist } from './renewal-checklist';

const at = new Date('2026-11-01T09:00:00Z');
const goals = [
  withStatus(
    newGoal('g1', { what: 'Cut close time to 3 days', target: '3 days', byWhen: '2026-11-25', measuredBy: 'finance report' }, at),
    'at-risk',
    at,
  ),
  newGoal('g2', { what: 'Train 40 users', target: '40', byWhen: '2026-11-27', measuredBy: 'LMS' }, at),
  withStatus(newGoal('g3', { what: 'Roll out SSO', target: 'all', byWhen: '2026-11-10', measuredBy: '' }, at), 'dropped', at),
];

function renderChecklist(locale: 'en' | 'ko') {
  render(
    <I18nProvider locale={locale}>
      <RenewalChecklist items={[]} goalsDue={goalsDue(goals, '2026-11-27')} onToggle={() => undefined} />
    </I18nProvider>,
  );
}

describe('goals due in the popup’s renewal checklist', () => {
  it('lists the open goals whose review is due, the overdue one first, a dropped one not at all', () => {
    renderChecklist('en');
    expect(screen.getByRole('heading', { name: 'Goals due for review' })).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Goals due for review' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Cut close time to 3 days · At risk · overdue since Nov 25, 2026, 2 days', 'Train 40 users · On track · due today']);
  });

  it('says the same in Korean', () => {
    renderChecklist('ko');
    const list = screen.getByRole('list', { name: '검토할 때가 된 목표' });
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toMatch(/2일 지남$/);
  });

  it('shows no goals part when none is due', () => {
    render(
      <I18nProvider locale="en">
        <RenewalChecklist items={[]} onToggle={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('list', { name: 'Goals due for review' })).toBeNull();
  });
});
