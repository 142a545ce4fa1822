import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { computeNps } from '../../lib/metrics/nps';
import { I18nProvider } from '../i18n/i18n-context';
import { NpsView, type NpsCapture } from './nps-view';

const answers = [
  { respondentId: 'c1', respondentName: 'Jane Park', score: 3, comment: 'Too expensive to renew', answeredAt: '2026-11-01T12:00:00.000Z' },
  { respondentId: 'c2', respondentName: 'Min Lee', score: 9, comment: null, answeredAt: '2026-10-20T12:00:00.000Z' },
];

function renderNps(locale: 'en' | 'ko' = 'en') {
  const captured: NpsCapture[] = [];
  render(
    <I18nProvider locale={locale}>
      <NpsView
        nps={computeNps(answers, '2026-11-22', 12)}
        windowMonths={12}
        capture={{ source: 'imported from nps-nov.csv', onCapture: (c) => captured.push(c) }}
      />
    </I18nProvider>,
  );
  return captured;
}

describe('NPS comments as VOC in one click', () => {
  it('offers a capture on each answer with a comment, prefilled with the comment, the respondent and the source', async () => {
    const captured = renderNps();
    expect(screen.getAllByRole('button', { name: /as VOC$/ })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Capture Jane Park’s comment as VOC' }));
    expect(captured).toEqual([
      {
        quote: 'Too expensive to renew',
        body: 'NPS 3 (Detractor) from Jane Park, answered Nov 1, 2026, imported from nps-nov.csv.',
        sentiment: 'negative',
      },
    ]);
  });

  it('says it in Korean', () => {
    renderNps('ko');
    const item = screen.getByText('Too expensive to renew').closest('li')!;
    expect(within(item).getByRole('button', { name: 'Jane Park의 의견을 VOC로 저장' })).toBeTruthy();
  });
});
