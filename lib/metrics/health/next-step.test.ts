import { describe, expect, it } from 'vitest';
import { answer, champion, fullSnapshot, health, invoice, ok, openTicket, period, scored } from '../../../test/support/health-fixtures';
import { nextStepMessages } from '../../i18n/next-step-messages';
import { translator } from '../../i18n/translate';
import { DEFAULT_METRICS_SETTINGS as S } from '../../settings/metrics-settings';
import { nextStepsOf, type NextStep } from '..';

const GREEN = S.bands.healthyFrom;
const en = translator(nextStepMessages, 'en');
const ko = translator(nextStepMessages, 'ko');
const words = (steps: NextStep[], t = en) => steps.map((s) => t(s.key, s.values));
const named = (id: string, score: number, name: string) => ({ ...answer(id, score), respondentName: name });

/** Every measure red: 20 of 100 seats, 2 of 10 features, two named detractors, an old open ticket, an invoice 45 days late, the champion gone. */
const allRed = () =>
  fullSnapshot({
    usage: ok([period({ activeUsers: 20, licensedSeats: 100, featuresUsed: 2, featuresTotal: 10 })]),
    nps: ok([named('a', 2, 'Kim'), named('b', 3, 'Lee'), answer('c', 10)]),
    tickets: ok([openTicket('t1', '2026-09-01T00:00:00.000Z', 'high')]),
    invoices: ok([invoice('2026-10-08')]),
    contacts: ok([champion({ name: 'Park', hasLeft: true })]),
  });

describe('next steps in words (issue 15 §2)', () => {
  it('gives every measure below green its step with its numbers and names, the biggest lift first', () => {
    const h = scored(health(allRed()));
    const steps = nextStepsOf(h, GREEN);
    expect(steps.map((s) => s.measure).sort()).toEqual(['adoption', 'finance', 'nps', 'relationship', 'support', 'usage']);
    expect(steps[0]!.measure).toBe(h.biggestLift!.measure);
    expect(words(steps).sort()).toEqual([
      'Activate 80 more of the 100 seats',
      'Collect the invoice overdue 45 days',
      'Follow up the 2 detractors (Kim, Lee)',
      'Introduce the 8 features never used',
      'Name a new champion: Park left',
      'Resolve the open ticket past its SLA',
    ]);
    expect(words(steps, ko)).toContain('비추천 고객 2명(Kim, Lee)에게 후속 연락하세요');
    expect(words(steps, ko)).toContain('새 챔피언을 정하세요: Park 님이 떠났습니다');
    // The points each step would gain never rise down the list after the biggest lift.
    const rest = steps.slice(1).map((s) => s.points);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    expect(nextStepsOf(h, GREEN, 3)).toEqual(steps.slice(0, 3));
  });

  it('names nobody when some detractor is unnamed, and says nothing for a measure already green', () => {
    // Usage 80, support, finance and relationship 100 are green; adoption 5 of 10 is not.
    const h = health(fullSnapshot({ nps: ok([named('a', 2, 'Kim'), answer('b', 3), answer('c', 10)]) }));
    expect(words(nextStepsOf(h, GREEN)).sort()).toEqual(['Follow up the 2 detractors', 'Introduce the 5 features never used']);
  });

  it('asks to review the tickets that missed their SLA when none is open to resolve', () => {
    const late = (id: string) => ({
      ...openTicket(id, '2026-11-01T00:00:00.000Z', 'urgent'),
      status: 'Closed',
      isClosed: true,
      closedAt: '2026-11-12T00:00:00.000Z',
    });
    const h = health(fullSnapshot({ tickets: ok([late('a'), late('b'), late('c')]) }));
    expect(words(nextStepsOf(h, GREEN).filter((s) => s.measure === 'support'))).toEqual([
      'Review the 3 tickets that missed their SLA with support',
    ]);
  });

  it('names no step for a churned account', () => {
    const s = allRed();
    expect(nextStepsOf(health({ ...s, account: { ...s.account, churned: true } }), GREEN)).toEqual([]);
  });
});
