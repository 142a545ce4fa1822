import '../../lib/zod-jitless'; // first: before any zod schema is made
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { useT } from '../../components/i18n/i18n-context';
import { mountPage } from '../../components/mount-page';
import { ImportLink } from '../../components/import/import-link';
import { DeleteLocalData } from '../../components/options/delete-local-data';
import { LanguagePicker } from '../../components/options/language-picker';
import { optionsMessages } from '../../components/options/options-messages';
import { HubSpotConnection, type HubSpotConnections } from '../../components/options/hubspot-connection';
import { hubspotMappingFields, hubspotMessages } from '../../components/options/hubspot-messages';
import { SalesforceConnection } from '../../components/options/salesforce-connection';
import { SalesforceSignIn, type SalesforceSignIns } from '../../components/options/salesforce-sign-in';
import { salesforceMappingFields, scorecardFields } from '../../components/options/settings-fields';
import { SettingsForm } from '../../components/options/settings-form';
import { bookSettings, connectorSettings, localeChoice, metricsSettings } from '../../lib/browser/stored-keys';
import { notificationPermission } from '../../lib/browser/notification-permission';
import { hubspotProfile } from '../../lib/crm/hubspot/profile';
import { salesforceProfile } from '../../lib/crm/salesforce/profile';
import { HubSpotSettingsSchema } from '../../lib/crm/hubspot/settings';
import { bookListsClient } from '../../lib/messages/book-lists-client';
import { crmClient } from '../../lib/messages/crm-client';
import { importPageUrl } from '../../lib/messages/imports-client';
import { countLocalDataViaBackground, deleteAllLocalDataViaBackground } from '../../lib/messages/local-data-client';
import { MetricsSettingsSchema } from '../../lib/settings/metrics-settings';
import { SalesforceSettingsSchema } from '../../lib/settings/salesforce-settings';
import { OrgSignals } from './org-signals';
import { BookSettingsSection } from '../../components/book/book-settings';
import { bookQuery } from '../../components/book/book-query';
import { useQuery } from '@tanstack/react-query';

const checkSalesforce = async (pageHost: string) => {
  const answer = await crmClient.checkConnection('salesforce', pageHost);
  return answer.ok ? { ok: true as const, value: { apiHost: answer.value.apiHost, orgId: answer.value.source } } : answer;
};

const salesforceSignIns: SalesforceSignIns = {
  redirectUri: browser.identity.getRedirectURL(),
  signIn: (host, consumerKey) => crmClient.signIn('salesforce', host, consumerKey),
  signOut: (orgId) => crmClient.disconnect('salesforce', orgId),
  list: () => crmClient.connections('salesforce'),
};

const salesforceSettings = connectorSettings(salesforceProfile);
const hubspotSettings = connectorSettings(hubspotProfile);
const hubspot: HubSpotConnections = {
  connect: (token) => crmClient.connect('hubspot', token),
  disconnect: (portalId) => crmClient.disconnect('hubspot', portalId),
  list: () => crmClient.connections('hubspot'),
};

function Options() {
  const t = useT(optionsMessages);
  const [choice, setChoice] = useStoredValue(localeChoice);
  const [sf] = useStoredValue(salesforceSettings);
  const [metrics] = useStoredValue(metricsSettings);
  const sfFields = useMemo(() => salesforceMappingFields(t), [t]);
  const metricFields = useMemo(() => scorecardFields(t), [t]);
  const hsT = useT(hubspotMessages);
  const [hs] = useStoredValue(hubspotSettings);
  const hsFields = useMemo(() => hubspotMappingFields(hsT), [hsT]);
  const [book, setBook] = useStoredValue(bookSettings);
  const bookView = useQuery(bookQuery());
  return (
    <main aria-label="Success Lens" className="sl-options">
      <h1>{t('title')}</h1>
      <LanguagePicker value={choice ?? 'auto'} onChange={setChoice} />
      <ImportLink href={importPageUrl()} />
      <h2 className="sl-options-group">{t('connections')}</h2>
      <SalesforceConnection check={checkSalesforce} />
      <SalesforceSignIn client={salesforceSignIns} />
      <HubSpotConnection client={hubspot} focus={location.hash === '#hubspot'} />
      {sf && metrics ? <OrgSignals sf={sf} metrics={metrics} focus={location.hash === '#mappings'} /> : null}
      {book ? (
        <BookSettingsSection
          value={book}
          budget={bookView.data?.budget ?? null}
          bookUrl={browser.runtime.getURL('/book.html')}
          notifications={notificationPermission}
          lists={bookListsClient}
          onChange={setBook}
        />
      ) : null}
      {sf ? (
        <SettingsForm
          title={t('mappings')}
          schema={SalesforceSettingsSchema}
          value={sf}
          fields={sfFields}
          onSave={(next) => salesforceSettings.set(next)}
        >
          <p>{t('mappingsHelp')}</p>
        </SettingsForm>
      ) : null}
      {hs ? (
        <SettingsForm
          title={hsT('mappings')}
          schema={HubSpotSettingsSchema}
          value={hs}
          fields={hsFields}
          onSave={(next) => hubspotSettings.set(next)}
        >
          <p>{hsT('mappingsHelp')}</p>
        </SettingsForm>
      ) : null}
      {metrics ? (
        <SettingsForm
          title={t('scorecard')}
          schema={MetricsSettingsSchema}
          value={metrics}
          fields={metricFields}
          onSave={(next) => metricsSettings.set(next)}
        >
          <p>{t('scorecardHelp')}</p>
        </SettingsForm>
      ) : null}
      <DeleteLocalData count={countLocalDataViaBackground} remove={deleteAllLocalDataViaBackground} />
    </main>
  );
}

mountPage(<Options />);
