import type { ReactNode } from 'react';
import { localeChoice } from '../../lib/browser/stored-keys';
import { resolveLocale } from '../../lib/i18n/locale';
import { useStoredValue } from '../hooks/use-stored-value';
import { I18nProvider } from './i18n-context';

/** Puts every extension page in the user's language: their choice, else the browser's. */
export function LocaleRoot({ children }: { children: ReactNode }) {
  const [choice] = useStoredValue(localeChoice);
  const locale = resolveLocale(choice ?? 'auto', navigator.languages ?? [navigator.language]);
  return (
    <I18nProvider locale={locale}>
      <div lang={locale}>{children}</div>
    </I18nProvider>
  );
}
