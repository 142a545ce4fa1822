import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useT } from '../../components/i18n/i18n-context';
import { mappingMessages } from '../../components/options/mapping-messages';
import { PicklistChoices, SignalMapping } from '../../components/options/signal-mapping';
import { useCrmErrorText } from '../../components/panel/use-crm-error-text';
import { connectorSettings, lastAccount, lastRecord } from '../../lib/browser/stored-keys';
import { reachableCoverage, suggestFields } from '../../lib/crm/field-suggestions';
import { salesforceProfile } from '../../lib/crm/salesforce/profile';
import { measuresWithSource, picklistChoices, SALESFORCE_SIGNALS } from '../../lib/crm/salesforce/signals';
import type { MetricsSettings } from '../../lib/settings/metrics-settings';
import type { SalesforceSettings } from '../../lib/settings/salesforce-settings';
import { crmSchemaQuery } from './queries';

const salesforceSettings = connectorSettings(salesforceProfile);

type ListKey = 'renewalOpportunityTypes' | 'churnedAccountTypes' | 'urgentCasePriorities' | 'renewalRecordTypeNames';

/**
 * The guided mapping of the org behind the record the panel showed last (read through the
 * background). `focus`: the page was opened at it (the panel's "Set up signals").
 */
export function OrgSignals({ sf, metrics, focus = false }: { sf: SalesforceSettings; metrics: MetricsSettings; focus?: boolean }) {
  const t = useT(mappingMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focus]);
  const errorText = useCrmErrorText('salesforce');
  const [record] = useStoredValue(lastRecord);
  const [account] = useStoredValue(lastAccount);
  const ref = record?.crm === 'salesforce' ? record : null;
  const answer = useQuery(crmSchemaQuery(ref));

  let body;
  if (!ref) body = <p>{t('noRecord')}</p>;
  else if (!answer.data) body = <p role="status">{t('loading')}</p>;
  else if (!answer.data.ok)
    body = <p className="sl-error">{`${errorText(answer.data.error).message} ${errorText(answer.data.error).nextStep}`}</p>;
  else {
    const { schema, accountValues } = answer.data.value;
    const rows = SALESFORCE_SIGNALS.map(({ signal, object }) => ({
      signal,
      mapped: sf.fields[signal],
      suggestions: suggestFields(schema, object, signal, object === 'Account' ? accountValues : null),
    }));
    const choices = picklistChoices(schema);
    const lists = (Object.keys(choices) as ListKey[]).map((key) => ({ key, values: choices[key], chosen: sf[key] }));
    body = (
      <>
        <SignalMapping
          accountName={account?.accountName ?? ''}
          rows={rows}
          coverage={reachableCoverage(metrics.weights, measuresWithSource(sf.fields, schema))}
          onMap={(signal, field) => void salesforceSettings.set({ ...sf, fields: { ...sf.fields, [signal]: field } })}
        />
        <PicklistChoices
          lists={lists}
          onToggle={(key, value, on) => {
            const list = sf[key as ListKey];
            const next = on ? [...list, value] : list.filter((v) => v.trim().toLowerCase() !== value.toLowerCase());
            void salesforceSettings.set({ ...sf, [key]: next });
          }}
        />
      </>
    );
  }
  return (
    <section className="sl-settings-form" id="mappings" aria-labelledby="signals-title">
      <h2 id="signals-title" ref={heading} tabIndex={-1}>
        {t('title')}
      </h2>
      {body}
    </section>
  );
}
