import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LocalDataCounts } from '../../lib/store/local-data';
import { I18nProvider } from '../i18n/i18n-context';
import { DeleteLocalData } from './delete-local-data';

const counts: LocalDataCounts = {
  notes: 12,
  drafts: 2,
  snapshots: 30,
  healthHistory: 1200,
  checklists: 3,
  connectorCache: 1,
  secrets: 1,
  settings: 4,
};

type Removal = { ok: true } | { ok: false; detail: string };

function renderSection(
  count = vi.fn(async () => counts),
  remove = vi.fn(async (): Promise<Removal> => ({ ok: true })),
  locale: 'en' | 'ko' = 'en',
) {
  render(
    <I18nProvider locale={locale}>
      <DeleteLocalData count={count} remove={remove} />
    </I18nProvider>,
  );
  return { count, remove };
}

describe('Delete all local data', () => {
  it('shows what would go and deletes nothing until confirmed; Cancel keeps everything', async () => {
    const { remove } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Delete all local data…' }));
    const question = await screen.findByRole('group', { name: 'Delete all of this from this browser?' });
    expect(question.textContent).toContain('Notes and VOC (deleted ones included): 12');
    expect(question.textContent).toContain('Daily health scores: 1,200');
    expect(question.textContent).toContain('CRM tokens: 1');
    // The safe choice has the focus.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('group')).toBeNull();
    expect(remove).not.toHaveBeenCalled();
  });

  it('deletes on confirmation and says what happens next', async () => {
    const { remove } = renderSection();
    await userEvent.click(screen.getByRole('button', { name: 'Delete all local data…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(remove).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('status')).textContent).toContain('Deleted. Success Lens starts over');
  });

  it('says why when nothing could be deleted', async () => {
    renderSection(
      undefined,
      vi.fn(async (): Promise<Removal> => ({ ok: false, detail: 'the database is in use' })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete all local data…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(screen.getByRole('status').textContent).toContain('Nothing was deleted: the database is in use.');
  });

  it('offers Retry when the background does not answer the count', async () => {
    const count = vi.fn().mockRejectedValueOnce(new Error('no answer')).mockResolvedValueOnce(counts);
    renderSection(count);
    await userEvent.click(screen.getByRole('button', { name: 'Delete all local data…' }));
    expect((await screen.findByRole('status')).textContent).toContain('Could not count what is stored');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: 'Delete all of this from this browser?' })).toBeTruthy();
  });

  it('speaks Korean', async () => {
    renderSection(undefined, undefined, 'ko');
    await userEvent.click(screen.getByRole('button', { name: '로컬 데이터 모두 삭제…' }));
    expect((await screen.findByRole('group', { name: '이 브라우저에서 아래 항목을 모두 삭제할까요?' })).textContent).toContain(
      'CRM 토큰: 1',
    );
  });
});
