import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { crmError, type CrmResult } from '../../lib/crm/errors';
import type { Note } from '../../lib/store/note-schema';
import { fakeNotesApi, type FakeNotesApi } from '../../test/support/fake-notes-api';
import { noteFixture } from '../../test/support/store-fixtures';
import { I18nProvider } from '../i18n/i18n-context';
import { NotesSection } from './notes-section';

const ACCOUNT = 'salesforce:org:001A';

function renderSection(api: FakeNotesApi, share?: (note: Note) => Promise<CrmResult<Note>>, locale: 'en' | 'ko' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider locale={locale}>
        <NotesSection accountKey={ACCOUNT} accountName="Acme" sourceUrl="https://acme.my.salesforce.com/001A" api={api} share={share} />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

const list = () => screen.getByRole('list', { name: 'Notes on this account' });
const shownBodies = () =>
  within(list())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.sl-note-body')?.textContent);

const seeded = () =>
  fakeNotesApi([
    noteFixture({
      id: 'bug',
      accountKey: ACCOUNT,
      body: 'Export to CSV fails on large reports',
      category: 'bug',
      createdAt: '2026-11-20T09:00:00.000Z',
    }),
    noteFixture({
      id: 'praise',
      accountKey: ACCOUNT,
      body: 'Loves the new dashboard',
      category: 'praise',
      createdAt: '2026-11-21T09:00:00.000Z',
    }),
    noteFixture({ id: 'plain', accountKey: ACCOUNT, body: 'QBR moved to December', createdAt: '2026-11-19T09:00:00.000Z' }),
    noteFixture({ id: 'other', accountKey: 'salesforce:org:001B', body: 'Another account’s note' }),
  ]);

describe('NotesSection', () => {
  it('writes a VOC note: the editor opens, saves, closes, and the note is listed', async () => {
    const api = fakeNotesApi();
    renderSection(api);
    expect(await screen.findByText('No notes for this account yet.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'New note' }));
    const editor = screen.getByRole('form', { name: 'Write a note' });
    await userEvent.type(within(editor).getByRole('textbox', { name: 'Note' }), 'Wants SSO for contractors');
    await userEvent.selectOptions(within(editor).getByRole('combobox', { name: 'VOC category' }), 'feature-request');
    await userEvent.type(within(editor).getByRole('combobox', { name: 'Tags (comma-separated)' }), 'sso, security');
    await userEvent.click(within(editor).getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(shownBodies()).toEqual(['Wants SSO for contractors']));
    expect(screen.queryByRole('form', { name: 'Write a note' })).toBeNull();
    expect(within(list()).getByText(/Feature request → product · #sso #security/)).toBeTruthy();
    expect(api.notes[0]).toMatchObject({
      accountKey: ACCOUNT,
      accountName: 'Acme',
      category: 'feature-request',
      tags: ['sso', 'security'],
    });
  });

  it('refuses an empty note and says so, keeping the editor open', async () => {
    renderSection(fakeNotesApi());
    await userEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(screen.getByRole('alert').textContent).toBe('Write something first.');
    expect(screen.getByRole('form', { name: 'Write a note' })).toBeTruthy();
  });

  it('starts a note with N from anywhere outside a field', async () => {
    renderSection(fakeNotesApi());
    await screen.findByText('No notes for this account yet.');
    await userEvent.keyboard('n');
    expect(screen.getByRole('form', { name: 'Write a note' })).toBeTruthy();
  });

  it('brings back a draft left by a reload', async () => {
    const api = fakeNotesApi();
    api.drafts.set(ACCOUNT, {
      accountKey: ACCOUNT,
      accountName: 'Acme',
      body: 'Half-written thought',
      category: null,
      tags: [],
      sentiment: null,
      quote: null,
      sourceUrl: null,
      noteId: null,
      savedAt: '2026-11-22T11:00:00.000Z',
    });
    renderSection(api);
    const editor = await screen.findByRole('form', { name: 'Write a note' });
    expect((within(editor).getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('Half-written thought');
  });

  it('filters by VOC category and by search text, and says when nothing matches', async () => {
    renderSection(seeded());
    await waitFor(() =>
      expect(shownBodies()).toEqual(['Loves the new dashboard', 'Export to CSV fails on large reports', 'QBR moved to December']),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'bug');
    await waitFor(() => expect(shownBodies()).toEqual(['Export to CSV fails on large reports']));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'all');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search notes' }), 'qbr');
    await waitFor(() => expect(shownBodies()).toEqual(['QBR moved to December']));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search notes' }), ' nothing');
    expect(await screen.findByText('No note matches.')).toBeTruthy();
  });

  it('deletes a note and undoes the delete', async () => {
    const api = seeded();
    renderSection(api);
    await waitFor(() => expect(shownBodies()).toHaveLength(3));
    const praise = within(list()).getAllByRole('listitem')[0]!;
    await userEvent.click(within(praise).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(shownBodies()).toEqual(['Export to CSV fails on large reports', 'QBR moved to December']));
    const banner = screen.getByRole('status', { name: '' });
    expect(banner.textContent).toContain('Note deleted.');
    await userEvent.click(within(banner).getByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(shownBodies()).toEqual(['Loves the new dashboard', 'Export to CSV fails on large reports', 'QBR moved to December']),
    );
    expect(screen.queryByText('Note deleted.')).toBeNull();
    expect(api.notes.find((n) => n.id === 'praise')?.deletedAt).toBeNull();
  });

  it('edits a note in place', async () => {
    const api = seeded();
    renderSection(api);
    await waitFor(() => expect(shownBodies()).toHaveLength(3));
    await userEvent.click(within(within(list()).getAllByRole('listitem')[2]!).getByRole('button', { name: 'Edit' }));
    const body = within(screen.getByRole('form', { name: 'Write a note' })).getByRole('textbox', { name: 'Note' });
    await userEvent.clear(body);
    await userEvent.type(body, 'QBR moved to January');
    await userEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(shownBodies()).toContain('QBR moved to January'));
    expect(api.notes.filter((n) => n.accountKey === ACCOUNT)).toHaveLength(3);
  });

  it('offers sharing to the CRM only where the connection can', async () => {
    const share = vi.fn(async (note: Note) => ({ ok: true as const, value: note }));
    renderSection(seeded(), share);
    await waitFor(() => expect(shownBodies()).toHaveLength(3));
    const item = within(list()).getAllByRole('listitem')[0]!;
    const save = within(item).getByRole('button', { name: 'Save to CRM' });
    await userEvent.click(save);
    // Nothing leaves before the CSM confirms; Escape backs out and the focus goes back.
    const question = within(item).getByRole('group', {
      name: 'Save this note to the CRM? Everyone who can see the account there will read it.',
    });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Yes, save to CRM' }));
    await userEvent.keyboard('{Escape}');
    expect(within(item).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(save);
    await userEvent.click(save);
    await userEvent.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(save);
    expect(share).not.toHaveBeenCalled();
    await userEvent.click(save);
    await userEvent.dblClick(within(item).getByRole('button', { name: 'Yes, save to CRM' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Shared in the CRM'));
    expect(share).toHaveBeenCalledTimes(1);
    expect(share).toHaveBeenCalledWith(expect.objectContaining({ id: 'praise' }));
  });

  it('keeps the note and the focus on the button when the CRM refuses it', async () => {
    const share = vi.fn(async () => ({ ok: false as const, error: crmError('rate-limited', 'REQUEST_LIMIT_EXCEEDED') }));
    renderSection(seeded(), share);
    await waitFor(() => expect(shownBodies()).toHaveLength(3));
    const item = within(list()).getAllByRole('listitem')[0]!;
    await userEvent.click(within(item).getByRole('button', { name: 'Save to CRM' }));
    await userEvent.click(within(item).getByRole('button', { name: 'Yes, save to CRM' }));
    expect(await within(item).findByRole('alert')).toBeTruthy();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Save to CRM' }));
  });

  it('speaks Korean', async () => {
    renderSection(fakeNotesApi(), undefined, 'ko');
    expect(await screen.findByRole('button', { name: '새 노트' })).toBeTruthy();
  });
});

describe('NotesSection without a share connection', () => {
  it('shows no share button', async () => {
    renderSection(seeded());
    await waitFor(() => expect(shownBodies()).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Save to CRM' })).toBeNull();
  });
});
