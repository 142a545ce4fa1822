import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { salesforceConnector } from '../crm/salesforce/connector';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings';
import { DEFAULT_PLAN_SETTINGS } from '../settings/plan-settings';
import { DEFAULT_SALESFORCE_SETTINGS } from '../settings/salesforce-settings';
import {
  connectorSettings,
  healthOverride,
  importMappings,
  lastAccount,
  lastRecord,
  lastVisit,
  localeChoice,
  metricsSettings,
  migrateStoredKeys,
  notesChanged,
  panelCollapsed,
  panelWidth,
  planSettings,
} from './stored-keys';

const raw = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);
const RECORD = { crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: '001000000000001AAA' } as const;

describe('stored keys', () => {
  it('reads the defaults on a fresh install', async () => {
    expect(await metricsSettings.get()).toEqual(DEFAULT_METRICS_SETTINGS);
    expect(await planSettings.get()).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(await connectorSettings(salesforceConnector).get()).toEqual(DEFAULT_SALESFORCE_SETTINGS);
    expect(await localeChoice.get()).toBe('auto');
    expect(await panelCollapsed.get()).toBe(false);
    expect(await panelWidth.get()).toBe(380);
    expect(await lastAccount.get()).toBeNull();
    expect(await lastRecord.get()).toBeNull();
    expect(await importMappings.get()).toEqual({});
    expect(await notesChanged.get()).toBeNull();
  });

  it('reads a damaged or hand-edited value as the default instead of failing the page', async () => {
    await raw({
      'settings.metrics': 'not settings',
      'settings.plan': { quarterBasis: 'fiscal' },
      'settings.salesforce': 42,
      'ui.locale': 'fr',
      'ui.panelCollapsed': 'yes',
      'ui.panelWidth': 5000,
      'ui.lastAccount': { accountKey: 7 },
      'ui.lastRecord': { crm: 'salesforce', host: 'x', objectType: 'Account', recordId: 'short' },
      importMappings: [1, 2],
      'notes.changed': 'soon',
    });
    expect(await metricsSettings.get()).toEqual(DEFAULT_METRICS_SETTINGS);
    expect(await planSettings.get()).toEqual(DEFAULT_PLAN_SETTINGS);
    expect(await connectorSettings(salesforceConnector).get()).toEqual(DEFAULT_SALESFORCE_SETTINGS);
    expect(await localeChoice.get()).toBe('auto');
    expect(await panelCollapsed.get()).toBe(false);
    expect(await panelWidth.get()).toBe(720);
    expect(await lastAccount.get()).toBeNull();
    expect(await lastRecord.get()).toBeNull();
    expect(await importMappings.get()).toEqual({});
    expect(await notesChanged.get()).toBeNull();
  });

  it('reads what an earlier version stored, without a version mark, as it is', async () => {
    const metrics = { ...DEFAULT_METRICS_SETTINGS, weights: { ...DEFAULT_METRICS_SETTINGS.weights, usage: 40 } };
    const mapping = { kind: 'usage', mapping: { account: 0, activeUsers: 2 } };
    await raw({
      'settings.metrics': metrics,
      'settings.plan': { quarterBasis: 'calendar' },
      'ui.locale': 'ko',
      'ui.panelCollapsed': true,
      'ui.panelWidth': 500,
      'ui.lastAccount': { accountKey: 'salesforce:00D:001', accountName: 'Acme' },
      'ui.lastRecord': RECORD,
      importMappings: { 'account|active users': mapping },
    });
    expect(await metricsSettings.get()).toEqual(metrics);
    expect(await planSettings.get()).toEqual({ quarterBasis: 'calendar' });
    expect(await localeChoice.get()).toBe('ko');
    expect(await panelCollapsed.get()).toBe(true);
    expect(await panelWidth.get()).toBe(500);
    expect(await lastAccount.get()).toEqual({ accountKey: 'salesforce:00D:001', accountName: 'Acme' });
    expect(await lastRecord.get()).toEqual(RECORD);
    expect(await importMappings.get()).toEqual({ 'account|active users': mapping });
  });

  it('writes the same shape it reads, under the same key', async () => {
    await localeChoice.set('ko');
    await lastRecord.set(RECORD);
    expect(await fakeBrowser.storage.local.get(['ui.locale', 'ui.lastRecord'])).toEqual({ 'ui.locale': 'ko', 'ui.lastRecord': RECORD });
  });

  it('tells a watching page of a change made elsewhere, parsed like a read', async () => {
    const seen: unknown[] = [];
    const stop = localeChoice.watch((value) => seen.push(value));
    await raw({ 'ui.locale': 'ko' });
    await raw({ 'ui.locale': 'klingon' });
    stop();
    await raw({ 'ui.locale': 'en' });
    expect(seen).toEqual(['ko', 'auto']);
  });
});

const override = (score: number) => ({ score, reason: 'Exec sponsor left', expiresAt: '2026-12-27', setAt: '2026-11-27T09:00:00.000Z' });
const ACME = 'salesforce:00D000000000001EAA:001000000000001AAA';
const GLOBEX = 'hubspot:123:456';

describe('health overrides', () => {
  it('keeps both when two tabs override two accounts at the same moment', async () => {
    await Promise.all([healthOverride(ACME).set(override(30)), healthOverride(GLOBEX).set(override(80))]);
    expect(await healthOverride(ACME).get()).toEqual(override(30));
    expect(await healthOverride(GLOBEX).get()).toEqual(override(80));
    await Promise.all([healthOverride(ACME).set(null), healthOverride(GLOBEX).set(override(85))]);
    expect(await healthOverride(ACME).get()).toBeNull();
    expect(await healthOverride(GLOBEX).get()).toEqual(override(85));
  });

  it('keeps each account’s last visit under its own key, and reads a damaged one as no visit', async () => {
    const visit = { at: '2026-11-27T09:00:00.000Z', score: 72, band: 'needs-attention' as const, tickets: null, nps: null };
    await lastVisit(ACME).set(visit);
    await raw({ [`visit.last/${GLOBEX}`]: { at: 'yesterday' } });
    expect(await fakeBrowser.storage.local.get(`visit.last/${ACME}`)).toEqual({ [`visit.last/${ACME}`]: visit });
    expect(await lastVisit(ACME).get()).toEqual(visit);
    expect(await lastVisit(GLOBEX).get()).toBeNull();
  });

  it('reads no override for an account that has none, or whose stored one is damaged', async () => {
    await raw({ [`health.override/${GLOBEX}`]: { score: 'high' } });
    expect(await healthOverride(ACME).get()).toBeNull();
    expect(await healthOverride(GLOBEX).get()).toBeNull();
  });

  it('moves the overrides an earlier version kept in one object to a key per account', async () => {
    await raw({ 'health.overrides': { [ACME]: override(30), [GLOBEX]: override(80), broken: { score: 500 } } });
    await migrateStoredKeys();
    expect(await healthOverride(ACME).get()).toEqual(override(30));
    expect(await healthOverride(GLOBEX).get()).toEqual(override(80));
    expect(await healthOverride('broken').get()).toBeNull();
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).sort()).toEqual([`health.override/${ACME}`, `health.override/${GLOBEX}`].sort());
  });

  it('keeps an override set after the old object was written when both exist', async () => {
    await raw({ 'health.overrides': { [ACME]: override(30) }, [`health.override/${ACME}`]: override(60) });
    await migrateStoredKeys();
    expect(await healthOverride(ACME).get()).toEqual(override(60));
  });

  it('does nothing on a fresh install and nothing twice', async () => {
    await migrateStoredKeys();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await raw({ 'health.overrides': { [ACME]: override(30) } });
    await migrateStoredKeys();
    await healthOverride(ACME).set(null);
    await migrateStoredKeys();
    expect(await healthOverride(ACME).get()).toBeNull();
  });
});
