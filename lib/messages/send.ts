import { browser } from 'wxt/browser';
import type { Request } from './messages';

/** What came back from the background: its answer, still to be parsed, or why there was none. */
export type Sent = { answered: true; answer: unknown } | { answered: false; detail: string };

/**
 * Sends one request to the background. Kept apart from the parsing (`answerOf` in crm-client.ts)
 * and free of zod, so a page can ask before its parser has loaded and parse once it has.
 */
export async function send(request: Request): Promise<Sent> {
  try {
    return { answered: true, answer: await browser.runtime.sendMessage(request) };
  } catch (error) {
    return { answered: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The stored book (`book-read`), asked for by the book page before anything else has loaded. */
export const requestBook = (): Promise<Sent> => send({ type: 'book-read' });
