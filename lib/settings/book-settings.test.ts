import { describe, expect, it } from 'vitest';
import { DEFAULT_BOOK_SETTINGS, parseBookSettings } from './book-settings';

describe('stored book settings', () => {
  it('reads settings stored before lists existed as they were, with no list chosen', () => {
    expect(parseBookSettings({ owner: 'team', intervalHours: 6, budgetShare: 0.05, notify: true })).toEqual({
      owner: 'team',
      lists: {},
      intervalHours: 6,
      budgetShare: 0.05,
      notify: true,
    });
    expect(parseBookSettings(undefined)).toEqual(DEFAULT_BOOK_SETTINGS);
    expect(DEFAULT_BOOK_SETTINGS).toMatchObject({ owner: 'mine', lists: {} });
  });

  it('keeps the list chosen per org or portal, and drops damaged lists rather than the rest', () => {
    const lists = {
      'salesforce:acme.lightning.force.com': { id: '00BSa0000000003AAA', label: 'My technology customers' },
      'hubspot:4400123': { id: '31', label: 'Key accounts' },
    };
    expect(parseBookSettings({ owner: 'list', lists })).toMatchObject({ owner: 'list', lists, intervalHours: 4 });
    expect(parseBookSettings({ owner: 'list', lists: { x: { id: 7 } }, intervalHours: 2 })).toMatchObject({
      owner: 'list',
      lists: {},
      intervalHours: 2,
    });
    expect(parseBookSettings({ owner: 'someone-else' })).toMatchObject({ owner: 'mine' });
  });
});
