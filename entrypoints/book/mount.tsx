import '../../lib/zod-jitless'; // first: before any zod schema is made
import { bookQuery } from '../../components/book/book-query';
import { mountPage } from '../../components/mount-page';
import type { Sent } from '../../lib/messages/send';
import '../../components/book/book.css';
import { BookApp } from './app';

/** Renders the book page; `sent` is its first read, already under way. */
export function mountBook(sent: Promise<Sent>): void {
  mountPage(<BookApp />, (client) => void client.prefetchQuery(bookQuery(sent)));
}
