import { KIND_FIELDS, type ImportKind } from './kinds.ts';

/** Field id → index of the column that holds it (absent: not mapped). */
export type ColumnMapping = Record<string, number>;

// Header words seen in real exports (analytics, survey tools, billing, Korean spreadsheets),
// compared after normalising case, spaces and punctuation away.
const SYNONYMS: Record<string, readonly string[]> = {
  account: [
    'accountid',
    'account',
    'crmid',
    'salesforceid',
    'companyid',
    'hubspotcompanyid',
    'domain',
    'website',
    'companydomain',
    'company',
    'companyname',
    'accountname',
    'customer',
    'organization',
    'org',
    '거래처',
    '고객사',
    '회사',
    '회사명',
    '고객사명',
    '도메인',
  ],
  periodStart: ['periodstart', 'start', 'startdate', 'from', 'weekstart', 'monthstart', '시작일', '기간시작'],
  periodEnd: ['periodend', 'end', 'enddate', 'to', 'weekend', 'monthend', '종료일', '기간종료'],
  activeUsers: ['activeusers', 'active', 'mau', 'wau', 'dau', 'uniqueusers', '활성사용자', '활성사용자수', '사용자수'],
  licensedSeats: ['licensedseats', 'seats', 'licenses', 'licences', 'purchasedseats', '라이선스', '라이선스수', '계약좌석'],
  logins: ['logins', 'sessions', 'signins', 'logincount', '로그인', '로그인수', '로그인횟수'],
  featuresUsed: ['featuresused', 'featuresadopted', 'adoptedfeatures', 'keyfeaturesused', '사용기능', '사용기능수'],
  featuresTotal: ['featurestotal', 'totalfeatures', 'keyfeatures', 'features', '전체기능', '전체기능수'],
  respondent: ['respondent', 'respondentid', 'email', 'respondentemail', 'userid', 'contactid', 'responseid', '응답자', '이메일'],
  respondentName: ['respondentname', 'name', 'fullname', 'contactname', '이름', '응답자명'],
  score: ['score', 'nps', 'npsscore', 'rating', 'howlikely', '점수', '추천점수'],
  date: ['date', 'submittedat', 'submitted', 'responsedate', 'answeredat', 'createdat', 'completedat', '날짜', '응답일'],
  comment: ['comment', 'comments', 'feedback', 'reason', 'verbatim', 'whyscore', '의견', '코멘트', '사유'],
  invoiceId: ['invoiceid', 'invoice', 'invoicenumber', 'number', 'id', '청구번호', '송장번호'],
  dueDate: ['duedate', 'due', 'dueon', 'paymentdue', '납기일', '결제기한', '만기일'],
  paidDate: ['paiddate', 'paidat', 'paidon', 'paymentdate', 'datepaid', '결제일', '입금일', '납부일'],
  amount: ['amount', 'total', 'amountdue', 'totalamount', 'invoicetotal', 'value', '금액', '청구금액', '합계'],
};

export const normaliseHeader = (h: string): string =>
  h
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Guesses from the header: an exact synonym first, then a header that contains one; each column
 * serves one field at most. Unsure fields stay unmapped for the user to choose.
 */
export function guessMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  const normal = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const pass of ['exact', 'contains'] as const) {
    for (const field of KIND_FIELDS[kind]) {
      if (field.id in mapping) continue;
      for (const word of SYNONYMS[field.id] ?? []) {
        const at = normal.findIndex((h, i) => !taken.has(i) && (pass === 'exact' ? h === word : word.length >= 4 && h.includes(word)));
        if (at >= 0) {
          mapping[field.id] = at;
          taken.add(at);
          break;
        }
      }
    }
  }
  return mapping;
}

/** The key a mapping is remembered under: the same export next month has the same header. */
export const headerShape = (headers: readonly string[]): string => headers.map(normaliseHeader).join('|');

/** Required fields the mapping leaves out. */
export function missingFields(kind: ImportKind, mapping: ColumnMapping): string[] {
  return KIND_FIELDS[kind].filter((f) => f.required && mapping[f.id] === undefined).map((f) => f.id);
}
