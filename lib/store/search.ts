import type { Note } from './note-schema.ts';

/**
 * Search text folding: NFKC (full-width 'ＡＢＣ' → 'ABC', decomposed Hangul jamo → syllables, as
 * macOS file names and some IMEs produce them) then lower case. Applied to notes and queries alike.
 */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The terms of a query: folded, split on whitespace; every one must match. */
export function queryTerms(query: string): string[] {
  return fold(query).split(/\s+/u).filter(Boolean);
}

// Notes are immutable values (every write makes a new object), so a note's folded text can be
// kept beside it for as long as the note object lives.
const folded = new WeakMap<Note, string>();

/** What a search looks through: body, quote, tags and account name, folded once per note object. */
export function noteSearchText(note: Note): string {
  let text = folded.get(note);
  if (text === undefined) {
    text = fold(`${note.body}\n${note.quote ?? ''}\n${note.tags.join('\n')}\n${note.accountName}`);
    folded.set(note, text);
  }
  return text;
}

/**
 * A predicate for one query. Substring match, not words: Korean attaches particles to words with
 * no space ("가격이", "가격은"), so a search for "가격" must find all of them.
 */
export function noteMatcher(query: string): (note: Note) => boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return () => true;
  return (note) => {
    const text = noteSearchText(note);
    for (const term of terms) if (!text.includes(term)) return false;
    return true;
  };
}

/** Every term of the query appears somewhere in the note. */
export function matchesQuery(note: Note, query: string): boolean {
  return noteMatcher(query)(note);
}

export interface NoteSearchIndex {
  readonly size: number;
  /** Matching notes in the order they were given; an empty query gives them all. */
  search(query: string): Note[];
}

/**
 * The VOC page's search over every note it has loaded: the folded texts are computed once, then a
 * query is a plain scan with String.includes (≈10 ms over 50,000 notes, see bench/notes.bench.ts),
 * which needs no tokeniser and so cannot get Korean word boundaries wrong.
 */
export function buildSearchIndex(notes: readonly Note[]): NoteSearchIndex {
  const items = [...notes];
  const texts = items.map(noteSearchText);
  return {
    size: items.length,
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [...items];
      const out: Note[] = [];
      outer: for (let i = 0; i < texts.length; i++) {
        const text = texts[i]!;
        for (const term of terms) if (!text.includes(term)) continue outer;
        out.push(items[i]!);
      }
      return out;
    },
  };
}
