export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocaleChoice = Locale | 'auto';

/** The UI language: the user's choice, else the browser's language, else English. */
export function resolveLocale(choice: unknown, browserLanguages: readonly string[]): Locale {
  if (choice === 'en' || choice === 'ko') return choice;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ko') return 'ko';
    if (base === 'en') return 'en';
  }
  return 'en';
}
