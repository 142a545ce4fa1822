import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PermissionSwitch } from '../../lib/browser/notification-permission';
import type { BookList, BookSource } from '../../lib/crm/book';
import { crmError, type CrmResult } from '../../lib/crm/errors';
import type { BookListsApi } from '../../lib/messages/book-lists-client';
import type { Locale } from '../../lib/i18n/locale';
import { DEFAULT_BOOK_SETTINGS, type BookSettings } from '../../lib/settings/book-settings';
import { I18nProvider } from '../i18n/i18n-context';
import { BookSettingsSection } from './book-settings';

/** The browser's side of the permission: granted or not, and what the user answers when asked. */
function fakePermission(granted: boolean, answer: boolean) {
  const state = { granted };
  const permission: PermissionSwitch = {
    has: vi.fn(async () => state.granted),
    request: vi.fn(async () => (state.granted = answer)),
    remove: vi.fn(async () => !(state.granted = false)),
  };
  return { state, permission };
}

const ACME: BookSource = { crm: 'salesforce', host: 'acme.lightning.force.com', source: null };
const PORTAL: BookSource = { crm: 'hubspot', host: 'app.hubspot.com', source: '4400123' };
const VIEWS: BookList[] = [
  { id: '00BSa0000000001AAA', label: 'All Accounts' },
  { id: '00BSa0000000003AAA', label: 'My technology customers' },
];

/** The background's answers: the places a refresh reads, and each place's lists when asked (held until `release`). */
function fakeLists(sources: BookSource[], lists: Record<string, CrmResult<BookList[]>>) {
  const waiting: Array<() => void> = [];
  const api: Pick<BookListsApi, 'sources' | 'lists'> = {
    sources: vi.fn(async () => ({ ok: true as const, value: sources })),
    lists: vi.fn((where: BookSource) => new Promise<CrmResult<BookList[]>>((done) => waiting.push(() => done(lists[where.host]!)))),
  };
  return { api, release: () => waiting.splice(0).forEach((go) => go()) };
}
const NO_LISTS = fakeLists([], {}).api;

function Settings({
  initial,
  permission,
  saved,
  lists,
}: {
  initial: BookSettings;
  permission: PermissionSwitch;
  saved: BookSettings[];
  lists: Pick<BookListsApi, 'sources' | 'lists'>;
}) {
  const [value, setValue] = useState(initial);
  return (
    <BookSettingsSection
      value={value}
      budget={[]}
      bookUrl="book.html"
      notifications={permission}
      lists={lists}
      onChange={(next) => {
        saved.push(next);
        setValue(next);
      }}
    />
  );
}

const show = (initial: BookSettings, permission: PermissionSwitch, locale: Locale = 'en', lists = NO_LISTS) => {
  const saved: BookSettings[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nProvider locale={locale}>
        <Settings initial={initial} permission={permission} saved={saved} lists={lists} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return saved;
};
const box = (name: RegExp) => screen.getByRole('checkbox', { name });

describe('the book’s notifications setting', () => {
  it('is off by default; turning it on asks the browser, and turning it off gives the permission back', async () => {
    const { state, permission } = fakePermission(false, true);
    const saved = show(DEFAULT_BOOK_SETTINGS, permission);
    const notify = box(/Notify me when an account gets worse/);
    await waitFor(() => expect((notify as HTMLInputElement).disabled).toBe(false));
    expect((notify as HTMLInputElement).checked).toBe(false);
    fireEvent.click(notify);
    expect(permission.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect((notify as HTMLInputElement).checked).toBe(true));
    expect(saved.at(-1)).toEqual({ ...DEFAULT_BOOK_SETTINGS, notify: true });
    fireEvent.click(notify);
    await waitFor(() => expect(permission.remove).toHaveBeenCalledTimes(1));
    expect((notify as HTMLInputElement).checked).toBe(false);
    expect(saved.at(-1)).toEqual({ ...DEFAULT_BOOK_SETTINGS, notify: false });
    expect(state.granted).toBe(false);
  });

  it('stays off when the browser refuses, and says so', async () => {
    const { permission } = fakePermission(false, false);
    const saved = show(DEFAULT_BOOK_SETTINGS, permission);
    const notify = box(/Notify me/);
    await waitFor(() => expect((notify as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(notify);
    await waitFor(() =>
      expect(screen.getByTestId('book-notify-status').textContent).toBe('Your browser did not allow notifications, so they stay off.'),
    );
    expect((notify as HTMLInputElement).checked).toBe(false);
    expect(saved).toEqual([{ ...DEFAULT_BOOK_SETTINGS, notify: false }]);
  });

  it('shows off, and why, when the browser took the permission back though the setting is on; in Korean too', async () => {
    const { permission } = fakePermission(false, true);
    show({ ...DEFAULT_BOOK_SETTINGS, notify: true }, permission, 'ko');
    const notify = box(/거래처 상태가 나빠지면 알림 받기/);
    await waitFor(() =>
      expect(screen.getByTestId('book-notify-status').textContent).toBe(
        '여기서는 알림이 켜져 있지만 브라우저가 더 이상 허용하지 않습니다. 다시 허용하려면 체크하세요.',
      ),
    );
    expect((notify as HTMLInputElement).checked).toBe(false);
  });
});

describe('whose accounts the book reads', () => {
  it("lets a CS lead read their team's accounts, or every account they can see", async () => {
    const saved = show(DEFAULT_BOOK_SETTINGS, fakePermission(false, false).permission);
    const whose = screen.getByLabelText('Whose accounts') as HTMLSelectElement;
    expect([...whose.options].map((o) => o.text)).toEqual([
      'Accounts I own',
      'My team’s: mine and my direct reports’ (HubSpot: my teams’ owners’)',
      'All accounts I can see',
      'A list I choose for each org or portal (Salesforce list view, HubSpot company list)',
    ]);
    fireEvent.change(whose, { target: { value: 'team' } });
    await waitFor(() => expect(saved.at(-1)).toEqual({ ...DEFAULT_BOOK_SETTINGS, owner: 'team' }));
  });
});

describe('a list as the book, chosen per org and portal', () => {
  const noPermission = () => fakePermission(false, false).permission;

  it('asks the CRM only once the scope is a list, says it is reading, then lets the CSM pick by keyboard', async () => {
    const { api, release } = fakeLists([ACME], { [ACME.host]: { ok: true, value: VIEWS } });
    const saved = show(DEFAULT_BOOK_SETTINGS, noPermission(), 'en', api);
    expect(api.sources).not.toHaveBeenCalled();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Whose accounts'), 'list');
    await screen.findByText('Reading the list views of acme.lightning.force.com…');
    expect(api.lists).toHaveBeenCalledWith(ACME);
    release();
    const picker = (await screen.findByLabelText('The list view to read for acme.lightning.force.com')) as HTMLSelectElement;
    expect([...picker.options].map((o) => o.text)).toEqual(['Choose a list view…', 'All Accounts', 'My technology customers']);
    picker.focus();
    await user.selectOptions(picker, 'My technology customers');
    expect(saved.at(-1)).toEqual({
      ...DEFAULT_BOOK_SETTINGS,
      owner: 'list',
      lists: { 'salesforce:acme.lightning.force.com': VIEWS[1] },
    });
    expect(picker.value).toBe(VIEWS[1]!.id);
  });

  it('says in words why a portal’s lists could not be read, and that an org has none, each on its own', async () => {
    const missingScope = crmError('no-api-access', 'missing scope crm.lists.read', {
      code: 'MISSING_SCOPES',
      field: 'crm.lists.read',
      httpStatus: 403,
    });
    const { api, release } = fakeLists([ACME, PORTAL], {
      [ACME.host]: { ok: true, value: [] },
      [PORTAL.host]: { ok: false, error: missingScope },
    });
    show({ ...DEFAULT_BOOK_SETTINGS, owner: 'list' }, noPermission(), 'en', api);
    await waitFor(() => expect(api.lists).toHaveBeenCalledTimes(2));
    release();
    expect((await screen.findByTestId('book-list-empty')).textContent).toBe(
      'acme.lightning.force.com: This org has no Account list views the book can read.',
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The company lists of HubSpot portal 4400123 could not be read. The HubSpot token lacks a scope Success Lens needs (crm.lists.read). Grant the scope to the Service Key or private app, then connect the portal again in Settings → HubSpot.',
    );
  });

  it('keeps a list chosen before that the CRM no longer offers visible as gone, in Korean too', async () => {
    const { api, release } = fakeLists([ACME], { [ACME.host]: { ok: true, value: VIEWS } });
    const chosen = { id: '00BSa0000000009AAA', label: 'Old key accounts' };
    show({ ...DEFAULT_BOOK_SETTINGS, owner: 'list', lists: { 'salesforce:acme.lightning.force.com': chosen } }, noPermission(), 'ko', api);
    await screen.findByText('acme.lightning.force.com의 목록 보기을(를) 읽는 중…');
    release();
    const picker = (await screen.findByLabelText('acme.lightning.force.com에서 읽을 목록 보기')) as HTMLSelectElement;
    expect(picker.value).toBe(chosen.id);
    expect(picker.selectedOptions[0]!.text).toBe('Old key accounts(더 이상 없음)');
  });

  it('says where lists come from when no org or portal is known yet', async () => {
    show({ ...DEFAULT_BOOK_SETTINGS, owner: 'list' }, noPermission(), 'en', fakeLists([], {}).api);
    expect(
      await screen.findByText(
        'No org or portal to choose a list for yet: open a record in your CRM once, or connect your HubSpot portal in Settings → HubSpot.',
      ),
    ).toBeTruthy();
  });
});
