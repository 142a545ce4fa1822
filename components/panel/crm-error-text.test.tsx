import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CrmError } from '../../lib/crm/errors';
import { hubspotError } from '../../lib/crm/hubspot/errors';
import type { Locale } from '../../lib/i18n/locale';
import type { Crm } from '../../lib/pages/record-ref';
import { I18nProvider } from '../i18n/i18n-context';
import { useCrmErrorText } from './use-crm-error-text';

// HubSpot's own 429 answers, as saved in the fixtures: the day's limit and the ten-second window.
const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../test/fixtures/hubspot', file), 'utf8'));
const daily = hubspotError(429, fixture('rate_limit_429_daily.json'));
const burst = hubspotError(429, fixture('rate_limit_429_ten_secondly.json'));

function Said({ crm, error }: { crm?: Crm; error: CrmError }) {
  const { message, nextStep } = useCrmErrorText(crm)(error);
  return (
    <p role="alert">
      {message} {nextStep}
    </p>
  );
}

const said = (error: CrmError, locale: Locale, crm?: Crm) => {
  render(
    <I18nProvider locale={locale}>
      <Said error={error} {...(crm ? { crm } : {})} />
    </I18nProvider>,
  );
  return screen.getByRole('alert').textContent;
};

describe('what a CSM reads when HubSpot limits the calls', () => {
  it('says the portal’s day is used up and when it resets, not “in a moment”', () => {
    expect(daily).toMatchObject({ kind: 'rate-limited', code: 'DAILY', limit: 'daily' });
    const en = said(daily, 'en', 'hubspot');
    expect(en).toBe(
      'HubSpot’s daily API limit for this portal is used up. It resets at midnight in the portal’s time zone: try again after that, or ask your HubSpot admin which app uses up the portal’s calls.',
    );
    expect(en).not.toContain('moment');
  });

  it('says so in Korean too', () => {
    expect(said(daily, 'ko', 'hubspot')).toBe(
      '이 포털의 HubSpot 일일 API 한도를 모두 사용했습니다. 한도는 포털 시간대의 자정에 초기화됩니다. 그 뒤에 다시 시도하거나, HubSpot 관리자에게 어떤 앱이 포털의 호출을 쓰고 있는지 문의하세요.',
    );
  });

  it('says a used-up day in shared words where the page does not know the CRM', () => {
    expect(said(daily, 'en')).toBe(
      'The CRM API calls allowed for the day are used up. Try again once the daily limit resets, or ask your CRM admin which app uses up the calls. Nothing is lost.',
    );
  });

  it('keeps “try again in a moment” for the ten-second window, in both languages', () => {
    expect(burst).toMatchObject({ kind: 'rate-limited', code: 'TEN_SECONDLY_ROLLING' });
    expect(burst.limit).toBeUndefined();
    expect(said(burst, 'en', 'hubspot')).toBe('The CRM is limiting requests right now. Try again in a moment. Nothing is lost.');
  });

  it('keeps “잠시 후 다시 시도” for the ten-second window in Korean', () => {
    expect(said(burst, 'ko', 'hubspot')).toBe(
      'CRM이 지금 요청 수를 제한하고 있습니다. 잠시 후 다시 시도하세요. 잃어버리는 데이터는 없습니다.',
    );
  });
});
