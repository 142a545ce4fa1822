import type { Dictionary } from '../../lib/i18n/translate';

/** What a settings field needs, in people's words (never the schema's own message). */
export const validationMessages = {
  en: {
    number: 'Enter a number.',
    whole: 'Enter a whole number, without decimals.',
    atLeast: 'Enter {min} or more.',
    moreThan: 'Enter a number above {min}.',
    atMost: 'Enter {max} or less.',
    fraction: 'Enter a share between 0 and 1 (0.2 is 20%).',
    required: 'This can’t be empty.',
    fieldName: 'Use the field’s API name as Salesforce shows it (letters, digits and _, e.g. ARR__c), or leave it empty.',
    propertyName: 'Use the property’s internal name (lowercase letters, digits and _, e.g. annual_revenue), or leave it empty.',
    currency: 'Use a three-letter currency code, such as USD, EUR or KRW.',
    'reason.healthyBelowAtRisk': 'The healthy threshold must be at least the at-risk one.',
    'reason.zeroBeforeTouch': 'Silence that takes the relationship to 0 must be longer than the touch window.',
    'reason.secondStepFirst': 'The second overdue step must be at least as many days as the first.',
    'reason.noWeight': 'Give at least one measure a weight above 0.',
    'reason.duplicateMilestone': 'Each milestone needs its own name.',
    'reason.enterpriseBelowMidMarket': 'The enterprise threshold must be at least the mid-market one.',
    other: 'Check this value.',
  },
  ko: {
    number: '숫자를 입력하세요.',
    whole: '소수점 없는 정수를 입력하세요.',
    atLeast: '{min} 이상을 입력하세요.',
    moreThan: '{min}보다 큰 숫자를 입력하세요.',
    atMost: '{max} 이하를 입력하세요.',
    fraction: '0과 1 사이의 비율을 입력하세요 (0.2는 20%).',
    required: '비워 둘 수 없습니다.',
    fieldName: 'Salesforce에 표시되는 필드의 API 이름을 쓰세요 (영문자, 숫자, _ 예: ARR__c). 없으면 비워 두세요.',
    propertyName: '속성의 내부 이름을 쓰세요 (영문 소문자, 숫자, _ 예: annual_revenue). 없으면 비워 두세요.',
    currency: 'USD, EUR, KRW 같은 세 글자 통화 코드를 쓰세요.',
    'reason.healthyBelowAtRisk': '양호 기준은 위험 기준 이상이어야 합니다.',
    'reason.zeroBeforeTouch': '관계 점수가 0이 되는 기간은 접촉 기간보다 길어야 합니다.',
    'reason.secondStepFirst': '두 번째 연체 단계의 일수는 첫 번째 단계 이상이어야 합니다.',
    'reason.noWeight': '적어도 한 항목에 0보다 큰 가중치를 주세요.',
    'reason.duplicateMilestone': '마일스톤마다 다른 이름이 필요합니다.',
    'reason.enterpriseBelowMidMarket': '엔터프라이즈 기준은 미드마켓 기준 이상이어야 합니다.',
    other: '이 값을 확인하세요.',
  },
} satisfies Dictionary<string>;

export type ValidationKey = keyof typeof validationMessages.en;
