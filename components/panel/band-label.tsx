import type { Band } from '../../lib/metrics/health';
import { useT } from '../i18n/i18n-context';
import { sectionMessages } from './sections-messages';

export const BAND_ICON: Record<Band, string> = { 'at-risk': '▼', 'needs-attention': '●', healthy: '▲' };

/** A band as colour, icon and words together: a colour never stands alone. */
export function BandLabel({ band, testId }: { band: Band; testId?: string }) {
  const t = useT(sectionMessages);
  return (
    <span className={`sl-band sl-band-${band}`} data-testid={testId}>
      <span aria-hidden="true">{BAND_ICON[band]}</span> {t(`band.${band}`)}
    </span>
  );
}
