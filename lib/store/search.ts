import type { Note } from './note-schema';

/** Case- and width-folded text (NFKC + lower case), so 'ＡＢＣ', 'abc' and 'ABC' match alike. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const cache = new WeakMap<Note, string>();

function haystack(note: Note): string {
  let text = cache.get(note);
  if (text === undefined) {
    text = fold([note.body, note.quote ?? '', note.tags.join(' '), note.accountName].join('\n'));
    cache.set(note, text);
  }
  return text;
}

/**
 * Every term of the query appears somewhere in the note (substring match: Korean attaches
 * particles to words, so "가격" must find "가격이").
 */
export function matchesQuery(note: Note, query: string): boolean {
  const terms = fold(query).split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const text = haystack(note);
  return terms.every((t) => text.includes(t));
}
