import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import { OverrideForm, type OverrideDraft } from './override-form';

function Harness() {
  const [current, setCurrent] = useState<OverrideDraft | null>(null);
  return (
    <I18nProvider locale="en">
      <OverrideForm current={current} defaultExpiry="2026-12-31" onSave={setCurrent} onClear={() => setCurrent(null)} />
    </I18nProvider>
  );
}

describe('the override form by keyboard', () => {
  it('keeps the focus on a sensible control after opening, Escape, saving and clearing', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Override the score' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Your score (0–100)'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Override the score' }));

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('35');
    await userEvent.type(screen.getByLabelText('Reason'), 'Sponsor unhappy{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change the override' }));

    await userEvent.click(screen.getByRole('button', { name: 'Remove the override' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Override the score' }));
  });
});
