// Transitional: settings storage moved to lib/browser/stored-settings.ts (lib/settings is pure).
// Kept (and exempted in eslint.config.js) until entrypoints/options and entrypoints/panel import
// from there; then delete this file and its exemption.
export { metricsSettings, salesforceSettings } from '../browser/stored-settings';
