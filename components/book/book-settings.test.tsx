import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PermissionSwitch } from '../../lib/browser/notification-permission';
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

function Settings({ initial, permission, saved }: { initial: BookSettings; permission: PermissionSwitch; saved: BookSettings[] }) {
  const [value, setValue] = useState(initial);
  return (
    <BookSettingsSection
      value={value}
      budget={[]}
      bookUrl="book.html"
      notifications={permission}
      onChange={(next) => {
        saved.push(next);
        setValue(next);
      }}
    />
  );
}

const show = (initial: BookSettings, permission: PermissionSwitch, locale: Locale = 'en') => {
  const saved: BookSettings[] = [];
  render(
    <I18nProvider locale={locale}>
      <Settings initial={initial} permission={permission} saved={saved} />
    </I18nProvider>,
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
    ]);
    fireEvent.change(whose, { target: { value: 'team' } });
    await waitFor(() => expect(saved.at(-1)).toEqual({ ...DEFAULT_BOOK_SETTINGS, owner: 'team' }));
  });
});
