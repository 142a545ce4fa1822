import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSnapshots } from '../../test/support/generate-snapshots';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import type { AccountSnapshot, Contact, Invoice, NpsAnswer, Ticket, UsagePeriod } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S, type MetricsSettings } from '../settings/metrics-settings';
import { computeAccountMetrics } from './compute-all';
import { bandOf, healthTrend, isOverrideActive, overallOf, touchScore, type Health, type Measure, type MeasureId } from './health';

const now = new Date('2026-11-22T12:00:00.000Z');
const asOf = '2026-11-22T11:00:00.000Z';
const ok = <T>(data: T) => ({ status: 'ok' as const, asOf, data });
const period = (p: Partial<UsagePeriod>): UsagePeriod => ({
  periodStart: '2026-10-23', periodEnd: '2026-11-21', activeUsers: null, licensedSeats: null, logins: null, featuresUsed: null, featuresTotal: null, ...p,
});
const answer = (id: string, score: number): NpsAnswer => ({ respondentId: id, respondentName: null, score, comment: null, answeredAt: '2026-11-01T00:00:00.000Z' });
const openTicket = (id: string, createdAt: string, priority: Ticket['priority'] = 'medium'): Ticket => ({
  id, subject: id, status: 'Open', isClosed: false, priority, createdAt, closedAt: null,
});
const champion = (c: Partial<Contact> = {}): Contact => ({ id: 'c1', name: 'Ana Kim', email: null, title: 'VP Ops', isChampion: true, hasLeft: false, ...c });
const invoice = (dueDate: string, paidAt: string | null = null): Invoice => ({ id: `i${dueDate}`, amount: 1000, dueDate, paidAt });

/** A ticket of the window, closed within its SLA: a clean support record. */
const solved: Ticket = { id: 'solved', subject: 'solved', status: 'Closed', isClosed: true, priority: 'low', createdAt: '2026-11-01T00:00:00.000Z', closedAt: '2026-11-02T00:00:00.000Z' };

/** Every measure has data: usage 80, adoption 50, NPS +40 → 70, support 100, finance 100, relationship 100. */
function fullSnapshot(over: Partial<AccountSnapshot> = {}): AccountSnapshot {
  const base = emptySnapshot();
  return {
    ...base,
    account: { ...base.account, lastTouchAt: '2026-11-10T09:00:00.000Z' },
    usage: ok([period({ activeUsers: 80, licensedSeats: 100, featuresUsed: 5, featuresTotal: 10 })]),
    nps: ok([answer('a', 10), answer('b', 9), answer('c', 10), answer('d', 8), answer('e', 0)]),
    tickets: ok([solved]),
    invoices: ok([]),
    contacts: ok([champion()]),
    ...over,
  };
}

const health = (s: AccountSnapshot, settings: MetricsSettings = S, at = now, tz = 'UTC', override: Parameters<typeof computeAccountMetrics>[4] = {}) =>
  computeAccountMetrics(s, settings, at, tz, override).health;
const measure = (h: Health, id: MeasureId): Measure => h.measures.find((m) => m.id === id)!;
function scored(h: Health) {
  if (h.state !== 'scored') throw new Error(`expected a score, got ${h.state}`);
  return h;
}

describe('overall score (DESIGN §2)', () => {
  it('is Σ(weight × score) ÷ Σ weight, with each measure’s contribution adding up to it', () => {
    const h = scored(health(fullSnapshot()));
    expect(h.measures.map((m) => [m.id, m.score])).toEqual([['usage', 80], ['adoption', 50], ['nps', 70], ['support', 100], ['finance', 100], ['relationship', 100]]);
    // (25·80 + 10·50 + 20·70 + 20·100 + 15·100 + 10·100) ÷ 100 = 84
    expect(h).toMatchObject({ score: 84, band: 'healthy', coverage: 1 });
    expect(h.measures.reduce((s, m) => s + (m.contribution ?? 0), 0)).toBeCloseTo(84);
    expect(measure(h, 'usage').contribution).toBeCloseTo(20);
  });

  it('leaves measures without data out of both sums and says how much weight had data', () => {
    const h = scored(health(fullSnapshot({ usage: { status: 'missing' }, invoices: { status: 'error', error: { kind: 'offline', detail: '' } } })));
    // usage (25) and adoption (10) need usage data; finance (15) failed → 50 of 100 weight left
    expect(h.coverage).toBeCloseTo(0.5);
    // (20·70 + 20·100 + 10·100) ÷ 50 = 88
    expect(h.score).toBe(88);
    expect(measure(h, 'usage')).toMatchObject({ score: null, contribution: null, lever: null, inputs: [] });
  });

  it('says “not enough data”, with no number, under 50 % coverage', () => {
    const h = health(fullSnapshot({ usage: { status: 'missing' }, invoices: { status: 'missing' }, contacts: { status: 'missing' } }));
    expect(h).toMatchObject({ state: 'not-enough-data', coverage: 0.4 });
    expect('score' in h).toBe(false);
  });

  it('says “not enough data” for an account with no data at all', () => {
    const [noData] = generateSnapshots(2, 1).slice(1);
    const h = health(noData!);
    expect(h).toMatchObject({ state: 'not-enough-data', coverage: 0 });
    expect(h.measures.every((m) => m.score === null)).toBe(true);
  });

  it('rounds to a whole point before reading the band, so “75” is never “needs attention”', () => {
    const usageOnly = { ...S, weights: { usage: 100, adoption: 0, nps: 0, support: 0, finance: 0, relationship: 0 } };
    const at = (active: number) => scored(health(fullSnapshot({ usage: ok([period({ activeUsers: active, licensedSeats: 500 })]) }), usageOnly));
    expect(at(373)).toMatchObject({ score: 75, band: 'healthy' }); // 74.6 %
    expect(at(372)).toMatchObject({ score: 74, band: 'needs-attention' }); // 74.4 %
    expect(at(247)).toMatchObject({ score: 49, band: 'at-risk' }); // 49.4 %
  });

  it('has a churned account show no score at all', () => {
    const h = health(fullSnapshot({ account: { ...emptySnapshot().account, churned: true } }), S, now, 'UTC', { override: { score: 90, reason: 'x', expiresAt: '2027-01-01' } });
    expect(h.state).toBe('churned');
    expect('score' in h || 'override' in h).toBe(false);
  });

  it('always scores within 0..100, for any weights and any generated account', () => {
    const snapshots = generateSnapshots(200, 7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), (i, w) => {
        const weights = { usage: w[0]!, adoption: w[1]!, nps: w[2]!, support: w[3]!, finance: w[4]!, relationship: w[5]! };
        const h = health(snapshots[i]!, { ...S, weights });
        if (h.state !== 'scored') return true;
        const contributions = h.measures.reduce((s, m) => s + (m.contribution ?? 0), 0);
        return h.score >= 0 && h.score <= 100 && Math.abs(contributions - h.score) <= 0.5 && h.coverage >= 0.5 && h.coverage <= 1;
      }),
    );
  });

  it('computes the overall the same way for any list of measures', () => {
    expect(overallOf([{ weight: 25, score: 80 }, { weight: 75, score: null }])).toMatchObject({ score: 80, coverage: 0.25 });
    expect(overallOf([{ weight: 0, score: 80 }])).toMatchObject({ score: null, coverage: 0 });
  });
});

describe('bands', () => {
  it.each([
    [0, 'at-risk'], [49, 'at-risk'], [50, 'needs-attention'], [74, 'needs-attention'], [75, 'healthy'], [100, 'healthy'],
  ] as const)('%i is %s', (score, band) => {
    expect(bandOf(score, S)).toBe(band);
  });

  it('follows the thresholds in the settings', () => {
    const bands = { atRiskBelow: 40, healthyFrom: 80 };
    expect([39, 40, 79, 80].map((s) => bandOf(s, { bands }))).toEqual(['at-risk', 'needs-attention', 'needs-attention', 'healthy']);
  });
});

describe('usage', () => {
  const usage = (periods: UsagePeriod[], settings = S) => measure(health(fullSnapshot({ usage: ok(periods) }), settings), 'usage');

  it('is active users ÷ seats, capped at 100, with the period as its “as of”', () => {
    expect(usage([period({ activeUsers: 45, licensedSeats: 60 })])).toMatchObject({
      score: 75, asOf: '2026-11-21',
      inputs: [{ id: 'activeUsers', value: 45, asOf: '2026-11-21' }, { id: 'licensedSeats', value: 60, asOf: '2026-11-21' }],
    });
    expect(usage([period({ activeUsers: 130, licensedSeats: 100 })]).score).toBe(100);
  });

  it('is logins a week against the weekly minimum when seats are unknown', () => {
    // 30 days ≈ 4.29 weeks: 15 logins → 3.5 a week of 5 → 70
    const m = usage([period({ logins: 15 })]);
    expect(m.score).toBeCloseTo(70);
    expect(m.inputs.map((i) => [i.id, i.value])).toEqual([['loginsPerWeek', 3.5], ['weeklyLoginMinimum', 5]]);
    expect(usage([period({ logins: 15 })], { ...S, usage: { ...S.usage, weeklyLoginMinimum: 2 } }).score).toBe(100);
  });

  it.each([
    [100, 70, 50], // fell 30 % → 70 − 20
    [100, 80, 80], // fell exactly 20 %: no penalty
    [100, 79, 59],
    [50, 80, 80], // rose
  ])('takes 20 points off when active users fell by more than a fifth: %i → %i of 100 seats scores %i', (before, after, score) => {
    const m = usage([
      period({ periodStart: '2026-09-23', periodEnd: '2026-10-22', activeUsers: before, licensedSeats: 100 }),
      period({ activeUsers: after, licensedSeats: 100 }),
    ]);
    expect(m.score).toBe(score);
    expect(m.inputs.find((i) => i.id === 'usageChange')?.value).toBeCloseTo((after - before) / before);
  });

  it('compares logins with logins when that is all there is, whatever order the periods come in', () => {
    const m = usage([period({ logins: 10 }), period({ periodStart: '2026-09-23', periodEnd: '2026-10-22', logins: 30 })]);
    // 10 in 30 days → 2.33 a week → 46.7, fell 67 % → −20
    expect(m.score).toBeCloseTo(26.67, 1);
  });

  it('has no data without usage, or with periods that carry no usable figure', () => {
    expect(usage([period({ licensedSeats: 100 })]).score).toBeNull();
    expect(measure(health(fullSnapshot({ usage: { status: 'missing' } })), 'usage').score).toBeNull();
  });

  it('points at filling the seats, or at getting back to last period’s level when that is worth more', () => {
    expect(usage([period({ activeUsers: 60, licensedSeats: 100 })]).lever).toMatchObject({ action: 'activate-seats', vars: { users: 40, seats: 100 }, score: 100 });
    const fell = usage([period({ periodEnd: '2026-10-22', activeUsers: 160, licensedSeats: 100 }), period({ activeUsers: 100, licensedSeats: 100 })]);
    expect(fell).toMatchObject({ score: 80, lever: { action: 'recover-usage', vars: { users: 60 }, score: 100 } });
  });
});

describe('adoption, NPS, support, finance', () => {
  it('scores adoption as key features used ÷ key features, pointing at the unused ones', () => {
    const m = measure(health(fullSnapshot({ usage: ok([period({ activeUsers: 1, licensedSeats: 1, featuresUsed: 3, featuresTotal: 12 })]) })), 'adoption');
    expect(m).toMatchObject({ score: 25, lever: { action: 'introduce-features', vars: { features: 9 }, score: 100 } });
  });

  it.each([
    [[10, 10, 10, 10, 10], 100], [[0, 0, 0, 0, 0], 0], [[10, 9, 10, 8, 0], 70], [[8, 7, 8, 7, 8], 50],
  ])('scores NPS answers %j as (NPS + 100) ÷ 2 = %i', (scores, expected) => {
    expect(measure(health(fullSnapshot({ nps: ok(scores.map((s, i) => answer(`r${i}`, s))) })), 'nps').score).toBe(expected);
  });

  it('points NPS at the detractors first', () => {
    const m = measure(health(fullSnapshot()), 'nps');
    // 3 promoters, 1 passive, 1 detractor → +40 (70); winning the detractor back to passive → +60 (80)
    expect(m.lever).toMatchObject({ action: 'follow-up-detractors', vars: { detractors: 1 }, score: 80 });
    expect(measure(health(fullSnapshot({ nps: ok([answer('a', 10), answer('b', 8)]) })), 'nps').lever).toMatchObject({ action: 'convert-passives', score: 100 });
  });

  it('scores support 100 with every ticket solved in time, and takes penalties for unresolved, late and old tickets', () => {
    expect(measure(health(fullSnapshot()), 'support')).toMatchObject({ score: 100, lever: null });
    const tickets = [
      openTicket('late', '2026-11-10T00:00:00.000Z', 'high'), // 12 d, SLA 3 → breach
      openTicket('old', '2026-09-01T00:00:00.000Z', 'low'), // 82 d → breach and old
      { ...openTicket('done', '2026-11-01T00:00:00.000Z'), isClosed: true, status: 'Closed', closedAt: '2026-11-02T00:00:00.000Z' },
    ];
    const m = measure(health(fullSnapshot({ tickets: ok(tickets) })), 'support');
    // 100 − (2/3)·40 − 2·10 − 1·10 = 43.3
    expect(m.score).toBeCloseTo(43.33, 1);
    expect(m.inputs.map((i) => [i.id, i.value])).toEqual([['unresolvedRatio', 2 / 3], ['slaBreaches', 2], ['oldTickets', 1]]);
    expect(m.inputs[0]!.asOf).toBe(asOf);
    // resolving both open tickets leaves the two breaches: 100 − 20
    expect(m.lever).toMatchObject({ action: 'resolve-open-tickets', vars: { tickets: 2, pastSla: 2 }, score: 80 });
  });

  it('has no support score without a ticket in the window or open: no ticket is no evidence', () => {
    const h = scored(health(fullSnapshot({ tickets: ok([]) })));
    expect(measure(h, 'support')).toMatchObject({ score: null, contribution: null, lever: null });
    expect(h.coverage).toBeCloseTo(0.8);
  });

  it('has no support score when the tickets failed to load', () => {
    expect(measure(health(fullSnapshot({ tickets: { status: 'error', error: { kind: 'rate-limited', detail: '' } } })), 'support').score).toBeNull();
  });

  it.each([
    ['2026-11-22', 100], // due today: not overdue yet
    ['2026-11-21', 60], ['2026-10-23', 60], // 30 days
    ['2026-10-22', 30], ['2026-09-23', 30], // 31, 60 days
    ['2026-09-22', 0], // 61 days
  ])('scores finance by the oldest overdue invoice (due %s → %i)', (dueDate, score) => {
    expect(measure(health(fullSnapshot({ invoices: ok([invoice(dueDate), invoice('2026-11-20', '2026-11-21')]) })), 'finance').score).toBe(score);
  });

  it('ignores paid invoices, and points at collecting the overdue ones', () => {
    expect(measure(health(fullSnapshot({ invoices: ok([invoice('2026-01-01', '2026-03-01')]) })), 'finance').score).toBe(100);
    const m = measure(health(fullSnapshot({ invoices: ok([invoice('2026-10-01'), invoice('2026-11-01')]) })), 'finance');
    expect(m).toMatchObject({ score: 30, inputs: [{ id: 'daysOverdue', value: 52 }], lever: { action: 'collect-overdue-invoices', vars: { invoices: 2, days: 52 } } });
  });
});

describe('relationship', () => {
  const rel = (contacts: Contact[] | null, lastTouchAt: string | null) =>
    measure(health(fullSnapshot({ contacts: contacts ? ok(contacts) : { status: 'missing' }, account: { ...emptySnapshot().account, lastTouchAt } })), 'relationship');

  it.each([
    ['2026-11-20T00:00:00.000Z', 100], // 2 days
    ['2026-10-23T12:00:00.000Z', 100], // 30 days
    ['2026-10-08T12:00:00.000Z', 83.33], // 45 days: (45 − 30) ÷ 90 of the way down
    ['2026-07-25T12:00:00.000Z', 0], // 120 days
  ])('with the champion in place and the last touch at %s scores %f', (touch, score) => {
    expect(rel([champion()], touch).score).toBeCloseTo(score, 1);
  });

  it('decays in a straight line from 100 at 30 days of silence to 0 at 120', () => {
    expect([0, 30, 31, 75, 119, 120, 400].map((d) => Math.round(touchScore(d, S)))).toEqual([100, 100, 99, 50, 1, 0, 0]);
    expect(touchScore(null, S)).toBe(0);
  });

  it('is 0 when the champion left, whatever the touches, unless another champion is in place', () => {
    expect(rel([champion({ hasLeft: true })], '2026-11-20T00:00:00.000Z')).toMatchObject({ score: 0, lever: { action: 'name-champion' } });
    expect(rel([champion({ hasLeft: true })], '2026-11-20T00:00:00.000Z').inputs[0]).toMatchObject({ id: 'champion', value: 'left' });
    expect(rel([champion({ id: 'x', hasLeft: true }), champion({ id: 'y', name: 'Min Park' })], '2026-11-20T00:00:00.000Z')).toMatchObject({ score: 100 });
  });

  it('counts the touch half when no champion is known', () => {
    expect(rel([], '2026-11-20T00:00:00.000Z')).toMatchObject({ score: 50, lever: { action: 'name-champion', score: 100 } });
    // 90 days of silence: 33.3 for the touch, halved
    expect(rel([{ ...champion(), isChampion: false }], '2026-08-24T12:00:00.000Z').score).toBeCloseTo(16.67, 1);
  });

  it('has no data without the contacts, and scores 0 when nobody ever touched the account', () => {
    expect(rel(null, '2026-11-20T00:00:00.000Z').score).toBeNull();
    expect(rel([champion()], null)).toMatchObject({ score: 0, lever: { action: 'touch-account' } });
  });
});

describe('biggest lift', () => {
  it('is the one change that raises the overall score most, re-scored into the overall', () => {
    const tickets = [openTicket('a', '2026-11-01T00:00:00.000Z', 'high'), openTicket('b', '2026-11-02T00:00:00.000Z', 'high')];
    const h = scored(health(fullSnapshot({ tickets: ok(tickets) })));
    // support: 100 − 40 − 2·10 = 40 → overall 72; resolving the 2 open tickets → 80 → overall 80
    expect(h.score).toBe(72);
    expect(h.biggestLift).toEqual({ measure: 'support', action: 'resolve-open-tickets', vars: { tickets: 2, pastSla: 2 }, score: 80, points: 8 });
    expect(measure(h, 'usage').lever).toMatchObject({ action: 'activate-seats', points: 5 });
  });

  it('is none when every measure is already at 100', () => {
    const s = fullSnapshot({ usage: ok([period({ activeUsers: 10, licensedSeats: 10, featuresUsed: 4, featuresTotal: 4 })]), nps: ok([answer('a', 10)]) });
    const h = scored(health(s));
    expect(h.score).toBe(100);
    expect(h.biggestLift).toBeNull();
    expect(h.measures.every((m) => m.lever === null)).toBe(true);
  });
});

describe('CSM override', () => {
  const override = { score: 30, reason: 'Exec sponsor unhappy', expiresAt: '2026-12-01T00:00:00.000Z' };

  it('applies before it expires, with its own band, and keeps the computed score beside it', () => {
    const h = scored(health(fullSnapshot(), S, now, 'UTC', { override }));
    expect(h.override).toEqual({ ...override, band: 'at-risk' });
    expect(h).toMatchObject({ score: 84, band: 'healthy' });
  });

  it('no longer applies from its expiry instant on', () => {
    expect(scored(health(fullSnapshot(), S, new Date('2026-12-01T00:00:00.000Z'), 'UTC', { override })).override).toBeNull();
    expect(scored(health(fullSnapshot(), S, new Date('2026-11-30T23:59:59.000Z'), 'UTC', { override })).override).not.toBeNull();
  });

  it('with a date-only expiry applies through that whole day in the CSM’s time zone', () => {
    const o = { ...override, expiresAt: '2026-11-30' };
    expect(isOverrideActive(o, new Date('2026-11-30T14:59:00.000Z'), '2026-11-30')).toBe(true);
    const seoulNextDay = new Date('2026-11-30T15:30:00.000Z'); // 00:30 on Dec 1 in Seoul, still Nov 30 in UTC
    expect(scored(health(fullSnapshot(), S, seoulNextDay, 'Asia/Seoul', { override: o })).override).toBeNull();
    expect(scored(health(fullSnapshot(), S, seoulNextDay, 'UTC', { override: o })).override).not.toBeNull();
  });

  it('never applies with an unreadable expiry', () => {
    expect(isOverrideActive({ expiresAt: 'someday' }, now, '2026-11-22')).toBe(false);
  });

  it('still shows when there is not enough data for a score', () => {
    const h = health(emptySnapshot({ tickets: { status: 'missing' }, contacts: { status: 'missing' } }), S, now, 'UTC', { override });
    expect(h).toMatchObject({ state: 'not-enough-data', override: { score: 30, band: 'at-risk' } });
  });
});

describe('trend', () => {
  const history = [
    { day: '2026-11-21', score: 10 }, // yesterday: the last calculation, never the reference
    { day: '2026-11-15', score: 60 }, // 7 days ago
    { day: '2026-10-20', score: 80 }, // 33 days ago: within the 3-day tolerance of 30
    { day: '2026-10-21', score: null }, // no score that day: skipped
    { day: '2026-08-20', score: 90 }, // 94 days ago: too far from 90
  ];

  it('compares today with the stored score 7 / 30 / 90 days ago, never with the last calculation', () => {
    expect(healthTrend(70, history, now, 'UTC')).toEqual([
      { days: 7, change: 10, then: { day: '2026-11-15', score: 60 } },
      { days: 30, change: -10, then: { day: '2026-10-20', score: 80 } },
      { days: 90, change: null, then: null },
    ]);
  });

  it('takes the stored day nearest the target, at or before it', () => {
    const t = healthTrend(50, [{ day: '2026-11-14', score: 40 }, { day: '2026-11-15', score: 45 }, { day: '2026-11-16', score: 99 }], now, 'UTC');
    expect(t[0]).toMatchObject({ change: 5, then: { day: '2026-11-15' } });
  });

  it('counts the days from today in the CSM’s time zone', () => {
    const late = new Date('2026-11-22T15:30:00.000Z'); // already Nov 23 in Seoul
    expect(healthTrend(70, [{ day: '2026-11-16', score: 60 }], late, 'Asia/Seoul')[0]).toMatchObject({ change: 10 });
    expect(healthTrend(70, [{ day: '2026-11-16', score: 60 }], late, 'UTC')[0]).toMatchObject({ change: null });
  });

  it('has the reference but no change when today has no score', () => {
    expect(healthTrend(null, history, now, 'UTC')[0]).toEqual({ days: 7, change: null, then: { day: '2026-11-15', score: 60 } });
  });
});
