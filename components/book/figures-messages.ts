import type { Dictionary } from '../../lib/i18n/translate';
import type { FigurePeriod } from '../../lib/metrics/book-figures';

type Key =
  | 'figures'
  | 'period'
  | `period.${FigurePeriod}`
  | 'logoRetention'
  | 'grossRetention'
  | 'netRetention'
  | 'churnRate'
  | 'bookNps'
  | 'retentionDetail'
  | 'noneDue'
  | 'perCurrency'
  | 'renewalsByMonth'
  | 'renewalsNone'
  | 'col.month'
  | 'col.accounts'
  | 'col.renewalArr';

const en: Record<Key, string> = {
  figures: 'Book figures',
  period: 'Period',
  'period.last-12-months': 'Last 12 months',
  'period.year-to-date': 'This year so far',
  'period.last-quarter': 'Last quarter',
  logoRetention: 'Logo retention',
  grossRetention: 'Gross revenue retention',
  netRetention: 'Net revenue retention',
  churnRate: 'Churn rate',
  bookNps: 'Book NPS',
  retentionDetail: '{renewed} of {due} existing customers renewed ({excluded} new customers not counted)',
  noneDue: 'None due',
  perCurrency: 'Revenue retention per currency: amounts in different currencies are never added up.',
  renewalsByMonth: 'Renewals due by month (next 12 months)',
  renewalsNone: 'No renewals due in the next 12 months.',
  'col.month': 'Month',
  'col.accounts': 'Accounts',
  'col.renewalArr': 'ARR due',
};

const ko: Record<Key, string> = {
  figures: '담당 고객 지표',
  period: '기간',
  'period.last-12-months': '최근 12개월',
  'period.year-to-date': '올해 누적',
  'period.last-quarter': '지난 분기',
  logoRetention: '고객 유지율',
  grossRetention: '총 매출 유지율(GRR)',
  netRetention: '순 매출 유지율(NRR)',
  churnRate: '이탈률',
  bookNps: '전체 NPS',
  retentionDetail: '기존 고객 {due}곳 중 {renewed}곳 갱신(신규 고객 {excluded}곳 제외)',
  noneDue: '갱신 대상 없음',
  perCurrency: '매출 유지율은 통화별로 보여 줍니다. 서로 다른 통화의 금액은 합산하지 않습니다.',
  renewalsByMonth: '월별 갱신 예정(향후 12개월)',
  renewalsNone: '향후 12개월 안에 갱신 예정인 고객이 없습니다.',
  'col.month': '월',
  'col.accounts': '고객 수',
  'col.renewalArr': '갱신 ARR',
};

export const figuresMessages: Dictionary<Key> = { en, ko };
