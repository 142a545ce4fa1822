// Transitional: the schema is in ./override-schema.ts, the storage item in
// lib/browser/stored-settings.ts (lib/settings is pure). Kept, and exempted in eslint.config.js,
// until entrypoints/panel imports from those; then delete this file and its exemption.
export { OverrideSchema, parseHealthOverrides, type StoredOverride } from './override-schema';
export { healthOverrides } from '../browser/stored-settings';
