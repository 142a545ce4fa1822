import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from './i18n/i18n-context';
import { PageErrorBoundary } from './page-error-boundary';

let broken = true;
function Page() {
  if (broken) throw new Error('storage failed');
  return <p>Account health</p>;
}

describe('the page error boundary', () => {
  it('turns a render failure into a sentence with Retry, and Retry renders the page again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const onRetry = vi.fn();
    render(
      <I18nProvider locale="en">
        <PageErrorBoundary onRetry={onRetry}>
          <Page />
        </PageErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on this page.');
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Account health')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Korean', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <I18nProvider locale="ko">
        <PageErrorBoundary>
          <Page />
        </PageErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeTruthy();
  });
});
