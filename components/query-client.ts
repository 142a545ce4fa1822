import { QueryClient } from '@tanstack/react-query';

// Decided once for every page, above all the panel that lives on someone else's page: no
// refetch storm on every focus change of the CRM tab, a short stale time, and no blind retries
// of errors that a retry cannot fix (an expired session, a missing field).
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: false,
      },
    },
  });
}
