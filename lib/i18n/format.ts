import type { Locale } from './locale';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

/** Locale-aware formatting of numbers, money and dates, in one place. Intl objects are cached. */
export interface Formatters {
  locale: Locale;
  number(n: number, maxFractionDigits?: number): string;
  percent(ratio: number): string;
  /** A signed number with a true minus sign (U+2212), "+" above zero, no sign at zero: −45, +10, 0. */
  signed(n: number, maxFractionDigits?: number): string;
  /** A signed percentage the same way: −20 %, +10 %. */
  signedPercent(ratio: number): string;
  /** Currency in its own minor units (KRW and JPY have none). */
  money(amount: number, currency: string, compact?: boolean): string;
  /** A date-only value (YYYY-MM-DD) shown as that calendar day, whatever the time zone. */
  date(isoDate: string): string;
  dateTime(iso: string, timeZone?: string): string;
  /** A calendar month (YYYY-MM): "Jan 2027", "2027년 1월". */
  month(yearMonth: string): string;
  /** "20 minutes ago", "3시간 전", "yesterday": a signed amount of a unit, negative in the past. */
  relative(value: number, unit: 'minute' | 'hour' | 'day'): string;
  /** A duration in seconds, spelled out ("30 seconds", "30초"). */
  seconds(n: number): string;
}

// Intl writes a hyphen-minus; a true minus sign reads as one and never breaks from its number.
const withTrueMinus = (text: string) => text.replace(/-/g, '\u2212');

export function createFormatters(locale: Locale): Formatters {
  const tag = INTL_LOCALE[locale];
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, make: () => Intl.NumberFormat) => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = make()));
    return f;
  };
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  // One per time zone: a table of hundreds of rows formats as many date-times.
  const dateTimes = new Map<string, Intl.DateTimeFormat>();
  const dateTimeFormat = (timeZone?: string) => {
    let f = dateTimes.get(timeZone ?? '');
    if (!f)
      dateTimes.set(
        timeZone ?? '',
        (f = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) })),
      );
    return f;
  };
  return {
    locale,
    number: (n, max = 0) =>
      withTrueMinus(numberFormat(`n${max}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: max })).format(n)),
    percent: (ratio) =>
      withTrueMinus(numberFormat('p', () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(ratio)),
    signed: (n, max = 0) =>
      withTrueMinus(
        numberFormat(`s${max}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: max, signDisplay: 'exceptZero' })).format(n),
      ),
    signedPercent: (ratio) =>
      withTrueMinus(
        numberFormat(
          'sp',
          () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
        ).format(ratio),
      ),
    money: (amount, currency, compact = false) => {
      const key = `m${currency}${compact}`;
      try {
        return withTrueMinus(
          numberFormat(
            key,
            () =>
              new Intl.NumberFormat(tag, {
                style: 'currency',
                currency,
                // $250K and ₩9,600만: whole units unless a decimal says something ($8.3K).
                ...(compact ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1, useGrouping: 'always' } : {}),
              }),
          ).format(amount),
        );
      } catch {
        // An unknown currency code from the CRM: show the amount with the code, not nothing.
        return `${numberFormat('n0', () => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(amount)} ${currency}`;
      }
    },
    date: (isoDate) => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso, timeZone) => dateTimeFormat(timeZone).format(new Date(iso)),
    month: (yearMonth) => monthFormat.format(new Date(`${yearMonth.slice(0, 7)}-01T00:00:00Z`)),
    relative: (value, unit) => relative.format(value, unit),
    seconds: (n) => numberFormat('s', () => new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: 'long' })).format(n),
  };
}
