import { useFormat, useT } from './i18n/i18n-context';

const shownMessages = {
  en: {
    shown: 'Showing {shown} of {total}',
    cut: 'The CRM sent the first {read} of {total} records: figures here count only those.',
    cutUnknown: 'The CRM sent the first {read} records and more were left: figures here count only those.',
  },
  ko: {
    shown: '전체 {total}개 중 {shown}개 표시',
    cut: 'CRM이 전체 {total}건 중 처음 {read}건만 보냈습니다. 여기 수치는 그만큼만 센 것입니다.',
    cutUnknown: 'CRM이 처음 {read}건만 보내고 나머지는 남겼습니다. 여기 수치는 그만큼만 센 것입니다.',
  },
};

/** "Showing 5 of 23" under a list that shows only its first items; nothing when it shows them all. */
export function ShownCount({ shown, total, testId }: { shown: number; total: number; testId?: string }) {
  const t = useT(shownMessages);
  const format = useFormat();
  if (shown >= total) return null;
  return (
    <p className="sl-muted" data-testid={testId}>
      {t('shown', { shown: format.number(shown), total: format.number(total) })}
    </p>
  );
}

/** A CRM answer cut short (more pages than we read): said in words, never passed off as the whole. */
export function CutNotice({ cut, testId }: { cut: { read: number; total: number | null }; testId?: string }) {
  const t = useT(shownMessages);
  const format = useFormat();
  return (
    <p className="sl-banner" data-testid={testId}>
      {cut.total === null
        ? t('cutUnknown', { read: format.number(cut.read) })
        : t('cut', { read: format.number(cut.read), total: format.number(cut.total) })}
    </p>
  );
}
