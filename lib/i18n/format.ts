import type { Locale } from './locale';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

/** Locale-aware formatting of numbers, money and dates, in one place. Intl objects are cached. */
export interface Formatters {
  locale: Locale;
  number(n: number, maxFractionDigits?: number): string;
  percent(ratio: number): string;
  /** Currency in its own minor units (KRW and JPY have none). */
  money(amount: number, currency: string, compact?: boolean): string;
  /** A date-only value (YYYY-MM-DD) shown as that calendar day, whatever the time zone. */
  date(isoDate: string): string;
  dateTime(iso: string, timeZone?: string): string;
  relativeDays(days: number): string;
  /** A duration in seconds, spelled out ("30 seconds", "30초"). */
  seconds(n: number): string;
}

export function createFormatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, make: () => Intl.NumberFormat) => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = make()));
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  return {
    locale,
    number: (n, max = 0) => numberFormat(`n${max}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: max })).format(n),
    percent: (ratio) => numberFormat('p', () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(ratio),
    money: (amount, currency, compact = false) => {
      const key = `m${currency}${compact}`;
      try {
        return numberFormat(key, () =>
          new Intl.NumberFormat(tag, {
            style: 'currency',
            currency,
            ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
          }),
        ).format(amount);
      } catch {
        // An unknown currency code from the CRM: show the amount with the code, not nothing.
        return `${numberFormat('n0', () => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(amount)} ${currency}`;
      }
    },
    date: (isoDate) => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso, timeZone) =>
      new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso)),
    relativeDays: (days) => relative.format(days, 'day'),
    seconds: (n) => numberFormat('s', () => new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'long' })).format(n),
  };
}
