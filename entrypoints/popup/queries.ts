import { queryOptions } from '@tanstack/react-query';
import { latestSnapshotPerAccount } from '../../lib/store/snapshot-list';

// The popup's own queries, one factory each; the renewal checklist's is shared with the panel and
// the book (components/checklist/queries.ts), so every page keys it alike.

/** The latest stored snapshot of every account: the popup reads the extension's IndexedDB itself. */
export const portfolioQuery = () => queryOptions({ queryKey: ['portfolio'], queryFn: latestSnapshotPerAccount });
