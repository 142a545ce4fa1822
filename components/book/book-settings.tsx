import type { BookSettings } from '../../lib/settings/book-settings';
import type { BookView } from '../../lib/messages/book-client';
import { useFormat, useT } from '../i18n/i18n-context';
import { bookMessages } from './book-messages';
import { useBookPlace } from './use-book-place';

/** Settings: whose book, how often, the share of the daily API budget, and what today's refreshes used. */
export function BookSettingsSection({
  value,
  budget,
  bookUrl,
  onChange,
}: {
  value: BookSettings;
  budget: BookView['budget'] | null;
  bookUrl: string;
  onChange: (next: BookSettings) => void;
}) {
  const t = useT(bookMessages);
  const format = useFormat();
  const place = useBookPlace();
  const used = (budget ?? []).filter((b) => b.spent > 0 && b.orgMax !== null);
  return (
    <section aria-labelledby="book-settings-title">
      <h2 id="book-settings-title">{t('settings')}</h2>
      <p>{t('settingsHelp')}</p>
      <label>
        {t('whose')}{' '}
        <select value={value.owner} onChange={(e) => onChange({ ...value, owner: e.target.value === 'all' ? 'all' : 'mine' })}>
          <option value="mine">{t('owner.mine')}</option>
          <option value="all">{t('owner.all')}</option>
        </select>
      </label>{' '}
      <label>
        {t('share')}{' '}
        <input
          type="number"
          min={0.1}
          max={50}
          step={0.1}
          value={Math.round(value.budgetShare * 1000) / 10}
          onChange={(e) => Number(e.target.value) > 0 && onChange({ ...value, budgetShare: Math.min(50, Number(e.target.value)) / 100 })}
        />
      </label>{' '}
      <label>
        {t('interval')}{' '}
        <input
          type="number"
          min={1}
          max={24}
          step={1}
          value={value.intervalHours}
          onChange={(e) =>
            Number(e.target.value) >= 1 && onChange({ ...value, intervalHours: Math.min(24, Math.round(Number(e.target.value))) })
          }
        />
      </label>
      <div role="status" data-testid="book-budget-today">
        {used.length === 0 ? (
          <p>{t('noBudgetYet')}</p>
        ) : (
          used.map((b) => (
            <p key={b.key}>
              {t('budgetToday', {
                spent: format.number(b.spent),
                cap: format.number(Math.floor(b.orgMax! * value.budgetShare)),
                host: place.ofBudget(b.key),
              })}
            </p>
          ))
        )}
      </div>
      <p>
        <a href={bookUrl} target="_blank" rel="noreferrer">
          {t('openBook')}
        </a>
      </p>
    </section>
  );
}
