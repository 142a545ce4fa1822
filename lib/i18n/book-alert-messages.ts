import type { BookAlert, BookAlertReason } from '../metrics/book-alerts.ts';
import type { Locale } from './locale.ts';
import { translator, type Dictionary, type Translate } from './translate.ts';

// The book refresh's notification (lib/background/book-notifications.ts), in words. The
// background has no React: it words the alerts here, in the CSM's language.
export const bookAlertMessages = {
  en: {
    'title.one': '{name} needs you',
    'title.other': '{count} accounts need you',
    'band-drop': 'dropped from {from} to {to}',
    'overdue-step.one': '1 renewal step overdue',
    'overdue-step.other': '{steps} renewal steps overdue',
    'new-detractor': 'a new detractor answered',
    line: '{name}: {reasons}',
    more: '…and {count} more in your book',
    'band.at-risk': 'At risk',
    'band.needs-attention': 'Needs attention',
    'band.healthy': 'Healthy',
  },
  ko: {
    'title.one': '{name}: 확인이 필요합니다',
    'title.other': '거래처 {count}곳에 확인이 필요합니다',
    'band-drop': '{from}에서 {to}(으)로 떨어짐',
    'overdue-step.one': '지연된 갱신 단계 1개',
    'overdue-step.other': '지연된 갱신 단계 {steps}개',
    'new-detractor': '새 비추천 응답',
    line: '{name}: {reasons}',
    more: '…그 밖에 {count}곳',
    'band.at-risk': '위험',
    'band.needs-attention': '주의 필요',
    'band.healthy': '양호',
  },
} satisfies Dictionary<string>;

type Key = keyof typeof bookAlertMessages.en;

/** Accounts named one a line in a grouped notification; the rest are counted. */
export const NAMED_ACCOUNTS = 4;

function reasonText(reason: BookAlertReason, t: Translate<Key>): string {
  switch (reason.kind) {
    case 'band-drop':
      return t('band-drop', { from: t(`band.${reason.from}`), to: t(`band.${reason.to}`) });
    case 'overdue-step':
      return reason.steps === 1 ? t('overdue-step.one') : t('overdue-step.other', { steps: reason.steps });
    case 'new-detractor':
      return t('new-detractor');
  }
}

/** One notification for every alert of a refresh: one account says what happened; several are named a line each. */
export function bookAlertText(alerts: readonly BookAlert[], locale: Locale): { title: string; message: string } {
  const t = translator(bookAlertMessages, locale);
  const reasons = (alert: BookAlert) => alert.reasons.map((r) => reasonText(r, t)).join(' · ');
  if (alerts.length === 1) return { title: t('title.one', { name: alerts[0]!.name }), message: reasons(alerts[0]!) };
  const named = alerts.slice(0, NAMED_ACCOUNTS).map((a) => t('line', { name: a.name, reasons: reasons(a) }));
  const rest = alerts.length - named.length;
  return {
    title: t('title.other', { count: alerts.length }),
    message: [...named, ...(rest > 0 ? [t('more', { count: rest })] : [])].join('\n'),
  };
}
