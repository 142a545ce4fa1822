import { describe, expect, it } from 'vitest';
import { createFormatters } from './format';
import { resolveLocale } from './locale';
import { translator } from './translate';

describe('formatting for the CSM’s language', () => {
  it('shows KRW without minor units and USD with cents', () => {
    expect(createFormatters('ko').money(1234567, 'KRW')).toBe('₩1,234,567');
    expect(createFormatters('en').money(8333.33, 'USD')).toBe('$8,333.33');
  });

  it('formats a date-only value as that calendar day in both languages', () => {
    expect(createFormatters('en').date('2028-02-29')).toBe('Feb 29, 2028');
    expect(createFormatters('ko').date('2028-02-29')).toBe('2028. 2. 29.');
  });

  it('names a month as each language does, whatever the time zone', () => {
    expect(createFormatters('en').month('2027-01')).toBe('Jan 2027');
    expect(createFormatters('ko').month('2027-01')).toBe('2027년 1월');
  });

  it('does not fail on a currency code it does not know', () => {
    expect(createFormatters('en').money(100, 'XYZ1')).toBe('100 XYZ1');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['auto', ['ko-KR', 'en'], 'ko'],
    ['auto', ['fr-FR', 'en-GB'], 'en'],
    ['auto', ['fr-FR'], 'en'],
    ['en', ['ko-KR'], 'en'],
    ['ko', ['en-US'], 'ko'],
    [undefined, ['ko'], 'ko'],
  ] as const)('choice %s with browser %j → %s', (choice, langs, expected) => {
    expect(resolveLocale(choice, langs)).toBe(expected);
  });
});

describe('translator', () => {
  const t = translator({ en: { hello: 'Hello {name}' }, ko: { hello: '{name}님 안녕하세요' } }, 'ko');
  it('fills placeholders in the chosen language', () => {
    expect(t('hello', { name: '지수' })).toBe('지수님 안녕하세요');
  });
});

describe('signs and compact money', () => {
  it('writes a true minus sign, a plus above zero and no sign at zero', () => {
    const en = createFormatters('en');
    expect([en.signed(-45), en.signed(10), en.signed(0)]).toEqual(['\u221245', '+10', '0']);
    expect(en.signedPercent(-0.2)).toBe('\u221220%');
    expect(en.number(-3)).toBe('\u22123');
  });

  it('shortens money for the panel in the reader’s own units', () => {
    expect(createFormatters('en').money(250000, 'USD', true)).toBe('$250K');
    expect(createFormatters('en').money(8333.33, 'USD', true)).toBe('$8.3K');
    expect(createFormatters('ko').money(96000000, 'KRW', true)).toBe('₩9,600만');
  });
});

describe('relative times', () => {
  it('says minutes, hours and days ago in words, yesterday as such', () => {
    expect(createFormatters('en').relative(-20, 'minute')).toBe('20 minutes ago');
    expect(createFormatters('en').relative(-1, 'day')).toBe('yesterday');
    expect(createFormatters('ko').relative(-3, 'hour')).toBe('3시간 전');
    expect(createFormatters('ko').relative(-1, 'day')).toBe('어제');
  });
});
