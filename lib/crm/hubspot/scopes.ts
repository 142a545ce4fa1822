/**
 * The scopes Success Lens uses, each with a read it can be probed by (none for a write) and what
 * it unlocks in both UI languages: the options page names a missing scope and what the CSM loses.
 */
export interface ScopeUse {
  scope: string;
  /** A cheap GET that answers 403 MISSING_SCOPES without the scope. */
  probe: string | null;
  unlocks: { en: string; ko: string };
}

export const HUBSPOT_SCOPES: readonly ScopeUse[] = [
  {
    scope: 'crm.objects.companies.read',
    probe: '/crm/v3/objects/companies?limit=1',
    unlocks: { en: 'companies: the panel itself', ko: '회사: 패널 전체' },
  },
  {
    scope: 'crm.objects.contacts.read',
    probe: '/crm/v3/objects/contacts?limit=1',
    unlocks: { en: 'contacts: the champion and who answered NPS', ko: '연락처: 챔피언과 NPS 응답자' },
  },
  {
    scope: 'crm.objects.deals.read',
    probe: '/crm/v3/objects/deals?limit=1',
    unlocks: { en: 'deals: the renewal date and its size', ko: '거래: 갱신일과 갱신 규모' },
  },
  {
    scope: 'tickets',
    probe: '/crm/v3/objects/tickets?limit=1',
    unlocks: { en: 'tickets: ticket aging and SLA breaches', ko: '티켓: 티켓 경과일과 SLA 위반' },
  },
  {
    scope: 'crm.objects.feedback_submissions.read',
    probe: '/crm/v3/objects/feedback_submissions?limit=1',
    unlocks: { en: 'feedback submissions: NPS', ko: '피드백 응답: NPS' },
  },
  {
    scope: 'crm.objects.owners.read',
    probe: '/crm/v3/owners?limit=1',
    unlocks: { en: 'owners: the account owner’s name, and which companies are your book', ko: '소유자: 계정 담당자 이름과 내 담당 회사' },
  },
  {
    scope: 'crm.lists.read',
    // "Fetch multiple lists" by id: an id no list has answers an empty page, never a write.
    probe: '/crm/v3/lists/?listIds=0',
    unlocks: { en: 'lists: a company list as your book of business', ko: '목록: 회사 목록을 담당 고객으로 사용' },
  },
  { scope: 'crm.objects.contacts.write', probe: null, unlocks: { en: 'notes: “Save to CRM”', ko: '노트: “CRM에 저장”' } },
];

/** What a scope unlocks, for a scope HubSpot names that is not in the list (said as it is). */
export function scopeUse(scope: string): ScopeUse {
  return HUBSPOT_SCOPES.find((s) => s.scope === scope) ?? { scope, probe: null, unlocks: { en: scope, ko: scope } };
}
