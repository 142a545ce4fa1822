import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { NoteInput } from '../../lib/store/note-schema';
import { I18nProvider } from '../i18n/i18n-context';
import { CaptureForm } from './capture-form';

const ACME = { accountKey: 'salesforce:00D:001', accountName: 'Acme' };
const draft: NoteInput = { ...ACME, body: '', category: null, tags: [], sentiment: null, quote: 'Too expensive to renew', sourceUrl: null };

function renderForm(onSave: (input: NoteInput) => Promise<string>, locale: 'en' | 'ko' = 'en') {
  render(
    <I18nProvider locale={locale}>
      <CaptureForm draft={draft} accounts={[ACME]} onSave={onSave} />
    </I18nProvider>,
  );
}

const descriptionOf = (element: HTMLElement) => document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent;

describe('the VOC capture form', () => {
  it('chooses no category for the CSM, and the Save button says what is missing', async () => {
    renderForm(async () => 'saved');
    expect((screen.getByRole('combobox', { name: 'Category' }) as HTMLSelectElement).value).toBe('');
    const save = screen.getByRole('button', { name: 'Save VOC' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(descriptionOf(save)).toBe('To save, choose a category.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Account' }), '');
    expect(descriptionOf(save)).toBe('To save, choose the account and a category.');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Account' }), ACME.accountKey);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'pricing');
    expect(save.disabled).toBe(false);
    expect(save.getAttribute('aria-describedby')).toBeNull();
  });

  it('saves once on a double click and on Enter pressed twice', async () => {
    const saved: NoteInput[] = [];
    let finish: (value: string) => void = () => {};
    renderForm((input) => {
      saved.push(input);
      return new Promise((resolve) => (finish = resolve));
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'pricing');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Save VOC' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags (comma-separated)' }), '{Enter}{Enter}');
    finish('saved');
    expect(await screen.findByText('Saved to Acme.')).toBeTruthy();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ category: 'pricing', quote: 'Too expensive to renew', accountKey: ACME.accountKey });
    await userEvent.type(screen.getByRole('textbox', { name: 'Tags (comma-separated)' }), '{Enter}');
    expect(saved).toHaveLength(1);
  });

  it('lets the CSM try again after a failed save, keeping what they chose', async () => {
    let calls = 0;
    renderForm(async () => (++calls === 1 ? 'The VOC could not be saved (failed). The capture is kept: try again.' : 'saved'));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'bug');
    await userEvent.click(screen.getByRole('button', { name: 'Save VOC' }));
    expect(await screen.findByText(/could not be saved/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save VOC' }));
    expect(await screen.findByText('Saved to Acme.')).toBeTruthy();
    expect(calls).toBe(2);
  });

  it('says what is missing in Korean', () => {
    renderForm(async () => 'saved', 'ko');
    expect(descriptionOf(screen.getByRole('button', { name: 'VOC 저장' }))).toBe('저장하려면 분류를 고르세요.');
  });
});
