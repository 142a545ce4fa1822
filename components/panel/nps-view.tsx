import type { NpsResult } from '../../lib/metrics/nps';
import { useFormat, useT } from '../i18n/i18n-context';
import { sectionMessages } from './sections-messages';

export function NpsView({ nps, windowMonths }: { nps: NpsResult; windowMonths: number }) {
  const t = useT(sectionMessages);
  const format = useFormat();
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
            <strong>{r.score}</strong> {t(`segment.${r.segment}`)} · {r.respondentName ?? r.respondentId}{' '}
            <span className="sl-muted">{format.date(r.answeredAt)}</span>
            {r.comment ? <q className="sl-comment">{r.comment}</q> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
