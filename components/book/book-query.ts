import { queryOptions } from '@tanstack/react-query';
import { CrmQueryError } from '../../lib/crm/errors';
import { bookClient } from '../../lib/messages/book-client';
import type { Sent } from '../../lib/messages/send';

/**
 * The book as stored: the first paint asks the background's store, never the CRM. `sent`: the
 * book page's first read, asked before the page's code had loaded; later reads ask anew.
 */
export const bookQuery = (sent?: Promise<Sent>) =>
  queryOptions({
    queryKey: ['book'],
    queryFn: async () => {
      const answer = await bookClient.read(sent);
      if (!answer.ok) throw new CrmQueryError(answer.error);
      return answer.value;
    },
  });
