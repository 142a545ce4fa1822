import { useT } from '../i18n/i18n-context';
import { importMessages } from './import-messages';

/** A link to the import page (the options page and the book). */
export function ImportLink({ href }: { href: string }) {
  const t = useT(importMessages);
  return (
    <p>
      <a href={href} target="_blank" rel="noreferrer">
        {t('linkText')}
      </a>
    </p>
  );
}
