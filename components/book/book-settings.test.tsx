import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BOOK_SETTINGS } from '../../lib/settings/book-settings';
import { I18nProvider } from '../i18n/i18n-context';
import { BookSettingsSection } from './book-settings';

describe("the book's settings", () => {
  it("lets a CS lead read their team's accounts, or every account they can see", () => {
    const onChange = vi.fn();
    render(
      <I18nProvider locale="en">
        <BookSettingsSection value={DEFAULT_BOOK_SETTINGS} budget={[]} bookUrl="book.html" onChange={onChange} />
      </I18nProvider>,
    );
    const whose = screen.getByLabelText('Whose accounts') as HTMLSelectElement;
    expect([...whose.options].map((o) => o.text)).toEqual([
      'Accounts I own',
      'My team’s: mine and my direct reports’',
      'All accounts I can see',
    ]);
    fireEvent.change(whose, { target: { value: 'team' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_BOOK_SETTINGS, owner: 'team' });
  });
});
