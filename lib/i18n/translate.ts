import type { Locale } from './locale';

/** A dictionary of one UI area: English is the reference, Korean must have every key. */
export type Dictionary<K extends string> = { en: Record<K, string>; ko: Record<K, string> };

export type Translate<K extends string> = (key: K, vars?: Record<string, string | number>) => string;

/** Looks up a message and fills `{name}` placeholders. */
export function translator<K extends string>(dict: Dictionary<K>, locale: Locale): Translate<K> {
  const table = dict[locale];
  return (key, vars) => {
    const text = table[key] ?? dict.en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
  };
}
