import { queryOptions } from '@tanstack/react-query';
import { importsClient } from '../../lib/messages/imports-client';

// The import page's queries, one factory each.

/** The accounts the store knows, for matching the rows of a file to them. */
export const importAccountsQuery = () => queryOptions({ queryKey: ['imports', 'accounts'], queryFn: () => importsClient.accounts() });
