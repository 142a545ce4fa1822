import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../query-client';
import { I18nProvider } from '../i18n/i18n-context';
import type { Contact } from '../../lib/crm/snapshot';
import { QBR_ITEMS } from '../../lib/metrics/checklist';
import type { Locale } from '../../lib/i18n/locale';
import { memoryPlanApi } from '../../test/support/plan-fixtures';
import { PlanSection } from './plan-section';

const contacts: Contact[] = [{ id: 'c1', name: 'Kim Minji', email: null, title: 'VP Finance', isChampion: true, hasLeft: false }];
const agenda = QBR_ITEMS.map((id) => ({ id, hint: id === 'qbr-sla' ? { id: 'hint.slaBreached', vars: { n: 2 } } : null }));

function renderPlan(
  options: {
    api?: ReturnType<typeof memoryPlanApi>;
    share?: (text: string) => Promise<never>;
    locale?: Locale;
    onBasisChange?: () => void;
  } = {},
) {
  const api = options.api ?? memoryPlanApi();
  let ids = 0;
  render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider locale={options.locale ?? 'en'}>
        <PlanSection
          accountKey="salesforce:org:001A"
          accountName="Acme"
          today="2026-11-27"
          contractStart="2026-08-15"
          contacts={contacts}
          agenda={agenda}
          basis="contract"
          onBasisChange={options.onBasisChange ?? (() => undefined)}
          api={api}
          share={options.share}
          newId={() => `g${++ids}`}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { api, region: screen.getByRole('region', { name: options.locale === 'ko' ? '거래처 계획' : 'Account plan' }) };
}

const open = async (region: HTMLElement) => {
  await screen.findByTestId('plan-goals-on-track');
  await userEvent.click(within(region).getByRole('button', { name: 'Show the account plan' }));
};

describe('the account plan section', () => {
  it('starts collapsed with the plan at a glance, and opens on request', async () => {
    const { region } = renderPlan();
    const toggle = await within(region).findByRole('button', { name: 'Show the account plan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(region).queryByRole('form', { name: 'Handoff from sales' })).toBeNull();
    expect((await screen.findByTestId('plan-onboarding-stage')).textContent).toBe('Onboarding not started');
    expect(screen.getByTestId('plan-goals-on-track').textContent).toBe('0 of 0');
    expect(screen.getByTestId('plan-last-qbr').textContent).toBe('none yet');
    // Quarter 2 of the contract and no QBR ever held: more than a quarter without one.
    expect(within(region).getByRole('note').textContent).toContain('No QBR for more than a quarter');
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(region).getByRole('form', { name: 'Handoff from sales' })).toBeTruthy();
  });

  it('speaks Korean', async () => {
    const { region } = renderPlan({ locale: 'ko' });
    expect(await within(region).findByRole('button', { name: '거래처 계획 보기' })).toBeTruthy();
    expect((await screen.findByTestId('plan-goals-on-track')).textContent).toBe('0개 중 0개');
  });
});

describe('the handoff', () => {
  it('saves what sales promised and the key people picked from the CRM’s contacts', async () => {
    const { api, region } = renderPlan();
    await open(region);
    const form = within(region).getByRole('form', { name: 'Handoff from sales' });
    await userEvent.type(within(form).getByLabelText('What sales proposed and promised'), 'SSO by January');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a person' }));
    await userEvent.type(within(form).getByLabelText('Name'), 'Kim Minji');
    expect((within(form).getByLabelText('Role') as HTMLInputElement).value).toBe('VP Finance');
    await userEvent.click(within(form).getByRole('button', { name: 'Save handoff' }));
    expect(await within(form).findByRole('status')).toHaveProperty('textContent', 'Handoff saved.');
    expect(api.stored.handoff).toEqual({
      promised: 'SSO by January',
      customerGoals: '',
      people: [{ name: 'Kim Minji', role: 'VP Finance' }],
      risks: '',
    });
  });

  it('keeps the CSM’s text when another tab changed the handoff, and saves it on the second try', async () => {
    const { api, region } = renderPlan();
    await open(region);
    const form = within(region).getByRole('form', { name: 'Handoff from sales' });
    await userEvent.type(within(form).getByLabelText('What sales proposed and promised'), 'Mine');
    api.otherTab({ kind: 'handoff', value: { promised: 'Theirs', customerGoals: '', people: [], risks: '' }, base: null });
    await userEvent.click(within(form).getByRole('button', { name: 'Save handoff' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('changed in another tab');
    expect((within(form).getByLabelText('What sales proposed and promised') as HTMLTextAreaElement).value).toBe('Mine');
    expect(api.stored.handoff?.promised).toBe('Theirs');
    await userEvent.click(within(form).getByRole('button', { name: 'Save handoff' }));
    expect(await within(form).findByRole('status')).toHaveProperty('textContent', 'Handoff saved.');
    expect(api.stored.handoff?.promised).toBe('Mine');
  });
});

describe('goals', () => {
  it('adds a measurable goal, changes its status with a history, and counts the goals on track', async () => {
    const { region } = renderPlan();
    await open(region);
    const add = within(region).getByRole('form', { name: 'Add goal' });
    await userEvent.type(within(add).getByLabelText('Goal'), 'Close the books in 3 days');
    await userEvent.type(within(add).getByLabelText('Target'), '3 days');
    await userEvent.click(within(add).getByRole('button', { name: 'Add goal' }));
    const list = within(region).getByRole('list', { name: 'Goals (success plan)' });
    expect((await within(list).findByText('Close the books in 3 days')).tagName).toBe('STRONG');
    expect(screen.getByTestId('plan-goals-on-track').textContent).toBe('1 of 1');
    await userEvent.selectOptions(within(list).getByLabelText('Status of “Close the books in 3 days”'), 'at-risk');
    await vi.waitFor(() => expect(screen.getByTestId('plan-goals-on-track').textContent).toBe('0 of 1'));
    const history = within(list).getByRole('list', { name: 'Status history' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.split(' · ')[0]),
    ).toEqual(['On track', 'At risk']);
    // The goal is among those this quarter's QBR reviews.
    expect(
      within(within(region).getByRole('list', { name: 'Goals to review' })).getByText(/Close the books in 3 days · At risk/),
    ).toBeTruthy();
  });
});

describe('onboarding', () => {
  it('records planned and done dates, and the glance shows the stage reached, late when past its date', async () => {
    const { region } = renderPlan();
    await open(region);
    await userEvent.type(within(region).getByLabelText('Kickoff: done'), '2026-11-02');
    await userEvent.type(within(region).getByLabelText('Setup: planned'), '2026-11-20');
    await vi.waitFor(() =>
      expect(screen.getByTestId('plan-onboarding-stage').textContent).toBe('Onboarding: Setup (late, planned Nov 20, 2026)'),
    );
  });

  it('says when the browser’s storage is full, and clears the warning once a save lands', async () => {
    const { api, region } = renderPlan();
    await open(region);
    api.edit.mockResolvedValueOnce({ ok: false, error: { kind: 'quota-exceeded' } });
    await userEvent.type(within(region).getByLabelText('Training: planned'), '2026-12-10');
    expect((await within(region).findByRole('alert')).textContent).toContain('storage is full');
    await userEvent.type(within(region).getByLabelText('Kickoff: planned'), '2026-12-01');
    await vi.waitFor(() => expect(within(region).queryByRole('alert')).toBeNull());
  });
});

describe('this quarter’s QBR', () => {
  it('shows the contract quarter, ticks agenda items with their time, and records the day held', async () => {
    const onBasisChange = vi.fn();
    const { api, region } = renderPlan({ onBasisChange });
    await open(region);
    expect(screen.getByTestId('plan-quarter').textContent).toBe('Quarter 2 of the contract (Nov 15, 2026 – Feb 14, 2027)');
    const agendaList = within(region).getByRole('list', { name: 'Agenda' });
    expect(within(agendaList).getByText('2 tickets breached SLA')).toBeTruthy();
    await userEvent.click(within(agendaList).getByRole('checkbox', { name: 'How the customer used the product' }));
    await vi.waitFor(() => expect(screen.getByTestId('plan-qbr-qbr-usage').textContent).toContain('done'));
    expect(api.stored.qbrs['2026-11-15']?.ticks).toEqual({ 'qbr-usage': '2026-11-27T10:00:00.000Z' });
    await userEvent.type(within(region).getByLabelText('Held on'), '2026-11-26');
    await vi.waitFor(() => expect(screen.getByTestId('plan-last-qbr').textContent).toBe('Nov 26, 2026'));
    expect(within(region).queryByRole('note')).toBeNull();
    await userEvent.selectOptions(within(region).getByLabelText('Count quarters from'), 'calendar');
    expect(onBasisChange).toHaveBeenCalledWith('calendar');
  });
});

describe('when the customer leaves or shrinks', () => {
  it('asks which competitor, then records the churn with its reason', async () => {
    const { api, region } = renderPlan();
    await open(region);
    const form = within(region).getByRole('form', { name: 'If the customer leaves or shrinks' });
    await userEvent.selectOptions(within(form).getByLabelText('The customer'), 'churned');
    await userEvent.selectOptions(within(form).getByLabelText('Main reason'), 'competitor');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByRole('alert').textContent).toBe('Name the competitor they moved to.');
    expect(api.edit).not.toHaveBeenCalled();
    await userEvent.type(within(form).getByLabelText('Which competitor'), 'Rival Inc');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByTestId('plan-outcome')).textContent).toBe(
      'churned since Nov 27, 2026: Moved to a competitor (Rival Inc)',
    );
    expect(api.stored.outcome).toMatchObject({ kind: 'churned', reason: 'competitor', competitor: 'Rival Inc' });
  });
});

describe('goals due for review', () => {
  it('lists the open goals due within the checklist window or past, while the plan is collapsed', async () => {
    const api = memoryPlanApi();
    const goal = (id: string, what: string, byWhen: string) =>
      api.otherTab({ kind: 'goal', id, value: { what, target: '', byWhen, measuredBy: '' }, base: null });
    goal('g1', 'Close in 3 days', '2026-12-31');
    goal('g2', 'Go live in EU', '2026-11-20');
    api.otherTab({ kind: 'goal-status', id: 'g2', status: 'at-risk' });
    goal('g3', 'Train 40 users', '2026-11-01');
    api.otherTab({ kind: 'goal-status', id: 'g3', status: 'met' });
    goal('g4', 'Expand to APAC', '2027-09-30');
    const { region } = renderPlan({ api });
    const due = await within(region).findByRole('list', { name: 'Goals due for review' });
    expect(
      within(due)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Go live in EU · At risk · overdue since Nov 20, 2026, 7 days',
      'Close in 3 days · On track · due Dec 31, 2026, in 34 days',
    ]);
    expect(within(region).getByRole('button', { name: 'Show the account plan' }).getAttribute('aria-expanded')).toBe('false');
  });
});

describe('sharing the plan', () => {
  it('sends the plan as text to the CRM and says when it was shared', async () => {
    const api = memoryPlanApi();
    api.otherTab({
      kind: 'goal',
      id: 'g1',
      value: { what: 'Cut close time', target: '3 days', byWhen: null, measuredBy: 'report' },
      base: null,
    });
    const outcomes = ['created', 'updated', 'recreated'];
    const share = vi.fn(
      async (_text: string) =>
        ({ ok: true, value: { outcome: outcomes.shift(), note: { remote: { savedAt: '2026-11-27T10:00:00.000Z' } } } }) as never,
    );
    const { region } = renderPlan({ api, share });
    await open(region);
    const save = within(region).getByRole('button', { name: 'Save plan to CRM' });
    await userEvent.click(save);
    expect((await within(region).findByText(/^Shared in the CRM on Nov 27, 2026/)).getAttribute('role')).toBe('status');
    expect(share.mock.calls[0]![0]).toMatch(/^Account plan — Acme\n\nGoals\n- Cut close time — On track/);
    await userEvent.click(save);
    expect((await within(region).findByText(/^Updated the plan’s CRM note in place on/)).getAttribute('role')).toBe('status');
    await userEvent.click(save);
    expect(await within(region).findByText(/^The plan’s CRM note had been deleted there, so a new one was made on/)).toBeTruthy();
  });

  it('says why sharing failed and that the plan is kept', async () => {
    const share = vi.fn(async () => ({ ok: false, error: { kind: 'rate-limited', detail: 'busy' } }) as never);
    const { region } = renderPlan({ share });
    await open(region);
    await userEvent.click(within(region).getByRole('button', { name: 'Save plan to CRM' }));
    expect((await within(region).findByRole('alert')).textContent).toContain('The plan is kept here.');
  });
});
