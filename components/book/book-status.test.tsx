import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { crmError } from '../../lib/crm/errors';
import type { BookView } from '../../lib/messages/book-client';
import { I18nProvider } from '../i18n/i18n-context';
import { BookSettingsSection } from './book-settings';
import { BookStatus } from './book-status';

const budget: BookView['budget'] = [
  { key: 'salesforce:acme.lightning.force.com', day: '2026-11-22', spent: 4, orgUsed: 5000, orgMax: 15_000 },
  { key: 'hubspot:4400123', day: '2026-11-22', spent: 48, orgUsed: 1200, orgMax: 250_000 },
];
const view = (sources: BookView['status']['sources']): BookView => ({
  rows: [],
  status: { finishedAt: '2026-11-22T09:00:00.000Z', running: false, sources },
  budget,
});

/** The US portal's refresh that failed with this error. */
const failed = (error: ReturnType<typeof crmError>): BookView['status']['sources'][number] => ({
  crm: 'hubspot',
  host: 'app.hubspot.com',
  source: '4400123',
  accounts: 0,
  complete: false,
  error,
});

describe('how the last refresh went, per org and portal', () => {
  it('says, in the CRM’s own word for a list, that no list was chosen and nothing was read, and where to choose one', () => {
    const needsList = (crm: 'salesforce' | 'hubspot', host: string, source: string | null) =>
      ({ crm, host, source, accounts: 0, complete: false, needsList: true }) as const;
    render(
      <I18nProvider locale="en">
        <BookStatus
          budgetShare={0.02}
          view={view([needsList('salesforce', 'acme.lightning.force.com', null), needsList('hubspot', 'app.hubspot.com', '4400123')])}
        />
      </I18nProvider>,
    );
    const status = screen.getByRole('status').textContent;
    expect(status).toContain(
      'acme.lightning.force.com: no list view chosen, so nothing was read. Choose a list view for acme.lightning.force.com in Settings → Book of business.',
    );
    expect(status).toContain(
      'HubSpot portal 4400123: no company list chosen, so nothing was read. Choose a company list for HubSpot portal 4400123',
    );
  });

  it('names a list view that is gone, and what to do, in Korean too', () => {
    const gone = crmError('not-found', 'List view “Key accounts”: it no longer exists or is not shared with you', {
      code: 'LIST_VIEW_GONE',
      field: 'Key accounts',
      httpStatus: 404,
    });
    const source = {
      crm: 'salesforce',
      host: 'acme.lightning.force.com',
      source: null,
      accounts: 0,
      complete: false,
      error: gone,
    } as const;
    const { unmount } = render(
      <I18nProvider locale="en">
        <BookStatus budgetShare={0.02} view={view([source])} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain(
      'acme.lightning.force.com: the refresh failed. The list view “Key accounts” chosen for the book no longer exists in Salesforce, or is no longer shared with you.',
    );
    expect(screen.getByRole('status').textContent).toContain('Choose another list view for this org in Settings → Book of business.');
    unmount();
    render(
      <I18nProvider locale="ko">
        <BookStatus budgetShare={0.02} view={view([source])} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain(
      '담당 고객 현황으로 고른 목록 보기 “Key accounts”이(가) Salesforce에 더 이상 없거나 더 이상 공유되지 않습니다.',
    );
  });

  it('names a HubSpot portal by its id, and says a refused token in HubSpot’s words with the next step', () => {
    render(
      <I18nProvider locale="en">
        <BookStatus
          budgetShare={0.02}
          view={view([
            failed(
              crmError('session-expired', 'HubSpot did not say whose token this is: The HubSpot token was refused', {
                httpStatus: 401,
              }),
            ),
            {
              crm: 'salesforce',
              host: 'acme.lightning.force.com',
              source: '00DSa0000000001',
              accounts: 200,
              complete: false,
              stoppedBy: 'budget',
            },
          ])}
        />
      </I18nProvider>,
    );
    const status = screen.getByRole('status').textContent;
    expect(status).toContain(
      'HubSpot portal 4400123: the refresh failed. HubSpot refused the access token of this portal (revoked, expired or mistyped).',
    );
    expect(status).toContain('Paste a new token in Settings → HubSpot and connect the portal again. The figures shown are from before.');
    expect(status).toContain('acme.lightning.force.com: stopped because today’s share of the API budget is used.');
    expect(screen.getAllByTestId('book-budget').map((p) => p.textContent)).toEqual([
      'API calls used by the book today: 4 of 300 (acme.lightning.force.com)',
      'API calls used by the book today: 48 of 5,000 (HubSpot portal 4400123)',
    ]);
  });

  it('says the portal’s daily limit is used up, in Korean too', () => {
    render(
      <I18nProvider locale="ko">
        <BookStatus
          budgetShare={0.02}
          view={view([
            failed(crmError('rate-limited', 'You have reached your daily limit.', { code: 'DAILY', httpStatus: 429, limit: 'daily' })),
          ])}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain(
      'HubSpot 포털 4400123: 새로 고침에 실패했습니다. 이 포털의 HubSpot 일일 API 한도를 모두 사용했습니다. (You have reached your daily limit.) 한도는 포털 시간대의 자정에 초기화됩니다.',
    );
  });

  it('lists what the book used today of each org’s and portal’s share in Settings', () => {
    render(
      <I18nProvider locale="en">
        <BookSettingsSection
          value={{ owner: 'mine', lists: {}, intervalHours: 4, budgetShare: 0.02, notify: false }}
          budget={budget}
          bookUrl="book.html"
          notifications={{ has: async () => false, request: async () => false, remove: async () => true }}
          lists={{ sources: async () => ({ ok: true, value: [] }), lists: async () => ({ ok: true, value: [] }) }}
          onChange={() => undefined}
        />
      </I18nProvider>,
    );
    expect(screen.getByTestId('book-budget-today').textContent).toContain('48 of 5,000 (HubSpot portal 4400123)');
    expect(screen.getByText(/share of your org’s or portal’s daily API calls/)).toBeTruthy();
  });
});
