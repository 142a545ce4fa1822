import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { needsAttention } from '../../lib/metrics/attention';
import { I18nProvider } from '../i18n/i18n-context';
import { AttentionList } from './attention-list';
import { BookTable } from './book-table';

const today = '2026-11-22';
const rows = [
  bookRow({
    name: 'Beta',
    arr: 50_000,
    score: 90,
    renewalDate: '2026-12-10',
    url: 'https://acme.lightning.force.com/lightning/r/Account/B/view',
  }),
  bookRow({
    name: 'Alpha',
    arr: 400_000,
    score: 30,
    band: 'at-risk',
    previousBand: 'needs-attention',
    detractors: 2,
    nextStep: { measure: 'nps', key: 'follow-up-detractors.other', values: { detractors: 2 }, points: 6 },
  }),
  bookRow({ name: 'Gamma', arr: 120_000, score: 60, band: 'needs-attention', ownerName: 'Jiyoon Park' }),
];
const names = () => screen.getAllByTestId('book-row').map((r) => within(r).getByRole('rowheader').textContent);

describe('the book table', () => {
  it('sorts by a column, both ways, and filters by band, renewal window and owner', () => {
    render(
      <I18nProvider locale="en">
        <BookTable rows={rows} today={today} />
      </I18nProvider>,
    );
    expect(names()).toEqual(['Alpha', 'Beta', 'Gamma']);
    fireEvent.click(screen.getByRole('button', { name: 'ARR' }));
    expect(names()).toEqual(['Alpha', 'Gamma', 'Beta']);
    fireEvent.click(screen.getByRole('button', { name: /ARR/ }));
    expect(names()).toEqual(['Beta', 'Gamma', 'Alpha']);
    expect(screen.getByRole('columnheader', { name: /ARR/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.change(screen.getByLabelText('Band'), { target: { value: 'at-risk' } });
    expect(names()).toEqual(['Alpha']);
    fireEvent.change(screen.getByLabelText('Band'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Renewal'), { target: { value: '30' } });
    expect(names()).toEqual(['Beta']);
    fireEvent.change(screen.getByLabelText('Renewal'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Owner'), { target: { value: 'Jiyoon Park' } });
    expect(names()).toEqual(['Gamma']);
    expect(screen.getByRole('status').textContent).toBe('1 of 3 accounts');
  });

  it('filters by segment and by industry, in English and Korean', () => {
    const tiered = [
      bookRow({ name: 'Acme', segment: 'enterprise', industry: 'Finance' }),
      bookRow({ name: 'Bolt', segment: 'mid-market', industry: 'Retail' }),
      bookRow({ name: 'Cove', segment: 'smb', industry: 'Finance' }),
      bookRow({ name: 'Dune', segment: 'unknown', industry: null, arr: null }),
    ];
    const { unmount } = render(
      <I18nProvider locale="en">
        <BookTable rows={tiered} today={today} />
      </I18nProvider>,
    );
    const segment = screen.getByLabelText('Segment');
    expect(
      within(segment)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Enterprise', 'Mid-market', 'SMB', 'Unknown (no ARR)']);
    fireEvent.change(segment, { target: { value: 'mid-market' } });
    expect(names()).toEqual(['Bolt']);
    fireEvent.change(segment, { target: { value: 'unknown' } });
    expect(names()).toEqual(['Dune']);
    fireEvent.change(segment, { target: { value: '' } });
    const industry = screen.getByLabelText('Industry');
    expect(
      within(industry)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All', 'Finance', 'Retail', 'Not set']);
    fireEvent.change(industry, { target: { value: 'Finance' } });
    expect(names()).toEqual(['Acme', 'Cove']);
    fireEvent.change(segment, { target: { value: 'smb' } });
    expect(names()).toEqual(['Cove']);
    fireEvent.change(segment, { target: { value: '' } });
    fireEvent.change(industry, { target: { value: within(industry).getByRole('option', { name: 'Not set' }).getAttribute('value') } });
    expect(names()).toEqual(['Dune']);
    unmount();
    render(
      <I18nProvider locale="ko">
        <BookTable rows={tiered} today={today} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('세그먼트'), { target: { value: 'enterprise' } });
    expect(names()).toEqual(['Acme']);
    expect(within(screen.getByLabelText('업종')).getByRole('option', { name: '미지정' })).toBeTruthy();
  });

  it('shows each renewal’s checklist progress, sortable, and says when it is still read or failed', () => {
    const renewing = [
      bookRow({ name: 'Half', renewalDate: '2026-12-20' }),
      bookRow({ name: 'None yet', renewalDate: '2026-12-01' }),
      bookRow({ name: 'Later', renewalDate: '2027-09-01' }),
      bookRow({ name: 'Reading', renewalDate: '2027-01-10' }),
      bookRow({ name: 'Broken', renewalDate: '2027-02-10' }),
      bookRow({ name: 'Done', renewalDate: '2027-03-01' }),
    ];
    const key = (name: string) => `salesforce:00DSa0000000001:${name}`;
    render(
      <I18nProvider locale="en">
        <BookTable
          rows={renewing}
          today={today}
          checklists={{
            [key('Half')]: { state: 'ready', done: 6, total: 12 },
            [key('None yet')]: { state: 'ready', done: 0, total: 12 },
            [key('Reading')]: { state: 'loading' },
            [key('Broken')]: { state: 'failed' },
            [key('Done')]: { state: 'ready', done: 12, total: 12 },
          }}
        />
      </I18nProvider>,
    );
    const progress = () =>
      screen
        .getAllByTestId('book-row')
        .map((r) => `${within(r).getByRole('rowheader').textContent}: ${within(r).getByTestId('book-checklist').textContent}`);
    expect(progress()).toEqual(['Broken: not read', 'Done: 12/12', 'Half: 6/12', 'Later: —', 'None yet: 0/12', 'Reading: reading…']);
    fireEvent.click(screen.getByRole('button', { name: 'Renewal checklist' }));
    expect(names().slice(0, 3)).toEqual(['Done', 'Half', 'None yet']);
    fireEvent.click(screen.getByRole('button', { name: /Renewal checklist/ }));
    expect(names().slice(0, 3)).toEqual(['None yet', 'Half', 'Done']);
    expect(screen.getByRole('columnheader', { name: /Renewal checklist/ }).getAttribute('aria-sort')).toBe('ascending');
  });

  it('says at which stage an account still onboarding is, beside its name', () => {
    render(
      <I18nProvider locale="en">
        <BookTable rows={rows} today={today} onboarding={{ 'salesforce:00DSa0000000001:Gamma': 'Onboarding: Training' }} />
      </I18nProvider>,
    );
    const gamma = screen.getAllByTestId('book-row').find((r) => within(r).getByRole('rowheader').textContent?.startsWith('Gamma'))!;
    expect(within(gamma).getByTestId('book-onboarding').textContent).toContain('Onboarding: Training');
    expect(screen.getAllByTestId('book-onboarding')).toHaveLength(1);
  });

  it('moves between rows with the arrow keys, each name a link to the CRM record', () => {
    const linked = ['A', 'B'].map((id) =>
      bookRow({ name: `Account ${id}`, url: `https://acme.lightning.force.com/lightning/r/Account/${id}/view` }),
    );
    render(
      <I18nProvider locale="en">
        <BookTable rows={linked} today={today} />
      </I18nProvider>,
    );
    const [first, second] = [screen.getByRole('link', { name: 'Account A' }), screen.getByRole('link', { name: 'Account B' })];
    expect(first.getAttribute('href')).toBe('https://acme.lightning.force.com/lightning/r/Account/A/view');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    fireEvent.keyDown(second, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(first);
  });
});

describe('needs attention this week', () => {
  it('says why in words and names the next step, in English and Korean', () => {
    const items = needsAttention(rows, today, { bands: { atRiskBelow: 50, healthyFrom: 75 } });
    const { unmount } = render(
      <I18nProvider locale="en">
        <AttentionList items={items} />
      </I18nProvider>,
    );
    const alpha = screen.getAllByTestId('attention-item')[0]!;
    expect(alpha.textContent).toContain('Alpha');
    expect(within(alpha).getByTestId('attention-reasons').textContent).toBe('Dropped from Needs attention to At risk2 detractors');
    expect(alpha.textContent).toContain('Next step: Follow up the 2 detractors');
    unmount();
    render(
      <I18nProvider locale="ko">
        <AttentionList items={items} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { name: '이번 주 주의가 필요한 고객' })).toBeTruthy();
    expect(screen.getAllByTestId('attention-item')[0]!.textContent).toContain('비추천 고객 2명');
  });
});
