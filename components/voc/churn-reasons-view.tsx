import type { ReasonReport } from '../../lib/plan/reasons';
import { useT } from '../i18n/i18n-context';
import { planMessages } from '../plan/plan-messages';

/** Churn and downsize reasons across accounts, beside the VOC counts: what the team can learn from. */
export function ChurnReasonsView({ report }: { report: ReasonReport }) {
  const t = useT(planMessages);
  if (report.byReason.length === 0) return <p className="sl-empty">{t('reasons.none')}</p>;
  return (
    <div className="sl-voc-report">
      <table aria-label={t('reasons.title')}>
        <caption>{t('reasons.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reasons.reason')}</th>
            <th scope="col">{t('reasons.churned')}</th>
            <th scope="col">{t('reasons.downsized')}</th>
          </tr>
        </thead>
        <tbody>
          {report.byReason.map(({ reason, churned, downsized }) => (
            <tr key={reason} data-testid={`churn-reason-${reason}`}>
              <th scope="row">{t(`reason.${reason}`)}</th>
              <td>{churned}</td>
              <td>{downsized}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.competitors.length ? (
        <table aria-label={t('reasons.competitors')}>
          <caption>{t('reasons.competitors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('competitor')}</th>
              <th scope="col">{t('reasons.accounts')}</th>
            </tr>
          </thead>
          <tbody>
            {report.competitors.map(({ name, accounts }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{accounts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
