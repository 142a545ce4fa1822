import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_METRICS_SETTINGS, MetricsSettingsSchema } from '../../lib/settings/metrics-settings';
import { DEFAULT_SALESFORCE_SETTINGS, SalesforceSettingsSchema } from '../../lib/settings/salesforce-settings';
import { optionsMessages } from './options-messages';
import { salesforceMappingFields, scorecardFields } from './settings-fields';
import { translator } from '../../lib/i18n/translate';
import { I18nProvider } from '../i18n/i18n-context';
import { SettingsForm } from './settings-form';

const fields = [
  { path: ['weights', 'usage'], kind: 'number', label: 'Weight: usage' },
  { path: ['slaDays', 'high'], kind: 'number', label: 'SLA days: high' },
] as const;

/** The scorecard section with `shown` fields (two by default); answers its save function. */
function renderForm(onSave = vi.fn(async () => undefined), shown: Parameters<typeof SettingsForm>[0]['fields'] = fields) {
  render(
    <I18nProvider locale="en">
      <SettingsForm
        title="Health scorecard"
        schema={MetricsSettingsSchema}
        value={DEFAULT_METRICS_SETTINGS}
        fields={shown}
        onSave={onSave}
      />
    </I18nProvider>,
  );
  return onSave;
}

describe('a settings section', () => {
  it('saves the whole section when every field is valid', async () => {
    const onSave = renderForm();
    const usage = screen.getByLabelText('Weight: usage');
    await userEvent.clear(usage);
    await userEvent.type(usage, '40');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_METRICS_SETTINGS, weights: { ...DEFAULT_METRICS_SETTINGS.weights, usage: 40 } });
    expect(screen.getByRole('status').textContent).toContain('Saved.');
  });

  it('marks an invalid field, says why, and saves nothing', async () => {
    const onSave = renderForm();
    const sla = screen.getByLabelText('SLA days: high');
    await userEvent.clear(sla);
    await userEvent.type(sla, '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(sla.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Nothing saved');
  });

  it('says so when the browser refuses to store the settings', async () => {
    renderForm(vi.fn(async () => Promise.reject(new Error('QuotaExceededError'))));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status').textContent).toContain('Could not save');
  });
});

describe('a list inside the settings', () => {
  it('edits one milestone’s offset and keeps the list a list', async () => {
    const onSave = renderForm(undefined, [{ path: ['milestones', '1', 'offsetDays'], kind: 'number', label: 'QBR: days before renewal' }]);
    const qbr = screen.getByLabelText('QBR: days before renewal');
    await userEvent.clear(qbr);
    await userEvent.type(qbr, '75');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const saved = (onSave.mock.calls[0] as unknown as [typeof DEFAULT_METRICS_SETTINGS])[0];
    expect(Array.isArray(saved.milestones)).toBe(true);
    expect(saved.milestones[1]).toEqual({ id: 'qbr', offsetDays: 75 });
  });
});

describe('what a field needs, in people’s words', () => {
  const errorOf = (label: string) => {
    const field = screen.getByLabelText(label);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    return document.getElementById(field.getAttribute('aria-describedby')!)?.textContent;
  };
  const fill = async (label: string, text: string) => {
    const field = screen.getByLabelText(label);
    await userEvent.clear(field);
    if (text) await userEvent.type(field, text);
  };

  it('words every scorecard complaint as a sentence beside its field, never the schema’s message', async () => {
    const en = translator(optionsMessages, 'en');
    renderForm(undefined, scorecardFields(en));
    await fill(en('sla.high'), '');
    await fill(en('sla.low'), '-3');
    await fill(en('ticketWindowDays'), '2.5');
    await fill(en('bands.healthyFrom'), '40');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf(en('sla.high'))).toBe('Enter a number.');
    expect(errorOf(en('sla.low'))).toBe('Enter 0 or more.');
    expect(errorOf(en('ticketWindowDays'))).toBe('Enter a whole number, without decimals.');
    await fill(en('sla.high'), '3');
    await fill(en('sla.low'), '14');
    await fill(en('ticketWindowDays'), '90');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorOf(en('bands.healthyFrom'))).toBe('The healthy threshold must be at least the at-risk one.');
    expect(document.body.textContent).not.toMatch(/expected|received|Invalid input/);
  });

  it('edits the customer tiers by ARR, and keeps enterprise at or above mid-market', async () => {
    const en = translator(optionsMessages, 'en');
    const onSave = renderForm(undefined, scorecardFields(en));
    await fill(en('segments.midMarketFrom'), '150000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText(en('segments.enterpriseFrom')).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The enterprise threshold must be at least the mid-market one.')).toBeTruthy();
    await fill(en('segments.enterpriseFrom'), '250000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_METRICS_SETTINGS, segments: { enterpriseFrom: 250_000, midMarketFrom: 150_000 } });
  });

  it('says what a field name or currency looks like, in Korean too', async () => {
    const ko = translator(optionsMessages, 'ko');
    render(
      <I18nProvider locale="ko">
        <SettingsForm
          title="매핑"
          schema={SalesforceSettingsSchema}
          value={DEFAULT_SALESFORCE_SETTINGS}
          fields={salesforceMappingFields(ko)}
          onSave={vi.fn(async () => undefined)}
        />
      </I18nProvider>,
    );
    await fill(ko('map.arr'), 'Annual Revenue');
    await fill(ko('map.defaultCurrency'), 'dollars');
    await userEvent.click(screen.getByRole('button', { name: '저장' }));
    expect(errorOf(ko('map.arr'))).toBe('Salesforce에 표시되는 필드의 API 이름을 쓰세요 (영문자, 숫자, _ 예: ARR__c). 없으면 비워 두세요.');
    expect(errorOf(ko('map.defaultCurrency'))).toBe('USD, EUR, KRW 같은 세 글자 통화 코드를 쓰세요.');
  });
});
