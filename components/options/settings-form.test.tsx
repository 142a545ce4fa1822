import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_METRICS_SETTINGS, MetricsSettingsSchema } from '../../lib/settings/metrics-settings';
import { I18nProvider } from '../i18n/i18n-context';
import { SettingsForm } from './settings-form';

const fields = [
  { path: ['weights', 'usage'], kind: 'number', label: 'Weight: usage' },
  { path: ['slaDays', 'high'], kind: 'number', label: 'SLA days: high' },
] as const;

function renderForm(onSave = vi.fn(async () => undefined)) {
  render(
    <I18nProvider locale="en">
      <SettingsForm
        title="Health scorecard"
        schema={MetricsSettingsSchema}
        value={DEFAULT_METRICS_SETTINGS}
        fields={fields}
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
    const onSave = vi.fn(async () => undefined);
    render(
      <I18nProvider locale="en">
        <SettingsForm
          title="Health scorecard"
          schema={MetricsSettingsSchema}
          value={DEFAULT_METRICS_SETTINGS}
          fields={[{ path: ['milestones', '1', 'offsetDays'], kind: 'number', label: 'QBR: days before renewal' }]}
          onSave={onSave}
        />
      </I18nProvider>,
    );
    const qbr = screen.getByLabelText('QBR: days before renewal');
    await userEvent.clear(qbr);
    await userEvent.type(qbr, '75');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const saved = (onSave.mock.calls[0] as unknown as [typeof DEFAULT_METRICS_SETTINGS])[0];
    expect(Array.isArray(saved.milestones)).toBe(true);
    expect(saved.milestones[1]).toEqual({ id: 'qbr', offsetDays: 75 });
  });
});
