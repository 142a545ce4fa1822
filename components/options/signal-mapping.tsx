import type { FieldSuggestion, Signal } from '../../lib/crm/field-suggestions';
import { useFormat, useT } from '../i18n/i18n-context';
import { mappingMessages } from './mapping-messages';

export interface SignalRow {
  signal: Signal;
  /** The field mapped now ('' when none). */
  mapped: string;
  suggestions: FieldSuggestion[];
}

/**
 * Guided mapping: per signal, the org's fields that fit, best first, each with what it holds on
 * the account viewed last; one click maps one. The coverage line says what the scorecard can reach.
 */
export function SignalMapping({
  accountName,
  rows,
  coverage,
  onMap,
}: {
  accountName: string;
  rows: readonly SignalRow[];
  /** 0–1: the share of the scorecard's weight that has a source with these mappings. */
  coverage: number;
  onMap: (signal: Signal, field: string) => void;
}) {
  const t = useT(mappingMessages);
  const format = useFormat();
  const show = (value: unknown) =>
    value === undefined
      ? null
      : value === null || value === ''
        ? t('empty')
        : t('holds', { value: typeof value === 'number' ? format.number(value) : String(value) });
  return (
    <div className="sl-signal-mapping">
      <p>{t('help', { account: accountName })}</p>
      <p role="status" data-testid="mapping-coverage">
        {t('coverage', { coverage: format.percent(coverage) })}
      </p>
      <ul className="sl-signal-list">
        {rows.map(({ signal, mapped, suggestions }) => {
          const name = t(`signal.${signal}`);
          return (
            <li key={signal} aria-label={name} data-testid={`signal-${signal}`}>
              <strong>{name}</strong> <span>{mapped ? t('mapped', { field: mapped }) : t('notMapped')}</span>
              {mapped ? (
                <button type="button" onClick={() => onMap(signal, '')} aria-label={t('clearDescribed', { signal: name })}>
                  {t('clear')}
                </button>
              ) : null}
              {suggestions.length === 0 ? (
                <p className="sl-hint">{t('none')}</p>
              ) : (
                <ul>
                  {suggestions.map(({ field, value }) => (
                    <li key={field.name}>
                      <button
                        type="button"
                        disabled={field.name === mapped}
                        aria-label={t('useDescribed', { signal: name, label: field.label, name: field.name })}
                        onClick={() => onMap(signal, field.name)}
                      >
                        {t('use', { label: field.label })}
                      </button>{' '}
                      <code>{field.name}</code> {show(value)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Picklist settings as the org's own values, ticked when chosen. */
export function PicklistChoices({
  lists,
  onToggle,
}: {
  lists: ReadonlyArray<{
    key: 'renewalOpportunityTypes' | 'churnedAccountTypes' | 'urgentCasePriorities' | 'renewalRecordTypeNames';
    values: string[];
    chosen: readonly string[];
  }>;
  onToggle: (key: string, value: string, on: boolean) => void;
}) {
  const t = useT(mappingMessages);
  return (
    <div className="sl-picklists">
      <h3>{t('picklists')}</h3>
      <p>{t('picklistsHelp')}</p>
      {lists
        .filter((l) => l.values.length > 0)
        .map((l) => (
          <fieldset key={l.key}>
            <legend>{t(`list.${l.key}`)}</legend>
            {l.values.map((v) => (
              <label key={v} className="sl-check">
                <input
                  type="checkbox"
                  checked={l.chosen.some((c) => c.trim().toLowerCase() === v.toLowerCase())}
                  onChange={(e) => onToggle(l.key, v, e.target.checked)}
                />{' '}
                {v}
              </label>
            ))}
          </fieldset>
        ))}
    </div>
  );
}
