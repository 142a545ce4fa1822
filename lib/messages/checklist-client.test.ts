import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readChecklistViaBackground } from './checklist-client';

describe('the renewal checklist through the background', () => {
  it('reads the ticked steps, and fails rather than showing a checklist it could not read as empty', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ checked: { qbr: '2026-11-20T09:00:00.000Z' } } as never);
    expect(await readChecklistViaBackground('salesforce:00D:001A', '2027-01-31')).toEqual({ qbr: '2026-11-20T09:00:00.000Z' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({
      ok: false,
      error: { kind: 'internal', detail: 'Error: the store failed', code: 'BACKGROUND_FAILED' },
    } as never);
    await expect(readChecklistViaBackground('salesforce:00D:001A', '2027-01-31')).rejects.toThrow();
  });
});
