import type { BadRow } from '../../lib/imports/check-rows';
import { useFormat, useT } from '../i18n/i18n-context';
import { importMessages, type ImportMessageKey } from './import-messages';

const SHOWN_ROWS = 200;

export function ImportProgress({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel: () => void }) {
  const t = useT(importMessages);
  return (
    <div role="status">
      <p>{label}</p>
      <progress aria-label={t('progress')} max={Math.max(total, 1)} value={done} />
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </div>
  );
}

/** Every row-level problem with its file line, before anything is saved. */
export function ImportReport({
  goodCount,
  bad,
  matchedAccounts,
  header,
  onSave,
  onDownloadBad,
  saving,
}: {
  goodCount: number;
  bad: readonly BadRow[];
  matchedAccounts: number;
  header: (field: string) => string;
  onSave: () => void;
  onDownloadBad: () => void;
  saving: boolean;
}) {
  const t = useT(importMessages);
  const format = useFormat();
  return (
    <section aria-label={t('report')}>
      <h2>{t('report')}</h2>
      <p data-testid="import-summary">
        {t('summary', { good: format.number(goodCount), bad: format.number(bad.length), accounts: format.number(matchedAccounts) })}
      </p>
      {bad.length ? (
        <>
          <h3>{t('problems')}</h3>
          <ul aria-label={t('problems')}>
            {bad.slice(0, SHOWN_ROWS).map((row) => (
              <li key={row.line}>
                <strong>{t('line', { line: row.line })}</strong>:{' '}
                {row.problems
                  .map((p) =>
                    t(`problem.${p.code}` as ImportMessageKey, { field: header(p.field), value: p.value, firstLine: p.firstLine ?? '' }),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
          {bad.length > SHOWN_ROWS ? <p>{t('moreProblems', { count: format.number(bad.length - SHOWN_ROWS) })}</p> : null}
          <button type="button" onClick={onDownloadBad}>
            {t('downloadBad')}
          </button>
        </>
      ) : null}
      <button type="button" onClick={onSave} disabled={saving || goodCount === 0}>
        {t('save', { count: format.number(goodCount) })}
      </button>
    </section>
  );
}
