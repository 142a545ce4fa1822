import { queryOptions } from '@tanstack/react-query';
import { bookClient } from '../../lib/messages/book-client';

/** The book as stored: the first paint asks the background's store, never the CRM. */
export const bookQuery = () =>
  queryOptions({
    queryKey: ['book'],
    queryFn: async () => {
      const answer = await bookClient.read();
      if (!answer.ok) throw new Error(answer.error.detail ?? answer.error.kind);
      return answer.value;
    },
  });
