import type { NpsRespondent, NpsResult, NpsSegment } from '../../lib/metrics/nps';
import type { Sentiment } from '../../lib/store/note-schema';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages } from './sections-messages';

/** An NPS comment on its way to the VOC capture window, worded in the CSM's language. */
export interface NpsCapture {
  quote: string;
  body: string;
  sentiment: Sentiment;
}

const SENTIMENT: Record<NpsSegment, Sentiment> = { promoter: 'positive', passive: 'neutral', detractor: 'negative' };

export function NpsView({
  nps,
  windowMonths,
  capture,
}: {
  nps: NpsResult;
  windowMonths: number;
  /** Where the answers came from (in words), and how to capture a comment; absent where it cannot be. */
  capture?: { source: string; onCapture: (capture: NpsCapture) => void };
}) {
  const t = useT(sectionMessages);
  const format = useFormat();
  const nameOf = (r: NpsRespondent) => r.respondentName ?? r.respondentId;
  const captureOf = (r: NpsRespondent & { comment: string }, source: string): NpsCapture => ({
    quote: r.comment,
    body: t('npsCaptureBody', {
      score: r.score,
      segment: t(`segment.${r.segment}`),
      name: nameOf(r),
      date: format.date(r.answeredAt),
      source,
    }),
    sentiment: SENTIMENT[r.segment],
  });
  if (nps.score === null) return <p className="sl-empty">{t('noNps', { months: windowMonths })}</p>;
  return (
    <div>
      <dl className="sl-figures">
        <div>
          <dt>{t('accountNps')}</dt>
          <dd data-testid="account-nps">{format.signed(nps.score)}</dd>
        </div>
        <div>
          <dt>{t('answers')}</dt>
          <dd data-testid="nps-segments">
            {t('segments', {
              promoters: format.number(nps.promoters),
              passives: format.number(nps.passives),
              detractors: format.number(nps.detractors),
            })}
          </dd>
        </div>
      </dl>
      <p>
        <span className={`sl-segment sl-segment-${nps.segment}`} data-testid="nps-segment">
          {t(`segment.${nps.segment!}`)}
        </span>
      </p>
      {nps.smallSample ? <p className="sl-banner">{t('smallSample', { n: nps.respondents.length })}</p> : null}
      <ul className="sl-list">
        {nps.respondents.map((r) => (
          <li key={r.respondentId}>
            <strong>{r.score}</strong> {t(`segment.${r.segment}`)} · {nameOf(r)}{' '}
            <span className="sl-muted">{format.date(r.answeredAt)}</span>
            {r.comment ? <q className="sl-comment">{r.comment}</q> : null}
            {r.comment && capture ? (
              <button
                type="button"
                className="sl-link-button"
                aria-label={t('captureNpsFor', { name: nameOf(r) })}
                onClick={() => capture.onCapture(captureOf({ ...r, comment: r.comment! }, capture.source))}
              >
                {t('captureNps')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
