import type { Dictionary } from '../../lib/i18n/translate';

type Key =
  | 'title'
  | 'intro'
  | 'refresh'
  | 'refreshing'
  | 'lastRefresh'
  | 'neverRefreshed'
  | 'exportCsv'
  | 'loading'
  | 'loadFailed'
  | 'empty'
  | 'stopped.budget'
  | 'stopped.page-limit'
  | 'unsupported'
  | 'sourceFailed'
  | 'attention'
  | 'attentionNone'
  | 'showAll'
  | 'arrAtRisk'
  | 'nextStep'
  | 'reason.band-drop'
  | 'reason.at-risk'
  | 'reason.renewal-overdue-steps'
  | 'reason.detractors'
  | 'reason.sla-breaches'
  | 'col.name'
  | 'col.score'
  | 'col.coverage'
  | 'col.arr'
  | 'col.renewal'
  | 'col.checklist'
  | 'checklistDone'
  | 'checklistLoading'
  | 'checklistFailed'
  | 'col.nps'
  | 'col.tickets'
  | 'col.breaches'
  | 'col.refreshed'
  | 'col.owner'
  | 'filter.band'
  | 'filter.renewal'
  | 'filter.owner'
  | 'filter.segment'
  | 'filter.industry'
  | 'segment.enterprise'
  | 'segment.mid-market'
  | 'segment.smb'
  | 'segment.unknown'
  | 'industry.none'
  | 'filter.all'
  | 'filter.within'
  | 'band.unscored'
  | 'days'
  | 'renewalPassed'
  | 'noValue'
  | 'count'
  | 'sortedAsc'
  | 'sortedDesc'
  | 'trend'
  | 'budgetToday'
  | 'settings'
  | 'settingsHelp'
  | 'owner.mine'
  | 'owner.team'
  | 'owner.all'
  | 'owner.list'
  | 'whose'
  | 'share'
  | 'interval'
  | 'openBook'
  | 'noBudgetYet'
  | 'notify'
  | 'notifyHelp'
  | 'notifyRefused'
  | 'notifyRevoked'
  | 'place.portal'
  | 'listFallback'
  | 'listsTitle'
  | 'listFor'
  | 'listChoose'
  | 'listsLoading'
  | 'listsFailed'
  | 'listGone'
  | 'noSources'
  | 'sourcesLoading'
  | 'sourcesFailed'
  | 'needsList';

const en: Record<Key, string> = {
  title: 'Book of business',
  intro: 'Every account you own, refreshed in the background. Figures are from the last refresh.',
  refresh: 'Refresh now',
  refreshing: 'Refreshing…',
  lastRefresh: 'Last refresh: {time}',
  neverRefreshed: 'Not refreshed yet. Open a record in your CRM once (or connect your HubSpot portal in Settings), then refresh.',
  exportCsv: 'Export CSV',
  loading: 'Loading your book…',
  loadFailed: 'The book could not be read. {message} {nextStep}',
  empty: 'No accounts in your book yet.',
  'stopped.budget': '{host}: stopped because today’s share of the API budget is used. The rest refreshes tomorrow.',
  'stopped.page-limit': '{host}: only the first {accounts} accounts were read.',
  unsupported: '{host}: this CRM cannot refresh a book yet.',
  sourceFailed: '{host}: the refresh failed. {message} ({detail}) {next} The figures shown are from before.',
  attention: 'Needs attention this week',
  attentionNone: 'Nothing needs attention this week.',
  showAll: 'Show all {count}',
  arrAtRisk: '{amount} ARR at risk',
  nextStep: 'Next step: {step}',
  'reason.band-drop': 'Dropped from {from} to {to}',
  'reason.at-risk': 'At risk (score {score})',
  'reason.renewal-overdue-steps': 'Renews in {days} days with {steps} overdue renewal steps',
  'reason.detractors': '{count} detractors',
  'reason.sla-breaches': '{count} SLA breaches',
  'col.name': 'Account',
  'col.score': 'Health',
  'col.coverage': 'Coverage',
  'col.arr': 'ARR',
  'col.renewal': 'Days to renewal',
  'col.checklist': 'Renewal checklist',
  checklistDone: '{done}/{total}',
  checklistLoading: 'reading…',
  checklistFailed: 'not read',
  'col.nps': 'NPS',
  'col.tickets': 'Open tickets',
  'col.breaches': 'SLA breaches',
  'col.refreshed': 'Last refresh',
  'col.owner': 'Owner',
  'filter.band': 'Band',
  'filter.renewal': 'Renewal',
  'filter.owner': 'Owner',
  'filter.segment': 'Segment',
  'filter.industry': 'Industry',
  'segment.enterprise': 'Enterprise',
  'segment.mid-market': 'Mid-market',
  'segment.smb': 'SMB',
  'segment.unknown': 'Unknown (no ARR)',
  'industry.none': 'Not set',
  'filter.all': 'All',
  'filter.within': 'Within {days} days',
  'band.unscored': 'No score',
  days: '{days} d',
  renewalPassed: 'passed',
  noValue: '—',
  count: '{shown} of {total} accounts',
  sortedAsc: 'sorted ascending',
  sortedDesc: 'sorted descending',
  trend: 'Health over the last 30 days',
  budgetToday: 'API calls used by the book today: {spent} of {cap} ({host})',
  settings: 'Book of business',
  settingsHelp: 'The book refreshes in the background and never spends more than its share of your org’s or portal’s daily API calls.',
  'owner.mine': 'Accounts I own',
  'owner.team': 'My team’s: mine and my direct reports’ (HubSpot: my teams’ owners’)',
  'owner.all': 'All accounts I can see',
  'owner.list': 'A list I choose for each org or portal (Salesforce list view, HubSpot company list)',
  whose: 'Whose accounts',
  share: 'Share of the daily API budget (%)',
  interval: 'Refresh every (hours)',
  openBook: 'Open the book of business',
  noBudgetYet: 'No API calls used by the book today.',
  notify: 'Notify me when an account gets worse',
  notifyHelp:
    'After a refresh: a band dropped, a renewal step became overdue, or a new detractor answered. Several accounts come in one notification; clicking it opens the book. Your browser asks you to allow notifications first.',
  notifyRefused: 'Your browser did not allow notifications, so they stay off.',
  notifyRevoked: 'Notifications are on here, but your browser no longer allows them. Tick the box to allow them again.',
  'place.portal': '{crm} portal {portal}',
  listFallback: 'list',
  listsTitle: 'The list each org or portal reads',
  listFor: 'The {list} to read for {place}',
  listChoose: 'Choose a {list}…',
  listsLoading: 'Reading the {list}s of {place}…',
  listsFailed: 'The {list}s of {place} could not be read. {message} {next}',
  listGone: '{label} (no longer offered)',
  noSources:
    'No org or portal to choose a list for yet: open a record in your CRM once, or connect your HubSpot portal in Settings → HubSpot.',
  sourcesLoading: 'Reading where your book comes from…',
  sourcesFailed: 'The orgs and portals of your book could not be read ({detail}).',
  needsList: '{host}: no {list} chosen, so nothing was read. Choose a {list} for {host} in Settings → Book of business.',
};

const ko: Record<Key, string> = {
  title: '담당 고객 현황',
  intro: '담당하는 모든 고객을 백그라운드에서 새로 고칩니다. 수치는 마지막 새로 고침 기준입니다.',
  refresh: '지금 새로 고침',
  refreshing: '새로 고치는 중…',
  lastRefresh: '마지막 새로 고침: {time}',
  neverRefreshed: '아직 새로 고치지 않았습니다. CRM에서 레코드를 한 번 열거나 설정에서 HubSpot 포털을 연결한 뒤 새로 고치세요.',
  exportCsv: 'CSV 내보내기',
  loading: '담당 고객을 불러오는 중…',
  loadFailed: '담당 고객을 읽지 못했습니다. {message} {nextStep}',
  empty: '아직 담당 고객이 없습니다.',
  'stopped.budget': '{host}: 오늘 사용할 수 있는 API 한도를 다 써서 멈췄습니다. 나머지는 내일 새로 고칩니다.',
  'stopped.page-limit': '{host}: 처음 {accounts}개 고객만 읽었습니다.',
  unsupported: '{host}: 이 CRM은 아직 담당 고객 새로 고침을 지원하지 않습니다.',
  sourceFailed: '{host}: 새로 고침에 실패했습니다. {message} ({detail}) {next} 이전 수치를 보여 줍니다.',
  attention: '이번 주 주의가 필요한 고객',
  attentionNone: '이번 주 주의가 필요한 고객이 없습니다.',
  showAll: '{count}곳 모두 보기',
  arrAtRisk: '위험 ARR {amount}',
  nextStep: '다음 단계: {step}',
  'reason.band-drop': '{from}에서 {to}(으)로 떨어짐',
  'reason.at-risk': '위험(점수 {score})',
  'reason.renewal-overdue-steps': '{days}일 후 갱신, 지연된 갱신 단계 {steps}개',
  'reason.detractors': '비추천 고객 {count}명',
  'reason.sla-breaches': 'SLA 위반 {count}건',
  'col.name': '고객',
  'col.score': '건강도',
  'col.coverage': '데이터 범위',
  'col.arr': 'ARR',
  'col.renewal': '갱신까지',
  'col.checklist': '갱신 체크리스트',
  checklistDone: '{done}/{total}',
  checklistLoading: '읽는 중…',
  checklistFailed: '읽지 못함',
  'col.nps': 'NPS',
  'col.tickets': '미해결 티켓',
  'col.breaches': 'SLA 위반',
  'col.refreshed': '마지막 새로 고침',
  'col.owner': '담당자',
  'filter.band': '등급',
  'filter.renewal': '갱신',
  'filter.owner': '담당자',
  'filter.segment': '세그먼트',
  'filter.industry': '업종',
  'segment.enterprise': '엔터프라이즈',
  'segment.mid-market': '미드마켓',
  'segment.smb': 'SMB',
  'segment.unknown': '알 수 없음(ARR 없음)',
  'industry.none': '미지정',
  'filter.all': '전체',
  'filter.within': '{days}일 이내',
  'band.unscored': '점수 없음',
  days: '{days}일',
  renewalPassed: '지남',
  noValue: '—',
  count: '전체 {total}곳 중 {shown}곳',
  sortedAsc: '오름차순 정렬',
  sortedDesc: '내림차순 정렬',
  trend: '최근 30일 건강도',
  budgetToday: '오늘 담당 고객 새로 고침에 쓴 API 호출: {cap}회 중 {spent}회({host})',
  settings: '담당 고객 현황',
  settingsHelp: '담당 고객은 백그라운드에서 새로 고치며, 조직이나 포털의 하루 API 호출 중 정한 비율을 넘겨 쓰지 않습니다.',
  'owner.mine': '내가 담당하는 고객',
  'owner.team': '우리 팀 고객: 나와 직속 팀원 담당(HubSpot: 내 팀 소유자 담당)',
  'owner.all': '볼 수 있는 모든 고객',
  'owner.list': '조직·포털마다 고른 목록(Salesforce 목록 보기, HubSpot 회사 목록)',
  whose: '대상 고객',
  share: '하루 API 한도 중 사용 비율(%)',
  interval: '새로 고침 간격(시간)',
  openBook: '담당 고객 현황 열기',
  noBudgetYet: '오늘 담당 고객 새로 고침에 쓴 API 호출이 없습니다.',
  notify: '거래처 상태가 나빠지면 알림 받기',
  notifyHelp:
    '새로 고침 후 등급이 떨어졌거나, 갱신 단계가 지연되었거나, 새 비추천 응답이 있으면 알립니다. 여러 거래처는 알림 하나로 묶이며, 알림을 누르면 담당 고객 현황이 열립니다. 먼저 브라우저가 알림 허용 여부를 묻습니다.',
  notifyRefused: '브라우저가 알림을 허용하지 않아 알림은 꺼진 상태로 둡니다.',
  notifyRevoked: '여기서는 알림이 켜져 있지만 브라우저가 더 이상 허용하지 않습니다. 다시 허용하려면 체크하세요.',
  'place.portal': '{crm} 포털 {portal}',
  listFallback: '목록',
  listsTitle: '조직·포털별로 읽을 목록',
  listFor: '{place}에서 읽을 {list}',
  listChoose: '{list} 선택…',
  listsLoading: '{place}의 {list}을(를) 읽는 중…',
  listsFailed: '{place}의 {list}을(를) 읽지 못했습니다. {message} {next}',
  listGone: '{label}(더 이상 없음)',
  noSources: '아직 목록을 고를 조직이나 포털이 없습니다. CRM에서 레코드를 한 번 열거나 설정 → HubSpot에서 포털을 연결하세요.',
  sourcesLoading: '담당 고객의 출처를 읽는 중…',
  sourcesFailed: '담당 고객의 조직과 포털을 읽지 못했습니다({detail}).',
  needsList: '{host}: 고른 {list}이(가) 없어 아무것도 읽지 않았습니다. 설정 → 담당 고객 현황에서 {host}의 {list}을(를) 고르세요.',
};

export const bookMessages: Dictionary<Key> = { en, ko };
export type BookKey = Key;
