import type { LocaleChoice } from '../../lib/i18n/locale';
import { useT } from '../i18n/i18n-context';
import { optionsMessages } from './options-messages';

const CHOICES: LocaleChoice[] = ['auto', 'en', 'ko'];

export function LanguagePicker({ value, onChange }: { value: LocaleChoice; onChange: (choice: LocaleChoice) => void }) {
  const t = useT(optionsMessages);
  return (
    <fieldset className="sl-fieldset">
      <legend>{t('language')}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} className="sl-radio">
          <input type="radio" name="language" value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {t(`language.${choice}`)}
        </label>
      ))}
    </fieldset>
  );
}
