import { describe, expect, it } from 'vitest';
import type { BookAlert } from '../metrics/book-alerts';
import { bookAlertText } from './book-alert-messages';

const alert = (name: string, reasons: BookAlert['reasons']): BookAlert => ({ accountKey: `k:${name}`, name, arr: null, reasons });
const acme = alert('Acme', [
  { kind: 'band-drop', from: 'healthy', to: 'at-risk' },
  { kind: 'overdue-step', steps: 2 },
]);

describe('the book notification’s words', () => {
  it('says what happened to one account', () => {
    expect(bookAlertText([acme], 'en')).toEqual({
      title: 'Acme needs you',
      message: 'dropped from Healthy to At risk · 2 renewal steps overdue',
    });
    expect(bookAlertText([acme], 'ko')).toEqual({
      title: 'Acme: 확인이 필요합니다',
      message: '양호에서 위험(으)로 떨어짐 · 지연된 갱신 단계 2개',
    });
  });

  it('groups several accounts in one notification, a line each, and counts the rest', () => {
    const others = ['B', 'C', 'D', 'E', 'F'].map((name) => alert(name, [{ kind: 'new-detractor', detractors: 1 }]));
    const text = bookAlertText([acme, ...others], 'en');
    expect(text.title).toBe('6 accounts need you');
    expect(text.message.split('\n')).toEqual([
      'Acme: dropped from Healthy to At risk · 2 renewal steps overdue',
      'B: a new detractor answered',
      'C: a new detractor answered',
      'D: a new detractor answered',
      '…and 2 more in your book',
    ]);
    const ko = bookAlertText([alert('B', [{ kind: 'overdue-step', steps: 1 }]), ...others.slice(1, 2)], 'ko');
    expect(ko).toEqual({ title: '거래처 2곳에 확인이 필요합니다', message: 'B: 지연된 갱신 단계 1개\nC: 새 비추천 응답' });
  });
});
