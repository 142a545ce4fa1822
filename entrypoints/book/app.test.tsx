import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { createQueryClient } from '../../components/query-client';
import { BookApp } from './app';

const renderBook = (locale: 'en' | 'ko') =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nProvider locale={locale}>
        <BookApp />
      </I18nProvider>
    </QueryClientProvider>,
  );

describe('the book page when the background cannot answer', () => {
  it.each([
    ['en', /^The book could not be read\. Success Lens could not finish this \(NO_BACKGROUND\)\. Try again\./],
    ['ko', /^담당 고객을 읽지 못했습니다\. Success Lens가 이 작업을 마치지 못했습니다 \(NO_BACKGROUND\)\. 다시 시도하세요\./],
  ] as const)('says so in words with what to do (%s)', async (locale, sentence) => {
    fakeBrowser.runtime.sendMessage = vi.fn(async () => Promise.reject(new Error('Could not establish connection.'))) as never;
    renderBook(locale);
    expect((await screen.findByRole('alert')).textContent).toMatch(sentence);
  });
});
