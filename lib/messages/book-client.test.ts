import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bookRow } from '../../test/support/book-rows';
import { NO_BOOK_STATUS } from '../crm/book';
import { bookClient } from './book-client';
import { requestBook } from './send';

const view = { rows: [bookRow({ name: 'Northwind' })], status: NO_BOOK_STATUS, budget: [] };

describe('the book as the book page reads it', () => {
  it('parses the answer to a read asked before the page’s parser had loaded', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: view } as never);
    const sent = requestBook();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'book-read' });
    expect(await bookClient.read(sent)).toEqual({ ok: true, value: view });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('says the background did not answer, and refuses rows out of shape', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    expect(await bookClient.read()).toMatchObject({ ok: false, error: { kind: 'internal', code: 'NO_BACKGROUND' } });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { ...view, rows: [{ name: 'no key' }] } } as never);
    expect(await bookClient.read()).toMatchObject({ ok: false, error: { kind: 'internal', code: 'BAD_MESSAGE' } });
  });
});
