import { useFormat } from '../i18n/i18n-context';

/**
 * Money the way a panel has room for ($250K, ₩9,600만), with the full amount on hover and on
 * focus, and always for screen readers.
 */
export function Money({ amount, currency, testId }: { amount: number; currency: string; testId?: string }) {
  const format = useFormat();
  const full = format.money(amount, currency);
  return (
    <span className="sl-money" tabIndex={0} title={full} data-full={full} data-testid={testId}>
      <span aria-hidden="true">{format.money(amount, currency, true)}</span>
      <span className="sl-visually-hidden">{full}</span>
    </span>
  );
}
