import { parseHealthOverrides } from '../settings/override-schema';
import { parseMetricsSettings } from '../settings/metrics-settings';
import { parsePlanSettings } from '../settings/plan-settings';
import { parseSalesforceSettings } from '../settings/salesforce-settings';
import { storedValue } from './local-storage-item';

// The settings' storage half: browser.storage.local, one key per area, parsed with defaults on
// read. The schemas and parsers are pure and stay in lib/settings.

export const salesforceSettings = storedValue('settings.salesforce', parseSalesforceSettings);

export const metricsSettings = storedValue('settings.metrics', parseMetricsSettings);

/** The CSM's health overrides by account key. */
export const healthOverrides = storedValue('health.overrides', parseHealthOverrides);

/** How QBR quarters are counted (account plans). */
export const planSettings = storedValue('settings.plan', parsePlanSettings);
