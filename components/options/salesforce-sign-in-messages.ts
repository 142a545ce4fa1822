import type { Dictionary } from '../../lib/i18n/translate';

/** The options page's Salesforce OAuth sign-in. */
export const salesforceSignInMessages = {
  en: {
    title: 'Sign in with Salesforce (OAuth)',
    help: 'For an org whose API Access Control refuses your browser login. Your Salesforce admin creates an External Client App for Success Lens: OAuth on, PKCE required, no client secret, scopes “api” and “refresh_token”, and this callback URL:',
    hostLabel: 'Your org’s My Domain (for example acme.my.salesforce.com)',
    keyLabel: 'Consumer key of the External Client App',
    signIn: 'Sign in with Salesforce',
    signingIn: 'Waiting for the Salesforce sign-in window…',
    signedInNow: 'Signed in to org {orgId} at {host}. Success Lens now reads this org with the sign-in.',
    orgs: 'Signed-in orgs',
    none: 'No org signed in: Success Lens uses your browser login.',
    org: 'Org {orgId} at {host}',
    key: 'consumer key {key}',
    signOut: 'Sign out',
    signOutOrg: 'Sign out of org {orgId}',
    signedOut: 'Signed out of org {orgId}: Salesforce revoked the sign-in and it is deleted from this browser.',
    listFailed: 'The signed-in orgs could not be read.',
  },
  ko: {
    title: 'Salesforce로 로그인 (OAuth)',
    help: '조직의 API 접근 제어(API Access Control)가 브라우저 로그인을 거부할 때 사용합니다. Salesforce 관리자가 Success Lens용 External Client App을 만들어야 합니다: OAuth 사용, PKCE 필수, 클라이언트 암호 없음, 범위 “api”와 “refresh_token”, 그리고 다음 콜백 URL:',
    hostLabel: '조직의 My Domain (예: acme.my.salesforce.com)',
    keyLabel: 'External Client App의 소비자 키(Consumer Key)',
    signIn: 'Salesforce로 로그인',
    signingIn: 'Salesforce 로그인 창을 기다리는 중…',
    signedInNow: '{host}의 조직 {orgId}에 로그인했습니다. 이제 Success Lens가 이 로그인으로 조직을 읽습니다.',
    orgs: '로그인한 조직',
    none: '로그인한 조직이 없습니다. Success Lens는 브라우저 로그인을 사용합니다.',
    org: '{host}의 조직 {orgId}',
    key: '소비자 키 {key}',
    signOut: '로그아웃',
    signOutOrg: '조직 {orgId}에서 로그아웃',
    signedOut: '조직 {orgId}에서 로그아웃했습니다. Salesforce가 로그인을 취소했고 이 브라우저에서 삭제되었습니다.',
    listFailed: '로그인한 조직을 읽지 못했습니다.',
  },
} satisfies Dictionary<string>;
