import type { CrmErrorKind } from '../../lib/crm/errors';
import type { Dictionary } from '../../lib/i18n/translate';

/** Refusals of the API that call for different people to act: the code the org gave says which. */
export const NO_API_ACCESS_CODES = ['INVALID_SESSION_ID', 'API_DISABLED_FOR_ORG', 'API_CURRENTLY_DISABLED'] as const;
type NoApiAccessCode = (typeof NO_API_ACCESS_CODES)[number];

/** A list chosen as the book that cannot be read (the connectors name it in the error's `field`). */
export const BOOK_LIST_CODES = ['LIST_VIEW_GONE', 'LIST_VIEW_NOT_SOQL', 'LIST_VIEW_UNREADABLE', 'LIST_GONE', 'LIST_NOT_COMPANIES'] as const;
type BookListCode = (typeof BOOK_LIST_CODES)[number];

type Keys =
  | `${CrmErrorKind}.message`
  | `${CrmErrorKind}.next`
  | 'rate-limited.nextWithWait'
  | `rate-limited.daily.${'message' | 'next'}`
  | `no-api-access.${NoApiAccessCode}.${'message' | 'next'}`
  | `session-expired.OAUTH_REFRESH_FAILED.${'message' | 'next'}`
  | `list.${BookListCode}.${'message' | 'next'}`;

/** Each kind of CRM failure as a sentence a CSM understands, and the next step. */
export const crmErrorMessages: Dictionary<Keys> = {
  en: {
    'session-expired.message': 'Your {crm} session has expired.',
    'session-expired.next': 'Log in to {crm} again in this browser; the panel reconnects by itself.',
    'no-api-access.message': '{crm} does not let Success Lens read data with your login ({detail}).',
    'no-api-access.next':
      'Ask your {crm} admin to allow API access for your profile (API Enabled, or API Access Control for this browser session).',
    'no-api-access.INVALID_SESSION_ID.message': 'Your org’s API Access Control does not accept this browser login for the REST API.',
    'no-api-access.INVALID_SESSION_ID.next':
      'Ask your Salesforce admin to allow your profile to use the API with browser sessions (API Access Control), or to create an External Client App for Success Lens; then use “Sign in with Salesforce” in Settings.',
    'session-expired.OAUTH_REFRESH_FAILED.message': 'Your Salesforce sign-in has ended and could not be renewed ({detail}).',
    'session-expired.OAUTH_REFRESH_FAILED.next':
      'Sign in with Salesforce again in Settings → Salesforce, or sign out there to use your browser login.',
    'no-api-access.API_DISABLED_FOR_ORG.message': 'The REST API is not enabled for your Salesforce org.',
    'no-api-access.API_DISABLED_FOR_ORG.next':
      'The API comes with Enterprise, Unlimited, Performance and Developer editions (or as an add-on): ask your Salesforce admin.',
    'no-api-access.API_CURRENTLY_DISABLED.message': 'Your Salesforce user may not use the API: your profile lacks “API Enabled”.',
    'no-api-access.API_CURRENTLY_DISABLED.next':
      'Ask your Salesforce admin to give your profile or a permission set the “API Enabled” permission.',
    'rate-limited.message': 'The CRM is limiting requests right now.',
    'rate-limited.next': 'Try again in a moment. Nothing is lost.',
    'rate-limited.nextWithWait': 'The CRM asked to wait {wait}; try again after that. Nothing is lost.',
    'rate-limited.daily.message': 'The {crm} API calls allowed for the day are used up.',
    'rate-limited.daily.next':
      'Try again once the daily limit resets, or ask your {crm} admin which app uses up the calls. Nothing is lost.',
    'not-found.message': 'This record was not found, or you cannot see it.',
    'not-found.next': 'Check that the record still exists and that you have access to it.',
    'invalid-field.message': 'The field {field} is not in your {crm}.',
    'invalid-field.next': 'Choose another field in Settings → Field mappings.',
    'unsupported-object.message': 'This data is not available in {crm} ({detail}).',
    'unsupported-object.next': 'Import it from a CSV file in Settings, or leave it out of the score.',
    'bad-request.message': 'The CRM did not accept the request ({detail}).',
    'bad-request.next': 'Check the field mappings in Settings.',
    'server-error.message': 'The CRM had a problem answering.',
    'server-error.next': 'Try again in a moment.',
    'timeout.message': 'The CRM did not answer in time.',
    'timeout.next': 'Try again; if it keeps happening, the CRM may be slow right now.',
    'offline.message': 'You appear to be offline.',
    'offline.next': 'The panel refreshes when the connection is back.',
    'bad-response.message': 'The CRM answered in a way Success Lens did not expect.',
    'bad-response.next': 'Try again. If it persists, the CRM or a proxy in between is answering oddly: tell your admin.',
    'not-connected.message': 'Not connected to {crm}.',
    'not-connected.next': 'Log in to {crm} in this browser, or connect it in Settings.',
    'internal.message': 'Success Lens could not finish this ({detail}).',
    'internal.next': 'Try again. If it keeps happening, reload the page or restart the browser; your notes are safe.',
    'list.LIST_VIEW_GONE.message':
      'The list view “{field}” chosen for the book no longer exists in {crm}, or is no longer shared with you.',
    'list.LIST_VIEW_GONE.next': 'Choose another list view for this org in Settings → Book of business.',
    'list.LIST_VIEW_NOT_SOQL.message':
      '{crm} cannot read the list view “{field}” as a query (views such as Recently Viewed cannot be read through the API).',
    'list.LIST_VIEW_NOT_SOQL.next':
      'Choose another list view in Settings → Book of business, or ask your admin for a view with plain filters.',
    'list.LIST_VIEW_UNREADABLE.message': 'The list view “{field}” could not be read as the book.',
    'list.LIST_VIEW_UNREADABLE.next':
      'Choose another list view in Settings → Book of business; if this one should work, tell your admin its name.',
    'list.LIST_GONE.message': 'The list “{field}” chosen for the book no longer exists in {crm}.',
    'list.LIST_GONE.next': 'Choose another company list for this portal in Settings → Book of business.',
    'list.LIST_NOT_COMPANIES.message': 'The list “{field}” holds contacts or other records, not companies.',
    'list.LIST_NOT_COMPANIES.next': 'Choose a list of companies in Settings → Book of business.',
  },
  ko: {
    'session-expired.message': '{crm} 세션이 만료되었습니다.',
    'session-expired.next': '이 브라우저에서 {crm}에 다시 로그인하세요. 패널이 자동으로 다시 연결됩니다.',
    'no-api-access.message': '{crm}이(가) 현재 로그인으로 Success Lens가 데이터를 읽는 것을 허용하지 않습니다 ({detail}).',
    'no-api-access.next': '{crm} 관리자에게 프로필의 API 접근 허용(API Enabled 또는 API Access Control)을 요청하세요.',
    'no-api-access.INVALID_SESSION_ID.message':
      '조직의 API 접근 제어(API Access Control)가 이 브라우저 로그인을 REST API에 허용하지 않습니다.',
    'no-api-access.INVALID_SESSION_ID.next':
      'Salesforce 관리자에게 프로필이 브라우저 세션으로 API를 쓸 수 있도록(API Access Control) 허용하거나 Success Lens용 External Client App을 만들어 달라고 요청한 뒤, 설정에서 “Salesforce로 로그인”을 사용하세요.',
    'session-expired.OAUTH_REFRESH_FAILED.message': 'Salesforce 로그인이 끝났고 갱신하지 못했습니다 ({detail}).',
    'session-expired.OAUTH_REFRESH_FAILED.next':
      '설정 → Salesforce에서 다시 “Salesforce로 로그인”하거나, 로그아웃하여 브라우저 로그인을 사용하세요.',
    'no-api-access.API_DISABLED_FOR_ORG.message': '이 Salesforce 조직에는 REST API가 활성화되어 있지 않습니다.',
    'no-api-access.API_DISABLED_FOR_ORG.next':
      'API는 Enterprise, Unlimited, Performance, Developer 에디션(또는 추가 구매)에 포함됩니다. Salesforce 관리자에게 문의하세요.',
    'no-api-access.API_CURRENTLY_DISABLED.message': '이 Salesforce 사용자는 API를 쓸 수 없습니다: 프로필에 “API Enabled” 권한이 없습니다.',
    'no-api-access.API_CURRENTLY_DISABLED.next': 'Salesforce 관리자에게 프로필이나 권한 집합에 “API Enabled” 권한을 달라고 요청하세요.',
    'rate-limited.message': 'CRM이 지금 요청 수를 제한하고 있습니다.',
    'rate-limited.next': '잠시 후 다시 시도하세요. 잃어버리는 데이터는 없습니다.',
    'rate-limited.nextWithWait': 'CRM이 {wait} 기다려 달라고 했습니다. 그 뒤에 다시 시도하세요. 잃어버리는 데이터는 없습니다.',
    'rate-limited.daily.message': '{crm}의 하루 API 호출 한도를 모두 사용했습니다.',
    'rate-limited.daily.next':
      '일일 한도가 초기화된 뒤 다시 시도하거나, {crm} 관리자에게 어떤 앱이 호출을 쓰고 있는지 문의하세요. 잃어버리는 데이터는 없습니다.',
    'not-found.message': '레코드를 찾을 수 없거나 볼 수 있는 권한이 없습니다.',
    'not-found.next': '레코드가 있는지, 접근 권한이 있는지 확인하세요.',
    'invalid-field.message': '{field} 필드가 {crm}에 없습니다.',
    'invalid-field.next': '설정 → 필드 매핑에서 다른 필드를 고르세요.',
    'unsupported-object.message': '{crm}에서 이 데이터를 쓸 수 없습니다 ({detail}).',
    'unsupported-object.next': '설정에서 CSV 파일로 가져오거나 점수에서 제외하세요.',
    'bad-request.message': 'CRM이 요청을 받아들이지 않았습니다 ({detail}).',
    'bad-request.next': '설정에서 필드 매핑을 확인하세요.',
    'server-error.message': 'CRM 응답 중 문제가 생겼습니다.',
    'server-error.next': '잠시 후 다시 시도하세요.',
    'timeout.message': 'CRM이 제시간에 응답하지 않았습니다.',
    'timeout.next': '다시 시도하세요. 계속되면 CRM이 느린 상태일 수 있습니다.',
    'offline.message': '오프라인 상태입니다.',
    'offline.next': '연결이 돌아오면 패널이 새로 고쳐집니다.',
    'bad-response.message': 'CRM의 응답이 예상과 다릅니다.',
    'bad-response.next': '다시 시도하세요. 계속되면 CRM이나 중간의 프록시가 이상하게 응답하는 것이니 관리자에게 알려 주세요.',
    'not-connected.message': '{crm}에 연결되어 있지 않습니다.',
    'not-connected.next': '이 브라우저에서 {crm}에 로그인하거나 설정에서 연결하세요.',
    'internal.message': 'Success Lens가 이 작업을 마치지 못했습니다 ({detail}).',
    'internal.next': '다시 시도하세요. 계속되면 페이지를 새로 고치거나 브라우저를 다시 시작하세요. 메모는 안전합니다.',
    'list.LIST_VIEW_GONE.message': '담당 고객 현황으로 고른 목록 보기 “{field}”이(가) {crm}에 더 이상 없거나 더 이상 공유되지 않습니다.',
    'list.LIST_VIEW_GONE.next': '설정 → 담당 고객 현황에서 이 조직의 다른 목록 보기를 고르세요.',
    'list.LIST_VIEW_NOT_SOQL.message':
      '{crm}이(가) 목록 보기 “{field}”을(를) 쿼리로 읽을 수 없습니다(최근 본 항목 같은 보기는 API로 읽을 수 없습니다).',
    'list.LIST_VIEW_NOT_SOQL.next': '설정 → 담당 고객 현황에서 다른 목록 보기를 고르거나, 관리자에게 일반 필터로 된 보기를 요청하세요.',
    'list.LIST_VIEW_UNREADABLE.message': '목록 보기 “{field}”을(를) 담당 고객 현황으로 읽지 못했습니다.',
    'list.LIST_VIEW_UNREADABLE.next':
      '설정 → 담당 고객 현황에서 다른 목록 보기를 고르세요. 이 보기가 되어야 한다면 관리자에게 이름을 알려 주세요.',
    'list.LIST_GONE.message': '담당 고객 현황으로 고른 목록 “{field}”이(가) {crm}에 더 이상 없습니다.',
    'list.LIST_GONE.next': '설정 → 담당 고객 현황에서 이 포털의 다른 회사 목록을 고르세요.',
    'list.LIST_NOT_COMPANIES.message': '목록 “{field}”에는 회사가 아니라 연락처 등 다른 레코드가 들어 있습니다.',
    'list.LIST_NOT_COMPANIES.next': '설정 → 담당 고객 현황에서 회사 목록을 고르세요.',
  },
};
