import { describe, expect, it } from 'vitest';
import { createFormatters } from '../i18n/format.ts';
import { onboardingStageLabel, onboardingStatus } from './onboarding.ts';

describe('onboarding stage', () => {
  it('is not started while no stage has a date', () => {
    expect(onboardingStatus({}, '2026-11-27')).toEqual({ state: 'not-started' });
    expect(onboardingStatus({ kickoff: { planned: null, done: null } }, '2026-11-27')).toEqual({ state: 'not-started' });
  });

  it('stands at the first stage not done, late once its planned date has passed', () => {
    const onboarding = {
      kickoff: { planned: '2026-11-01', done: '2026-11-02' },
      setup: { planned: '2026-11-20', done: null },
      training: { planned: '2026-12-10', done: null },
    };
    expect(onboardingStatus(onboarding, '2026-11-19')).toEqual({
      state: 'in-progress',
      stage: 'setup',
      planned: '2026-11-20',
      late: false,
    });
    expect(onboardingStatus(onboarding, '2026-11-21')).toEqual({ state: 'in-progress', stage: 'setup', planned: '2026-11-20', late: true });
    // A later stage done early does not skip an earlier one still open.
    expect(
      onboardingStatus({ kickoff: { planned: null, done: null }, training: { planned: null, done: '2026-11-01' } }, '2026-11-21'),
    ).toMatchObject({ stage: 'kickoff', late: false });
  });

  it('is complete once every stage is done, on the last done date', () => {
    const done = (d: string) => ({ planned: null, done: d });
    const all = {
      kickoff: done('2026-09-01'),
      setup: done('2026-09-15'),
      training: done('2026-10-01'),
      'go-live': done('2026-10-20'),
      'first-value': done('2026-10-10'),
    };
    expect(onboardingStatus(all, '2026-11-27')).toEqual({ state: 'complete', doneOn: '2026-10-20' });
  });
});

describe('onboarding stage label (for the book)', () => {
  const en = createFormatters('en');
  const ko = createFormatters('ko');
  const plan = { onboarding: { kickoff: { planned: '2026-11-01', done: '2026-11-02' }, setup: { planned: '2026-11-20', done: null } } };

  it('says the stage under way, and when it is late, in English and Korean', () => {
    expect(onboardingStageLabel(plan, '2026-11-19', en)).toEqual({ state: 'in-progress', inOnboarding: true, text: 'Onboarding: Setup' });
    expect(onboardingStageLabel(plan, '2026-11-21', en)?.text).toBe('Onboarding: Setup (late, planned Nov 20, 2026)');
    expect(onboardingStageLabel(plan, '2026-11-19', ko)?.text).toBe('온보딩: 설정');
  });

  it('says not started or complete, and nothing for an account without a plan', () => {
    expect(onboardingStageLabel({ onboarding: {} }, '2026-11-27', en)).toEqual({
      state: 'not-started',
      inOnboarding: false,
      text: 'Onboarding not started',
    });
    expect(onboardingStageLabel(null, '2026-11-27', en)).toBeNull();
  });
});
