import { bookSourceKey } from '../../lib/crm/book';
import type { BookView } from '../../lib/messages/book-client';
import { useFormat, useT } from '../i18n/i18n-context';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { bookMessages } from './book-messages';
import { useBookPlace } from './use-book-place';

/** Why a source's refresh failed, in its CRM's words: the sentence, the CRM's own detail and the next step. */
function SourceFailed({ source, place }: { source: BookView['status']['sources'][number]; place: string }) {
  const t = useT(bookMessages);
  const words = useCrmErrorText(source.crm);
  if (!source.error) return null;
  const { message, nextStep } = words(source.error);
  return <p>{t('sourceFailed', { host: place, message, detail: source.error.detail, next: nextStep })}</p>;
}

/** How the last refresh went per org, in words, and what it spent of today's API budget. */
export function BookStatus({ view, budgetShare }: { view: BookView; budgetShare: number }) {
  const t = useT(bookMessages);
  const format = useFormat();
  const place = useBookPlace();
  const { status } = view;
  return (
    <div className="sl-book-status" role="status">
      <p>{status.finishedAt ? t('lastRefresh', { time: format.dateTime(status.finishedAt) }) : t('neverRefreshed')}</p>
      {status.sources.map((s) => {
        const host = place.ofSource(s);
        const key = bookSourceKey(s);
        if (s.error) return <SourceFailed key={key} source={s} place={host} />;
        if (s.unsupported) return <p key={key}>{t('unsupported', { host })}</p>;
        if (s.needsList) return <p key={key}>{t('needsList', { host, list: place.listWords(s.crm).list })}</p>;
        if (s.stoppedBy) return <p key={key}>{t(`stopped.${s.stoppedBy}`, { host, accounts: s.accounts })}</p>;
        return null;
      })}
      {view.budget.map((b) =>
        b.orgMax === null ? null : (
          <p key={b.key} data-testid="book-budget">
            {t('budgetToday', {
              spent: format.number(b.spent),
              cap: format.number(Math.floor(b.orgMax * budgetShare)),
              host: place.ofBudget(b.key),
            })}
          </p>
        ),
      )}
    </div>
  );
}
