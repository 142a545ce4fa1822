import { useEffect, useState } from 'react';
import { BookOwnerSchema } from '../../lib/crm/book';
import type { BookSettings } from '../../lib/settings/book-settings';
import type { BookView } from '../../lib/messages/book-client';
import type { BookListsApi } from '../../lib/messages/book-lists-client';
import type { PermissionSwitch } from '../../lib/browser/notification-permission';
import { useFormat, useT } from '../i18n/i18n-context';
import { BookListPicker } from './book-list-picker';
import { bookMessages } from './book-messages';
import { useBookPlace } from './use-book-place';

/**
 * The notifications switch: on only when the CSM turned it on and the browser allows it. Turning
 * it on asks the browser for the permission (within the click, as browsers require); a refusal
 * leaves it off and says so; turning it off gives the permission back.
 */
function NotifySwitch({
  value,
  permission,
  onChange,
}: {
  value: BookSettings;
  permission: PermissionSwitch;
  onChange: (next: BookSettings) => void;
}) {
  const t = useT(bookMessages);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    let alive = true;
    permission.has().then(
      (has) => alive && setGranted(has),
      () => alive && setGranted(false),
    );
    return () => {
      alive = false;
    };
  }, [permission]);
  const toggle = (on: boolean) => {
    setRefused(false);
    if (!on) {
      onChange({ ...value, notify: false });
      permission.remove().then(
        () => setGranted(false),
        () => undefined,
      );
      return;
    }
    permission.request().then(
      (ok) => {
        setGranted(ok);
        setRefused(!ok);
        onChange({ ...value, notify: ok });
      },
      () => setRefused(true),
    );
  };
  return (
    <div>
      <label>
        <input
          type="checkbox"
          checked={value.notify && granted === true}
          disabled={granted === null}
          aria-describedby="book-notify-help"
          onChange={(e) => toggle(e.target.checked)}
        />{' '}
        {t('notify')}
      </label>
      <p id="book-notify-help">{t('notifyHelp')}</p>
      <div role="status" data-testid="book-notify-status">
        {refused ? <p>{t('notifyRefused')}</p> : value.notify && granted === false ? <p>{t('notifyRevoked')}</p> : null}
      </div>
    </div>
  );
}

/**
 * Settings: whose book (for "list", the list of each org and portal), how often, the share of the
 * daily API budget, what today's refreshes used, and notifications.
 */
export function BookSettingsSection({
  value,
  budget,
  bookUrl,
  notifications,
  lists,
  onChange,
}: {
  value: BookSettings;
  budget: BookView['budget'] | null;
  bookUrl: string;
  /** The browser's notifications permission (optional in the manifest). */
  notifications: PermissionSwitch;
  /** Where a refresh reads and each place's lists, asked only while the "list" scope shows. */
  lists: Pick<BookListsApi, 'sources' | 'lists'>;
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
        <select value={value.owner} onChange={(e) => onChange({ ...value, owner: BookOwnerSchema.catch('mine').parse(e.target.value) })}>
          {BookOwnerSchema.options.map((owner) => (
            <option key={owner} value={owner}>
              {t(`owner.${owner}`)}
            </option>
          ))}
        </select>
      </label>
      {value.owner === 'list' ? <BookListPicker api={lists} value={value} onChange={onChange} /> : null}{' '}
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
      <NotifySwitch value={value} permission={notifications} onChange={onChange} />
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
