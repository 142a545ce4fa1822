import { storedValue } from '../browser/local-storage-item';
import { parseMetricsSettings } from './metrics-settings';
import { parsePlanSettings } from './plan-settings';
import { parseSalesforceSettings } from './salesforce-settings';

/** Settings live in browser.storage.local, one key per area, parsed with defaults on read. */
export const salesforceSettings = storedValue('settings.salesforce', parseSalesforceSettings);

export const metricsSettings = storedValue('settings.metrics', parseMetricsSettings);

export const planSettings = storedValue('settings.plan', parsePlanSettings);
