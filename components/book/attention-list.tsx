import { useState } from 'react';
import type { Attention, AttentionReason } from '../../lib/metrics/attention';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages } from '../panel/sections-messages';
import { useNextStepText } from '../panel/next-step-text';
import { bookMessages } from './book-messages';

/** "Needs attention this week": ranked by ARR at risk, each with its reasons in words and the next step. */
/** The top of the ranking, shown first: what a week can hold. */
const TOP = 10;

export function AttentionList({ items }: { items: readonly Attention[] }) {
  const [all, setAll] = useState(false);
  const t = useT(bookMessages);
  const s = useT(sectionMessages);
  const say = useNextStepText();
  const format = useFormat();
  const reason = (r: AttentionReason) => {
    switch (r.kind) {
      case 'band-drop':
        return t('reason.band-drop', { from: s(`band.${r.from}`), to: s(`band.${r.to}`) });
      case 'at-risk':
        return t('reason.at-risk', { score: format.number(r.score) });
      case 'renewal-overdue-steps':
        return t('reason.renewal-overdue-steps', { days: r.days, steps: r.steps });
      default:
        return t(`reason.${r.kind}`, { count: r.count });
    }
  };
  return (
    <section aria-labelledby="book-attention-title" className="sl-book-attention">
      <h2 id="book-attention-title">{t('attention')}</h2>
      {items.length === 0 ? (
        <p>{t('attentionNone')}</p>
      ) : (
        <ol>
          {(all ? items : items.slice(0, TOP)).map(({ row, reasons, arrAtRisk }) => {
            return (
              <li key={row.accountKey} data-testid="attention-item" data-account={row.accountId}>
                <strong>
                  {row.url ? (
                    <a href={row.url} target="_blank" rel="noopener noreferrer">
                      {row.name}
                    </a>
                  ) : (
                    row.name
                  )}
                </strong>{' '}
                <span>{t('arrAtRisk', { amount: format.money(arrAtRisk, row.currency, true) })}</span>
                <ul data-testid="attention-reasons">
                  {reasons.map((r) => (
                    <li key={r.kind}>{reason(r)}</li>
                  ))}
                </ul>
                {row.nextStep ? <p>{t('nextStep', { step: say(row.nextStep) })}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
      {!all && items.length > TOP ? (
        <button type="button" onClick={() => setAll(true)}>
          {t('showAll', { count: items.length })}
        </button>
      ) : null}
    </section>
  );
}
