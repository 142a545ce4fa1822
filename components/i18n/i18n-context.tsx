import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createFormatters, type Formatters } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locale';
import { translator, type Dictionary, type Translate } from '../../lib/i18n/translate';

const FormatContext = createContext<Formatters>(createFormatters('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const formatters = useMemo(() => createFormatters(locale), [locale]);
  return <FormatContext.Provider value={formatters}>{children}</FormatContext.Provider>;
}

/** Number, money and date formatting for the UI language. */
export function useFormat(): Formatters {
  return useContext(FormatContext);
}

/** Messages of one UI area in the UI language. */
export function useT<K extends string>(dict: Dictionary<K>): Translate<K> {
  const { locale } = useFormat();
  return useMemo(() => translator(dict, locale), [dict, locale]);
}
