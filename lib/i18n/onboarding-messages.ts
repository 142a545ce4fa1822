import type { OnboardingLabelKey } from '../plan/onboarding.ts';
import type { Dictionary } from './translate.ts';

// Where an account's onboarding stands, in words: the plan's glance in the panel and popup, and
// the book (lib/plan/onboarding.ts onboardingStageLabel).
export const onboardingMessages = {
  en: {
    'onboarding.not-started': 'Onboarding not started',
    'onboarding.complete': 'Onboarding complete',
    'onboarding.at': 'Onboarding: {stage}',
    'onboarding.late': 'Onboarding: {stage} (late, planned {date})',
    'stage.kickoff': 'Kickoff',
    'stage.setup': 'Setup',
    'stage.training': 'Training',
    'stage.go-live': 'Go-live',
    'stage.first-value': 'First value',
  },
  ko: {
    'onboarding.not-started': '온보딩 시작 전',
    'onboarding.complete': '온보딩 완료',
    'onboarding.at': '온보딩: {stage}',
    'onboarding.late': '온보딩: {stage} (지연, 예정일 {date})',
    'stage.kickoff': '킥오프',
    'stage.setup': '설정',
    'stage.training': '교육',
    'stage.go-live': '오픈',
    'stage.first-value': '첫 성과',
  },
} satisfies Dictionary<OnboardingLabelKey>;
