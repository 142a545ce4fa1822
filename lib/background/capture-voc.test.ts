import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshStore } from '../../test/support/store-fixtures';
import { listAllNotes, loadDraft } from '../store/notes';
import type { NoteInput } from '../store/note-schema';
import { handleRequest } from './handle-request';

useFreshStore();

const scope = { scope: { kind: 'extension-page' as const } };
const input: NoteInput = {
  accountKey: 'salesforce:00D:001',
  accountName: 'Acme',
  body: 'NPS 3 from Jane',
  category: 'pricing',
  tags: [],
  sentiment: 'negative',
  quote: 'Too expensive to renew',
  sourceUrl: null,
};

describe('VOC captures', () => {
  it('open a small window of their own on a kept draft, with no category chosen', async () => {
    const create = vi.fn(async (_: object) => ({}));
    fakeBrowser.windows.create = create as never;
    const { category: _category, tags: _tags, ...start } = input;
    expect(await handleRequest({ type: 'voc-capture', capture: { ...start, quote: 'Too expensive to renew' } }, scope)).toEqual({
      ok: true,
    });
    const opened = create.mock.calls[0]![0] as { url: string; type: string };
    expect(opened.type).toBe('popup');
    const id = /capture=([\w-]+)/.exec(opened.url)![1]!;
    expect(await loadDraft(`capture:${id}`)).toMatchObject({ quote: 'Too expensive to renew', body: 'NPS 3 from Jane', category: null });
  });

  it('are filed as one note however often the save arrives, and the draft goes', async () => {
    const id = crypto.randomUUID();
    await handleRequest(
      { type: 'draft-save', key: `capture:${id}`, draft: { ...input, category: null, noteId: null, savedAt: '2026-11-27T10:00:00.000Z' } },
      scope,
    );
    const answers = await Promise.all([1, 2, 3].map(() => handleRequest({ type: 'capture-save', captureId: id, input }, scope)));
    expect(answers.every((a) => (a as { ok: boolean }).ok)).toBe(true);
    await handleRequest({ type: 'capture-save', captureId: id, input }, scope);
    expect((await listAllNotes()).map((n) => n.quote)).toEqual(['Too expensive to renew']);
    expect(await loadDraft(`capture:${id}`)).toBeNull();
  });
});
