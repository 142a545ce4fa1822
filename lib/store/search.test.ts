import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from './note-schema.ts';
import { buildSearchIndex, fold, matchesQuery, noteMatcher } from './search.ts';
import { noteFixture } from '../../test/support/store-fixtures.ts';

const note = (over: Partial<Note>): Note => noteFixture({ body: '', category: null, ...over });

describe('full-text search', () => {
  it.each([
    ['가격', '가격이 너무 비싸다고 합니다', true],
    ['가격', '재계약 때 가격은 동결', true],
    ['가격 인상', '가격이 인상되면 이탈 위험', true],
    ['가격 할인', '가격이 너무 비싸다', false],
    ['csv slow', 'Export to CSV is SLOW', true],
    ['ＳＳＯ', 'SSO login fails', true],
    ['sso', 'ＳＳＯ 로그인 실패', true],
    // Hangul typed as decomposed jamo (NFD, as macOS file names and some IMEs give it).
    ['가격'.normalize('NFD'), '가격이 올랐다', true],
    ['가격', '가격이 올랐다'.normalize('NFD'), true],
    ['CAFÉ', 'cafe\u0301 menu', true],
    ['', 'anything', true],
    ['   ', 'anything', true],
  ])('"%s" in "%s" → %s', (query, body, expected) => {
    expect(matchesQuery(note({ body }), query)).toBe(expected);
  });

  it('looks in the quote, the tags and the account name too', () => {
    const n = note({ body: 'call notes', quote: '동기화가 자꾸 끊겨요', tags: ['mobile-app'], accountName: '한빛소프트' });
    expect(matchesQuery(n, '동기화')).toBe(true);
    expect(matchesQuery(n, 'MOBILE')).toBe(true);
    expect(matchesQuery(n, '한빛')).toBe(true);
    expect(matchesQuery(n, '동기화 한빛 mobile call')).toBe(true);
    expect(matchesQuery(n, 'salesforce')).toBe(false); // the account key is not searched
  });

  it('folds width and case the same way for notes and queries', () => {
    expect(fold('ＡＢＣ Déjà')).toBe('abc déjà');
  });

  it('the index finds exactly what the matcher finds, in the given order', () => {
    const words = ['가격', '가격이', 'SSO', 'sso', '재계약', 'export', 'Ｅxport', '동기화'];
    const noteArb = fc.record({
      body: fc.array(fc.constantFrom(...words)).map((w) => w.join(' ')),
      tags: fc.array(fc.constantFrom('sso', '가격', 'api')),
    });
    fc.assert(
      fc.property(fc.array(noteArb, { maxLength: 30 }), fc.array(fc.constantFrom(...words), { maxLength: 3 }), (specs, terms) => {
        const notes = specs.map((s, i) => note({ id: `n${i}`, ...s }));
        const query = terms.join(' ');
        expect(buildSearchIndex(notes).search(query)).toEqual(notes.filter(noteMatcher(query)));
      }),
    );
  });
});
