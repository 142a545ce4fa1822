import { beforeEach, vi } from 'vitest';
import { deleteStore } from '../../lib/store/db.ts';
import type { Note } from '../../lib/store/note-schema.ts';
import type { StoreProblem } from '../../lib/store/store-errors.ts';

/**
 * A fresh, empty store before each test, and the problems it reports on the console during the
 * test (read `problems.list` inside a test).
 */
export function useFreshStore(): { list: StoreProblem[] } {
  const problems = { list: [] as StoreProblem[] };
  beforeEach(async () => {
    problems.list = [];
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((tag: unknown, ...rest: unknown[]) => {
      if (tag === '[success-lens store]') problems.list.push(rest[0] as StoreProblem);
      else warn(tag, ...rest);
    });
    await deleteStore();
  });
  return problems;
}

let seq = 0;

/** A stored note with every field filled; tests override what they look at. */
export function noteFixture(over: Partial<Note> = {}): Note {
  return {
    id: `n${seq++}`,
    accountKey: 'salesforce:org:001A',
    accountName: 'Acme',
    body: '',
    category: null,
    tags: [],
    sentiment: null,
    quote: null,
    sourceUrl: null,
    createdAt: '2026-11-22T12:00:00.000Z',
    updatedAt: '2026-11-22T12:00:00.000Z',
    deletedAt: null,
    revision: 1,
    ...over,
  };
}
