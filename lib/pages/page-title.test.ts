import { describe, expect, it } from 'vitest';
import { recordNameFromTitle } from './page-title';

describe('the record name from the tab title', () => {
  it.each([
    ['Globex Manufacturing | Account | Salesforce', 'Globex Manufacturing'],
    ['한빛소프트웨어 | Account | Salesforce', '한빛소프트웨어'],
    ['Globex Manufacturing | HubSpot', 'Globex Manufacturing'],
    ['  Acme\n  Corp  | Contact | Salesforce', 'Acme Corp'],
    ['Salesforce', null],
    ['', null],
    [null, null],
  ])('%j → %j', (title, name) => {
    expect(recordNameFromTitle(title)).toBe(name);
  });

  it('caps a title the page made very long', () => {
    expect(recordNameFromTitle('x'.repeat(5000))!.length).toBe(120);
  });
});
