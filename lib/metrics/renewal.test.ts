import { describe, expect, it } from 'vitest';
import { activeContract as contract, emptySnapshot } from '../../test/support/snapshot-builder';
import type { Contract, Opportunity } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S } from '../settings/metrics-settings';
import { computeRenewal, contractEndOf, dueNowOf, milestonesFor } from './renewal';

const asOf = '2026-11-22T00:00:00.000Z';
const TODAY = '2026-11-22';
const opp = (o: Partial<Opportunity> = {}): Opportunity => ({
  id: 'o',
  name: 'Renewal',
  isRenewal: true,
  stage: 'Negotiation',
  amount: 110000,
  closeDate: '2027-01-10',
  isClosed: false,
  isWon: false,
  ...o,
});
const snapshotWith = (
  contracts: Contract[],
  opportunities: Opportunity[] = [],
  account: Partial<ReturnType<typeof emptySnapshot>['account']> = {},
) =>
  emptySnapshot({
    contracts: { status: 'ok', asOf, data: contracts },
    opportunities: { status: 'ok', asOf, data: opportunities },
    account: { ...emptySnapshot().account, ...account },
  });

describe('renewal date', () => {
  it('prefers the earliest upcoming open renewal opportunity, and names its source', () => {
    const r = computeRenewal(
      // The 24-month contract's ARR is 100,000; a 24-month renewal of 220,000 is 110,000 a year: +10 %.
      snapshotWith(
        [contract()],
        [
          opp({ id: 'later', closeDate: '2027-06-01' }),
          opp({ id: 'next', amount: 220000 }),
          opp({ id: 'won', closeDate: '2026-12-01', isClosed: true, isWon: true }),
          opp({ id: 'upsell', isRenewal: false, closeDate: '2026-12-02' }),
        ],
      ),
      TODAY,
      S,
    );
    expect(r).toMatchObject({
      date: '2027-01-10',
      source: 'renewal-opportunity',
      opportunityId: 'next',
      daysLeft: 49,
      renewalAmount: 220000,
      renewalArr: 110000,
      sizeDirection: 'upsell',
    });
    expect(r.sizeChange).toBeCloseTo(0.1);
  });

  it('falls back to the active contract’s end, then to the account field, then nothing', () => {
    expect(
      computeRenewal(snapshotWith([contract({ isActive: false, endDate: '2026-12-15' }), contract({ id: 'active' })]), TODAY, S),
    ).toMatchObject({
      date: '2026-12-31',
      source: 'contract-end',
      contractId: 'active',
      daysLeft: 39,
    });
    expect(computeRenewal(snapshotWith([], [], { renewalDate: '2027-02-01' }), TODAY, S)).toMatchObject({
      date: '2027-02-01',
      source: 'account-field',
      daysLeft: 71,
    });
    expect(computeRenewal(emptySnapshot(), TODAY, S)).toMatchObject({
      date: null,
      source: null,
      daysLeft: null,
      milestones: [],
      dueNow: null,
      arr: null,
      mrr: null,
    });
  });

  it('reads the end of a contract that has only a start and a term', () => {
    expect(contractEndOf({ startDate: '2026-01-31', endDate: null, termMonths: 1 })).toBe('2026-02-27');
    expect(contractEndOf({ startDate: '2026-03-01', endDate: null, termMonths: 12 })).toBe('2027-02-28');
    expect(computeRenewal(snapshotWith([contract({ startDate: '2026-03-01', endDate: null, termMonths: 12 })]), TODAY, S).date).toBe(
      '2027-02-28',
    );
  });

  it('picks the active contract ending next, and an ended one only when none is still running', () => {
    const running = computeRenewal(
      snapshotWith([
        contract({ id: 'far', endDate: '2028-01-31' }),
        contract({ id: 'near', endDate: '2027-03-31' }),
        contract({ id: 'ended', endDate: '2026-10-31' }),
      ]),
      TODAY,
      S,
    );
    expect(running).toMatchObject({ contractId: 'near', date: '2027-03-31' });
    const late = computeRenewal(
      snapshotWith([contract({ id: 'a', endDate: '2026-09-30' }), contract({ id: 'b', endDate: '2026-10-31' })]),
      TODAY,
      S,
    );
    expect(late).toMatchObject({ contractId: 'b', date: '2026-10-31', daysLeft: -22 });
  });

  it('shows a renewal date in the past with negative days left and everything not done overdue', () => {
    const r = computeRenewal(snapshotWith([], [], { renewalDate: '2026-10-01' }), TODAY, S, new Set(['risk-review']));
    expect(r.daysLeft).toBe(-52);
    expect(r.milestones.map((m) => m.state)).toEqual(['done', 'overdue', 'overdue', 'overdue', 'overdue']);
    expect(r.dueNow?.id).toBe('signed');
  });

  it('uses an open renewal opportunity whose close date passed only when nothing else gives a date', () => {
    const lapsed = opp({ id: 'lapsed', closeDate: '2026-11-01', amount: 90000 });
    expect(computeRenewal(snapshotWith([contract({ endDate: '2027-05-31' })], [lapsed]), TODAY, S)).toMatchObject({
      date: '2027-05-31',
      source: 'contract-end',
    });
    expect(computeRenewal(snapshotWith([], [lapsed]), TODAY, S)).toMatchObject({
      date: '2026-11-01',
      source: 'renewal-opportunity',
      daysLeft: -21,
      renewalAmount: 90000,
    });
  });

  it('counts an opportunity closing today as upcoming (0 days left)', () => {
    expect(computeRenewal(snapshotWith([], [opp({ closeDate: TODAY })]), TODAY, S)).toMatchObject({
      daysLeft: 0,
      source: 'renewal-opportunity',
    });
  });

  it('reads no opportunity or contract when those sources failed', () => {
    const s = emptySnapshot({
      contracts: { status: 'error', error: { kind: 'offline', detail: '' } },
      opportunities: { status: 'missing' },
      account: { ...emptySnapshot().account, renewalDate: '2027-01-01', arr: 10000 },
    });
    expect(computeRenewal(s, TODAY, S)).toMatchObject({ source: 'account-field', arr: 10000, sizeChange: null });
  });

  it('counts days across a leap day: Feb 29 renewals', () => {
    const r = computeRenewal(snapshotWith([], [], { renewalDate: '2028-02-29' }), '2027-02-28', S);
    expect(r.daysLeft).toBe(366);
    expect(r.milestones.map((m) => m.dueDate)).toEqual(['2027-11-01', '2027-12-01', '2027-12-31', '2028-01-30', '2028-02-29']);
  });
});

describe('renewal milestones', () => {
  const ids = (date: string, today: string, done: string[] = []) =>
    milestonesFor(date, today, S, new Set(done)).map((m) => `${m.id}:${m.state}`);

  it('puts T-120 … T-0 before the renewal date, counting the leap day', () => {
    const ms = milestonesFor('2028-03-30', '2028-01-01', S, new Set(['risk-review']));
    expect(ms.map((m) => [m.id, m.dueDate, m.state])).toEqual([
      ['risk-review', '2027-12-01', 'done'],
      ['qbr', '2027-12-31', 'due'],
      ['proposal', '2028-01-30', 'upcoming'],
      ['commercial', '2028-02-29', 'upcoming'],
      ['signed', '2028-03-30', 'upcoming'],
    ]);
  });

  it.each([
    // renewal 2027-03-31: T-120 2026-12-01, T-90 2026-12-31, T-60 2027-01-30, T-30 2027-03-01, T-0 2027-03-31
    ['2026-11-30', 'risk-review:upcoming qbr:upcoming proposal:upcoming commercial:upcoming signed:upcoming'],
    ['2026-12-01', 'risk-review:due qbr:upcoming proposal:upcoming commercial:upcoming signed:upcoming'],
    ['2026-12-30', 'risk-review:due qbr:upcoming proposal:upcoming commercial:upcoming signed:upcoming'],
    ['2026-12-31', 'risk-review:overdue qbr:due proposal:upcoming commercial:upcoming signed:upcoming'],
    ['2027-03-01', 'risk-review:overdue qbr:overdue proposal:overdue commercial:due signed:upcoming'],
    ['2027-03-31', 'risk-review:overdue qbr:overdue proposal:overdue commercial:overdue signed:due'],
    ['2027-04-01', 'risk-review:overdue qbr:overdue proposal:overdue commercial:overdue signed:overdue'],
  ])('on %s: %s', (today, expected) => {
    expect(ids('2027-03-31', today).join(' ')).toBe(expected);
  });

  it('keeps a ticked milestone done whatever the date, and the next one due on its own dates', () => {
    expect(ids('2027-03-31', '2027-01-05', ['risk-review', 'qbr'])).toEqual([
      'risk-review:done',
      'qbr:done',
      'proposal:upcoming',
      'commercial:upcoming',
      'signed:upcoming',
    ]);
    expect(ids('2027-03-31', '2026-11-01', ['signed'])).toContain('signed:done');
  });

  it('says what is due now: the milestone due, else the latest overdue one, else nothing', () => {
    const at = (today: string, done: string[] = []) => dueNowOf(milestonesFor('2027-03-31', today, S, new Set(done)))?.id ?? null;
    expect(at('2026-12-31')).toBe('qbr');
    expect(at('2027-01-05', ['qbr'])).toBe('risk-review'); // QBR done, the risk review still missing
    expect(at('2026-11-01')).toBeNull(); // nothing has started
    expect(at('2027-04-15')).toBe('signed'); // the renewal passed unsigned
    expect(at('2027-04-15', ['risk-review', 'qbr', 'proposal', 'commercial', 'signed'])).toBeNull();
  });

  it('orders milestones by offset whatever the settings’ order, and keeps two on the same day both due', () => {
    const settings = {
      milestones: [
        { id: 'signed', offsetDays: 0 },
        { id: 'exec-call', offsetDays: 30 },
        { id: 'commercial', offsetDays: 30 },
      ],
    };
    const ms = milestonesFor('2027-03-31', '2027-03-05', settings, new Set());
    expect(ms.map((m) => `${m.id}:${m.state}`)).toEqual(['exec-call:due', 'commercial:due', 'signed:upcoming']);
  });
});
