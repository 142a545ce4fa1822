import type { BookView } from '../../lib/messages/book-client';
import { useFormat, useT } from '../i18n/i18n-context';
import { bookMessages } from './book-messages';

/** How the last refresh went per org, in words, and what it spent of today's API budget. */
export function BookStatus({ view, budgetShare }: { view: BookView; budgetShare: number }) {
  const t = useT(bookMessages);
  const format = useFormat();
  const { status } = view;
  return (
    <div className="sl-book-status" role="status">
      <p>{status.finishedAt ? t('lastRefresh', { time: format.dateTime(status.finishedAt) }) : t('neverRefreshed')}</p>
      {status.sources.map((s) => {
        const host = s.host;
        if (s.error) return <p key={host}>{t('sourceFailed', { host, detail: s.error.detail ?? s.error.kind })}</p>;
        if (s.unsupported) return <p key={host}>{t('unsupported', { host })}</p>;
        if (s.stoppedBy) return <p key={host}>{t(`stopped.${s.stoppedBy}`, { host, accounts: s.accounts })}</p>;
        return null;
      })}
      {view.budget.map((b) =>
        b.orgMax === null ? null : (
          <p key={b.key} data-testid="book-budget">
            {t('budgetToday', {
              spent: format.number(b.spent),
              cap: format.number(Math.floor(b.orgMax * budgetShare)),
              host: b.key.split(':')[1] ?? b.key,
            })}
          </p>
        ),
      )}
    </div>
  );
}
