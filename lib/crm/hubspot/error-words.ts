/**
 * HubSpot's own wording where the shared error sentences would mislead: a 401 is a token that
 * was revoked or mistyped (not an expired login), a 403 is a scope the token lacks, "not
 * connected" means a portal without a token, and a used-up day resets at the portal's midnight
 * (HubSpot's API usage guidelines). Keys of the shared dictionary; {detail}, {field} and {crm}
 * are filled in.
 */
export const hubspotErrorWords = {
  en: {
    'session-expired.message': 'HubSpot refused the access token of this portal (revoked, expired or mistyped).',
    'session-expired.next': 'Paste a new token in Settings → HubSpot and connect the portal again.',
    'no-api-access.message': 'The HubSpot token lacks a scope Success Lens needs ({field}).',
    'no-api-access.next': 'Grant the scope to the Service Key or private app, then connect the portal again in Settings → HubSpot.',
    'not-connected.message': 'This HubSpot portal is not connected.',
    'not-connected.next': 'Open Settings → HubSpot, paste an access token of this portal and press Connect.',
    'rate-limited.daily.message': 'HubSpot’s daily API limit for this portal is used up.',
    'rate-limited.daily.next':
      'It resets at midnight in the portal’s time zone: try again after that, or ask your HubSpot admin which app uses up the portal’s calls.',
  },
  ko: {
    'session-expired.message': 'HubSpot이 이 포털의 액세스 토큰을 거부했습니다(취소, 만료 또는 잘못 입력).',
    'session-expired.next': '설정 → HubSpot에 새 토큰을 붙여 넣고 포털을 다시 연결하세요.',
    'no-api-access.message': 'HubSpot 토큰에 Success Lens가 필요한 범위가 없습니다({field}).',
    'no-api-access.next': '서비스 키나 비공개 앱에 범위를 허용한 뒤 설정 → HubSpot에서 포털을 다시 연결하세요.',
    'not-connected.message': '이 HubSpot 포털은 연결되어 있지 않습니다.',
    'not-connected.next': '설정 → HubSpot을 열고 이 포털의 액세스 토큰을 붙여 넣은 뒤 연결을 누르세요.',
    'rate-limited.daily.message': '이 포털의 HubSpot 일일 API 한도를 모두 사용했습니다.',
    'rate-limited.daily.next':
      '한도는 포털 시간대의 자정에 초기화됩니다. 그 뒤에 다시 시도하거나, HubSpot 관리자에게 어떤 앱이 포털의 호출을 쓰고 있는지 문의하세요.',
  },
};
